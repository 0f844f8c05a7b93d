// The card and the printed worksheet say the same thing about every claim: rendered for every entity,
// in English and Spanish, each claim's kind label, attribution and date note, each position's heading
// and single-voice flag, and the balance of voices are compared. Also what only the card shows.
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { cardView } from '../../src/core/card-view';
import { createFactBase } from '../../src/core/factbase';
import type { Lang } from '../../src/core/types';
import { worksheetFromMentions } from '../../src/core/worksheet';
import { compileFactBase } from '../../src/node/factbase-files';
import { FactCard } from '../../src/ui/card/FactCard';
import { Worksheet } from '../../src/ui/classroom/Worksheet';
import { translator } from '../../src/ui/i18n';

const { pack } = compileFactBase({ dataDir: join(import.meta.dirname, '..', '..', 'data') });
const factBase = createFactBase(pack);
type Node = ReturnType<typeof parseDocument>;
type Element = Parameters<typeof DomUtils.getAttributeValue>[0];

const renderCard = (entityId: string, lang: Lang, interactive = true) =>
  parseDocument(
    renderToString(h(FactCard, { t: translator(lang), lang, view: cardView(factBase.lookup(entityId)!, lang), mention: null, pinned: false, interactive, onPin: () => {}, onClose: () => {}, onOpenSource: () => {} })),
  );
const renderWorksheet = (entityId: string, lang: Lang) =>
  parseDocument(renderToString(h(Worksheet, { t: translator(lang), lang, model: worksheetFromMentions('Article', 'file.html', [{ entityId, text: entityId }], (id) => factBase.lookup(id), lang) })));

const hasClass = (name: string) => (element: Element) => (DomUtils.getAttributeValue(element, 'class') ?? '').split(/\s+/).includes(name);
const all = (root: Node | Element, test: (element: Element) => boolean) => DomUtils.findAll(test, 'children' in root ? root.children : []);
const text = (element: Element | undefined) => (element ? DomUtils.textContent(element).replace(/\s+/g, ' ').trim() : null);
const first = (root: Element, name: string) => all(root, hasClass(name))[0];

/** What a rendering says about each claim, position and the balance of voices, under its counterpoints. */
function describeCounterpoints(document: Node) {
  // The card shows the positions at a glance and their claims in full below; the worksheet has one section.
  const section = all(document, hasClass('counterpoints-full'))[0] ?? all(document, hasClass('counterpoints'))[0];
  if (!section) return null;
  const claims: Record<string, { kind: string | null; attribution: string | null; inferred: string | null }> = Object.fromEntries(
    all(section, (element) => DomUtils.hasAttrib(element, 'data-claim-id')).map((element) => [
      DomUtils.getAttributeValue(element, 'data-claim-id'),
      { kind: text(first(element, 'kind-label')), attribution: text(first(element, 'attribution')), inferred: text(first(element, 'inferred-why')) },
    ]),
  );
  const positions = all(section, (element) => DomUtils.hasAttrib(element, 'data-position-id')).map((element) => ({
    heading: text(DomUtils.findOne((child) => child.name === 'h4', element.children) ?? undefined),
    singleVoice: text(first(element, 'single-voice')),
  }));
  if (!positions.length) return null;
  const balance = all(document, hasClass('balance'))[0];
  return { claims, positions, balance: balance ? all(balance, (element) => element.name === 'p').map(text) : null };
}

describe.each(['en', 'es'] as const)('card and worksheet in %s', (lang) => {
  it.each(pack.entities.map((entity) => entity.id))('agree on every claim shown for %s', (entityId) => {
    const onCard = describeCounterpoints(renderCard(entityId, lang));
    const onSheet = describeCounterpoints(renderWorksheet(entityId, lang));
    expect(onSheet).toEqual(onCard);
    if (onCard) for (const [id, claim] of Object.entries(onCard.claims)) expect(claim.kind, id).toMatch(/\S/);
  });
});

