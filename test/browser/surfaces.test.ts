// The extension around the page, in both browsers: popup, per-site switch, badge, live options,
// settings across a restart, and the Spanish interface.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_SELECTOR, highlightedTexts, highlightStyle, waitForHighlights, waitForHighlightText } from '../../scripts/lib/page-probes';
import { BROWSERS, startHarness, type Harness } from './harness';
import { cardText, waitForCard } from '../../scripts/lib/card-probe';

/** The few extension APIs the tests call from inside extension pages. */
interface ExtensionApi {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: { query(query: object): Promise<{ id?: number; active?: boolean }[]> };
  storage: { sync: { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> } };
}

async function badgeFor(extensionPage: Page, articlePage: Page): Promise<string> {
  await articlePage.bringToFront();
  return extensionPage.evaluate(async () => {
    const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return api.action.getBadgeText({ tabId: tab!.id! });
  });
}

const clearSettings = (harness: Harness) => harness.resetSettings();

describe.each(BROWSERS)('extension surfaces in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('lists the page’s entities in the popup, and clicking one opens its card', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(page, 10);
    const popup = await harness.openPopup(page);
    await popup.waitForSelector('button.entity', { timeout: 10_000 });
    const entries = await popup.$$eval('button.entity', (buttons) => buttons.map((button) => ({ id: button.getAttribute('data-entity'), text: button.textContent })));
    const ids = entries.map((entry) => entry.id);
    expect(ids).toEqual(expect.arrayContaining(['rex-tillerson', 'john-kelly', 'fentanyl', 'merida-initiative']));
    expect(await popup.$$eval('section h2', (headings) => headings.map((heading) => heading.textContent))).toContain('People');
    await popup.click('button.entity[data-entity="merida-initiative"]');
    await waitForCard(page, 'Merida Initiative');
    await popup.close().catch(() => {});
    await page.close();
  });

  it('turns the site off and on again from the popup, live', async () => {
    const page = await harness.openPage(harness.demoUrl('article-2'));
    await waitForHighlights(page, 3);
    let popup = await harness.openPopup(page);
    await popup.waitForSelector('input[role=switch]');
    await popup.click('input[role=switch]');
    await page.waitForFunction((selector: string) => !document.querySelector(selector), { timeout: 10_000 }, HOST_SELECTOR);
    expect(await highlightedTexts(page)).toEqual([]);
    await popup.close().catch(() => {});
    popup = await harness.openPopup(page);
    await popup.waitForSelector('input[role=switch]');
    expect(await popup.$eval('input[role=switch]', (input) => (input as HTMLInputElement).checked)).toBe(false);
    await popup.click('input[role=switch]');
    await waitForHighlights(page, 3);
    await popup.close().catch(() => {});
    await page.close();
    await clearSettings(harness);
  });

  it('shows the number of distinct entities on the badge', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    const texts = await waitForHighlights(page, 10);
    const control = await harness.openOptions();
    const popup = await harness.openPopup(page);
    const listed = await popup.$$eval('button.entity', (buttons) => buttons.length);
    await popup.close().catch(() => {});
    // Polled: the badge follows the page's count after a short debounce.
    let badge = '';
    for (let attempt = 0; attempt < 30 && badge !== String(listed); attempt++) {
      badge = await badgeFor(control, page);
      if (badge !== String(listed)) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(badge).toBe(String(listed));
    expect(listed).toBeGreaterThan(3);
    expect(texts.length).toBeGreaterThanOrEqual(listed);
    await control.close();
    await page.close();
  });

  it('applies an options change to an open tab without a reload', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    const before = await waitForHighlights(page, 10);
    expect(before).toContain('Rex Tillerson');
    const options = await harness.openOptions();
    await options.click('input[name="category-people"]');
    await page.bringToFront();
    await waitForHighlightText(page, 'Rex Tillerson', false);
    const after = await highlightedTexts(page);
    expect(after).toContain('fentanyl');
    expect(after).not.toContain('Rex Tillerson');
    await options.close();
    await page.close();
    await clearSettings(harness);
  });

  it('keeps settings across a browser restart with the same profile', async () => {
    const profile = await mkdtemp(join(tmpdir(), `counterpoint-profile-${kind}-`));
    try {
      let restartable = await startHarness(kind, { userDataDir: profile });
      let options = await restartable.openOptions();
      await options.click('input[name="highlightStyle"][value="background"]');
      await options.waitForFunction(async () => {
        const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
        return (await api.storage.sync.get(null)).highlightStyle === 'background';
      }, { timeout: 5_000, polling: 100 });
      await restartable.browser.close();
      await restartable.server.close();
      restartable = await startHarness(kind, { userDataDir: profile });
      options = await restartable.openOptions();
      expect(await options.$eval('input[name="highlightStyle"][value="background"]', (input) => (input as HTMLInputElement).checked)).toBe(true);
      const page = await restartable.openPage(restartable.demoUrl('article-1'));
      await waitForHighlights(page, 1);
      expect((await highlightStyle(page)).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
      await restartable.browser.close();
      await restartable.server.close();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });
});

describe.each(BROWSERS)('Spanish interface in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind, { lang: 'es' });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('speaks Spanish in the popup, the options page and the card', async () => {
    const page = await harness.openPage(harness.demoUrl('article-3'));
    await waitForHighlights(page, 3);
    const popup = await harness.openPopup(page);
    expect(await popup.$eval('footer button', (element) => element.textContent)).toBe('Configuración');
    await popup.waitForSelector('button.entity');
    await popup.click('button.entity');
    await popup.close().catch(() => {});
    const text = await waitForCard(page, 'Contrapuntos');
    expect(text).toMatch(/lo que dicen las fuentes/i);
    expect(await cardText(page)).toMatch(/por qué está resaltado/i);
    const options = await harness.openOptions();
    expect(await options.$eval('h1', (element) => element.textContent)).toBe('Configuración de Counterpoint');
    await options.close();
    await page.close();
  });
});
