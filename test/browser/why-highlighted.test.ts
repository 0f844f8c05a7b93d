// "Why this is highlighted" in the reader's language: the reason is data from the engine, and the
// card words it in Spanish for a Spanish reader and in English for an English one.
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionPoint, waitForHighlights } from '../../scripts/lib/page-probes';
import { inCard, waitForCard } from '../../scripts/lib/card-probe';
import { BROWSERS, startHarness, type Harness } from './harness';

describe.each(BROWSERS)('why a mention is highlighted, in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function setLanguage(language: 'en' | 'es'): Promise<void> {
    await harness.setSettings({ language });
  }

  /** Opens the card on `mention` and returns what its "why" block says, opened. */
  async function whyFor(page: Page, mention: string, heading: string): Promise<string> {
    const point = await mentionPoint(page, mention);
    await page.mouse.click(point.x, point.y);
    await waitForCard(page, heading);
    return inCard(page, (document) => {
      const details = document.querySelector('details.why') as HTMLDetailsElement;
      details.open = true;
      return details.textContent ?? '';
    });
  }

  it('explains in Spanish on a Spanish card, naming the word that decided it', async () => {
    await setLanguage('es');
    const page = await harness.openPage(harness.fixtureUrl('es-seguridad.html'));
    await waitForHighlights(page, 10);
    // "agentes de la DEA": the acronym is ambiguous (also a German oil company); a cue in its sentence decides it.
    const why = await whyFor(page, 'DEA', 'Por qué está resaltado');
    expect(why).toContain('«DEA» coincidió con el nombre «DEA».');
    expect(why).toMatch(/El nombre puede significar otras cosas; «(agentes|operativo|DEA)» en la misma oración indica que es este\.|La prensa en inglés y en español solo escribe esta sigla tras «la» para esta agencia\./);
    expect(why).not.toMatch(/counted because|close spelling|stands nearby/);
    await page.close();
  });

  it('names the earlier full name, and claims a close spelling only for a real typo', async () => {
    await setLanguage('en');
    const page = await harness.openPage(harness.fixtureUrl('es-mixto.html'));
    await waitForHighlights(page, 5);
    expect(await whyFor(page, 'Calderón', 'Why this is highlighted')).toContain('this page named “Felipe Calderón” earlier');
    await page.mouse.click(5, 5);
    expect(await whyFor(page, 'Tollerson', 'Why this is highlighted')).toContain('It is spelled one letter differently from “Tillerson”, likely a typo.');
    await page.mouse.click(5, 5);
    expect(await whyFor(page, 'Iniciativa Mérida', 'Why this is highlighted')).toContain('This name means only this');
    await page.close();
  });
});