describe('the card', () => {
  it('D08: labels every kind, in the worksheet too: a paraphrase never reads as the speaker’s words', () => {
    const sheet = describeCounterpoints(renderWorksheet('daniel-foote', 'en'))!;
    expect(Object.values(sheet.claims).map((claim) => claim.kind)).toEqual(expect.arrayContaining(['Reported:', 'Quote:']));
    const fentanyl = renderCard('fentanyl', 'en');
    expect(all(fentanyl, hasClass('figure')).map(text)).toContain('70,601 deaths (year not stated) — people who die yearly from fentanyl-related overdoses');
  });

  it('D02: draws no chart where no two figures share a measure, and one bar per source where they do', () => {
    expect(all(renderCard('fentanyl', 'en'), hasClass('chart'))).toHaveLength(0);
    const merida = renderCard('merida-initiative', 'en');
    const chart = all(merida, hasClass('chart'))[0]!;
    expect(DomUtils.getAttributeValue(chart, 'aria-label')).toBe('Chart: US assistance to Mexico through the Merida Initiative, one bar per source');
    expect(all(chart, (element) => element.name === 'rect')).toHaveLength(2);
    expect(text(chart)).toContain('nearly $1.5B');
  });

  it('D38: says a figure is relayed by a partisan site', () => {
    const nida = all(renderCard('fentanyl', 'en'), (element) => DomUtils.getAttributeValue(element, 'data-claim-id') === 'nida-fentanyl-deaths')[0]!;
    expect(text(first(nida, 'attribution'))).toBe('National Institute on Drug Abuse (NIDA) · side not stated · Biden administration era · as relayed by unnamed outlet (doc-004) (a partisan site)');
  });

  it('D27: says plainly when every voice is one side’s', () => {
    expect(describeCounterpoints(renderCard('merida-initiative', 'en'))!.balance).toEqual([
      'Views represented: US government, the outlet itself. From 2 documents.',
      'All the voices quoted here are on one side: US government.',
      'No Mexican government voice on this card.',
    ]);
    expect(describeCounterpoints(renderCard('merida-initiative', 'es'))!.balance).toContain('Todas las voces citadas aquí son de un solo lado: gobierno de EE. UU.');
    expect(describeCounterpoints(renderCard('rex-tillerson', 'en'))!.balance).toEqual(['Views represented: US government, Mexican government, the outlet itself. From 4 documents.']);
  });

  it('D12: shows background apart, marked as not from the sources', () => {
    const card = renderCard('andres-manuel-lopez-obrador', 'en');
    expect(text(all(card, hasClass('background'))[0])).toBe('Background, not from the sources: Andrés Manuel López Obrador was President of Mexico from 2018 to 2024.');
    expect(text(all(card, hasClass('description'))[0])).not.toMatch(/President|Andrés Manuel/);
  });

  it('in Spanish, says once that claims keep their original language', () => {
    const card = renderCard('rex-tillerson', 'es');
    expect(all(card, hasClass('original-lang')).map(text)).toEqual(['Las afirmaciones se citan en su idioma original, el inglés.']);
    expect(all(renderCard('rex-tillerson', 'en'), hasClass('original-lang'))).toHaveLength(0);
  });

  it('marks an inferred date with the reason', () => {
    const blinken = renderCard('high-level-security-dialogue', 'en');
    expect(all(blinken, hasClass('inferred-why')).map(text).join(' ')).toBe('');
    const data = factBase.lookup('antony-blinken')!;
    const claim = pack.claims.find((candidate) => candidate.id === 'blinken-most-important-relationship')!;
    const card = parseDocument(renderToString(h(FactCard, { t: translator('en'), lang: 'en', view: cardView({ ...data, keyClaims: [claim] }, 'en'), mention: null, pinned: false, onOpenSource: () => {} })));
    expect(text(all(card, hasClass('attribution'))[0])).toContain('Oct 3, 2023 (inferred)');
    expect(text(all(card, hasClass('inferred-why'))[0])).toMatch(/^Date inferred: The document gives only “Oct\. 3”/);
  });

  it('has no Pin or Close where it is not interactive (the options page)', () => {
    expect(all(renderCard('fentanyl', 'en', false), hasClass('icon-button'))).toHaveLength(0);
    expect(all(renderCard('fentanyl', 'en', true), hasClass('icon-button'))).toHaveLength(2);
  });
});
