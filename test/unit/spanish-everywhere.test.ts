// Spanish everywhere: every surface rendered with the Spanish catalog must show no English of ours.
// What may stay English is only what is not ours to translate: the claims (quoted in their
// original language, marked with lang="en"), proper names (entities, speakers, outlets), the
// page's own words (the mention, its question and answer as logged) and ids. Everything else, a
// label, a "not stated", an error, must come from _locales/es.
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { h, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import es from '../../_locales/es/messages.json';
import { cardView, claimView } from '../../src/core/card-view';
import { createFactBase } from '../../src/core/factbase';
import { locateQuote } from '../../src/core/locate-quote';
import { groupByArticle, revealedSummary, type LogEntry } from '../../src/core/reading-log';
import { worksheetFromMentions } from '../../src/core/worksheet';
import { compileFactBase, loadCorpus } from '../../src/node/factbase-files';
import { CardDialog } from '../../src/ui/card/CardDialog';
import { PredictGate } from '../../src/ui/classroom/PredictGate';
import { ReadingLogApp } from '../../src/ui/classroom/ReadingLogApp';
import { Worksheet } from '../../src/ui/classroom/Worksheet';
import { importPack } from '../../src/core/fact-packs';
import { sayPhrase, translator } from '../../src/ui/i18n';
import { SourceViewer } from '../../src/ui/viewer/SourceViewer';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const { pack } = compileFactBase({ dataDir: DATA });
const factBase = createFactBase(pack);
const corpus = loadCorpus(DATA, pack);
const t = translator('es');

/** Names no catalog translates: entities (both languages' names and aliases), outlets, ids. */
const PROPER_NAMES = [
  ...pack.entities.flatMap((entity) => [entity.name.en, entity.name.es, ...entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))]),
  ...pack.sources.flatMap((source) => [source.outlet, source.id]),
  'Counterpoint', 'JSON-LD', 'CSV', 'Alt+Shift+Period', 'Alt+Shift+Comma', 'Escape',
].filter((name) => name && name !== 'not stated');

/**
 * English words that are not also Spanish: one of them left in the text is a string of ours that
 * was not translated. (Claims and names are taken out before this is read.)
 */
const ENGLISH = new Set(
  'the of and not stated is are was were this that these those with from by for to its it on or an as at be been has have had which who whom what when where why how year years since deaths death source sources document documents figure figures quote quotes card cards loading could would should there their they them you your our more than about almost nearly least between side government outlet named unnamed only one two three said says say view views represented also debated background inferred date dates relayed partisan promotional page teacher checked bundled text shortcut shortcuts next previous mention mentions press close open pin keep let predict first reveal answer question prediction revealed log reading import export clear empty entries entry worksheet printable'
    .split(' '),
);

/** The English catalog's messages (long enough to be telling) that Spanish words differently. */
const ENGLISH_MESSAGES = Object.entries(en as Record<string, { message: string }>)
  .filter(([key, { message }]) => message.replace(/\$\d/g, '').trim().length >= 12 && (es as Record<string, { message: string }>)[key]?.message !== message)
  .map(([, { message }]) => message.split(/\$\d/).map((part) => part.trim()).filter((part) => part.length >= 12))
  .flat();

type Element = Parameters<typeof DomUtils.getAttributeValue>[0];

/** The text a reader (or a screen reader) meets: text nodes and the attributes that are read out. */
function readableText(html: string): string[] {
  const document = parseDocument(html);
  const out: string[] = [];
  const walk = (nodes: ReturnType<typeof parseDocument>['children']) => {
    for (const node of nodes) {
      if (node.type === 'text') out.push((node as unknown as { data: string }).data);
      else if ('attribs' in node) {
        const element = node as Element;
        // Claims keep their source's language, marked so: not ours to translate.
        const lang = DomUtils.getAttributeValue(element, 'lang');
        if (lang && lang !== 'es') continue;
        for (const attribute of ['aria-label', 'title', 'alt', 'placeholder']) {
          const value = DomUtils.getAttributeValue(element, attribute);
          if (value) out.push(value);
        }
        if (element.name !== 'script' && element.name !== 'style') walk(element.children as typeof nodes);
      }
    }
  };
  walk(document.children);
  return out.map((text) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
}

/** The English left in a rendering, after the allowed names and words are taken out. */
function englishIn<P>(vnode: VNode<P>, allowed: readonly string[] = []): string[] {
  const texts = readableText(renderToString(vnode as VNode));
  const strip = (text: string) => [...PROPER_NAMES, ...allowed].sort((a, b) => b.length - a.length).reduce((rest, name) => rest.split(name).join(' '), text);
  const found: string[] = [];
  for (const text of texts) {
    const whole = text.replace(/\s+/g, ' ').trim();
    // Words the data quotes inside a Spanish sentence ("the Jalisco cartel") are the source's own.
    const ours = strip(whole).replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, ' ');
    for (const message of ENGLISH_MESSAGES) if (ours.includes(message)) found.push(`catalog English: “${message}” in “${whole}”`);
    const words = ours.toLowerCase().match(/[\p{L}’']+/gu) ?? [];
    const english = words.filter((word) => ENGLISH.has(word.replace(/[’']s$/, '')));
    if (english.length) found.push(`${english.join(', ')} in “${whole}”`);
  }
  return [...new Set(found)];
}

const noop = () => {};
const mention = (entityId: string) => ({ entityId, text: pack.entities.find((entity) => entity.id === entityId)!.name.es, alias: pack.entities.find((entity) => entity.id === entityId)!.name.es, fuzzy: false, score: 1, reason: { rule: 'exact' as const } });

describe('Spanish everywhere', () => {
  it('finds English when a surface is drawn with the English catalog (the check itself can fail)', () => {
    const view = cardView(factBase.lookup('fentanyl')!, 'es');
    const english = translator('en');
    const card = h(CardDialog, { t: english, lang: 'es', label: '', state: { kind: 'ready', view }, mention: mention('fentanyl'), pinned: false, onPin: noop, onClose: noop, onOpenSource: noop, onRetry: noop, shortcuts: { next: '', previous: '' } });
    expect(englishIn(card).join('\n')).toMatch(/deaths|year not stated|Counterpoints/);
  });

  it.each(pack.entities.map((entity) => entity.id))('the card for %s, details open, has no English of ours', (entityId) => {
    const view = cardView(factBase.lookup(entityId)!, 'es');
    const card = h(CardDialog, { t, lang: 'es', label: t('cardDialogLabel', [view.title]), state: { kind: 'ready', view }, mention: mention(entityId), pinned: false, onPin: noop, onClose: noop, onOpenSource: noop, onRetry: noop, shortcuts: { next: 'Alt+Shift+Period', previous: '' } });
    expect(englishIn(card)).toEqual([]);
  });

  it('the card while loading, failed, gone, and without shortcuts set, has no English of ours', () => {
    for (const state of [{ kind: 'loading' }, { kind: 'failed' }, { kind: 'unavailable' }] as const) {
      expect(englishIn(h(CardDialog, { t, lang: 'es', label: t('cardDialogLabel', ['Rex Tillerson']), state, mention: null, pinned: false, onPin: noop, onClose: noop, onOpenSource: noop, onRetry: noop }))).toEqual([]);
    }
    const view = cardView(factBase.lookup('fentanyl')!, 'es');
    expect(englishIn(h(CardDialog, { t, lang: 'es', label: '', state: { kind: 'ready', view }, mention: null, pinned: true, onPin: noop, onClose: noop, onOpenSource: noop, onRetry: noop, shortcuts: { next: '', previous: '' } }))).toEqual([]);
  });

  it('the classroom gate, before and after a missing answer, has no English of ours', () => {
    for (const question of pack.questions) {
      expect(englishIn(h(PredictGate, { t, lang: 'es', question, answered: false, onReveal: noop, children: null })), question.id).toEqual([]);
    }
  });

  it('the worksheet for an article naming every entity has no English of ours', () => {
    const model = worksheetFromMentions('Artículo', 'articulo.html', pack.entities.map((entity) => ({ entityId: entity.id, text: entity.name.es })), (id) => factBase.lookup(id), 'es');
    expect(englishIn(h(Worksheet, { t, lang: 'es', model }), ['Artículo', 'articulo.html'])).toEqual([]);
  });

  it('the reading log, with entries and a status, has no English of ours', () => {
    const entry: LogEntry = {
      id: 'e1', url: 'https://noticias.example/nota', pageTitle: 'Una nota', entityId: 'rex-tillerson', quote: { exact: 'Rex Tillerson', prefix: '', suffix: '' },
      questionId: 'q-tillerson-blame', question: '¿Culpó a México?', answer: 'Sobre todo a Estados Unidos', revealedTopicId: 'who-is-responsible',
      revealedClaimIds: Object.keys(factBase.lookup('rex-tillerson')!.claims), openedAt: '2026-11-22T10:00:00.000Z', revealedAt: '2026-11-22T10:01:00.000Z', urlShortened: true,
    };
    const log = [entry, { ...entry, id: 'e2', revealedTopicId: null }];
    for (const status of [null, { kind: 'ok' as const, text: t('logImported', [2]) }, { kind: 'error' as const, text: t('logImportFailed', [t('logImportNotJson')]) }]) {
      const app = h(ReadingLogApp, { t, lang: 'es', articles: groupByArticle(log), entityName: (id: string) => factBase.lookup(id)?.entity.name.es ?? id, revealed: (logged: LogEntry) => revealedSummary(logged, factBase.lookup(logged.entityId) ?? null, 'es'), status, onExport: noop, onOpenWorksheet: noop, onImport: noop, onClear: noop });
      expect(englishIn(app, ['Una nota', 'https://noticias.example/nota', '¿Culpó a México?', 'Sobre todo a Estados Unidos'])).toEqual([]);
    }
    expect(englishIn(h(ReadingLogApp, { t, lang: 'es', articles: [], entityName: String, revealed: () => null, status: null, onExport: noop, onOpenWorksheet: noop, onImport: noop, onClear: noop }))).toEqual([]);
  });

  it.each(pack.sources.map((source) => source.id))('the source viewer on %s, at each claim it holds, has no English of ours', (sourceId) => {
    const context = { speakers: Object.fromEntries(pack.entities.map((entity) => [entity.id, entity])), sources: Object.fromEntries(pack.sources.map((source) => [source.id, source])) };
    const source = context.sources[sourceId]!;
    const claims = pack.claims.filter((claim) => claim.source === sourceId);
    for (const claim of claims.slice(0, 3)) {
      const viewer = h(SourceViewer, { t, lang: 'es', source, text: corpus[sourceId]!, claim: claimView(context, claim, 'es'), spans: locateQuote(corpus[sourceId]!, claim.text) });
      // The document itself is English where it is: its title and text are the source's, not ours.
      expect(englishIn(viewer, [source.title, source.author, source.kind, source.evidence, ...(source.stance?.evidence ?? [])]), claim.id).toEqual([]);
    }
  });

  it('a refused pack import says why in Spanish: size, JSON, shape, version, clashing ids', () => {
    const refusal = (text: string) => {
      const result = importPack(text, 'paquete.json', pack, [], {});
      if (result.ok) throw new Error('imported');
      return result.phrases.map((reason) => sayPhrase(t, reason)).join('\n');
    };
    const base = { schemaVersion: 1, id: pack.id, title: 'Prueba', sources: [], entities: [], claims: [], topics: [], questions: [] };
    const cases = [
      refusal('x'.repeat(2_000_000)),
      refusal('{ no es json'),
      refusal('[]'),
      refusal(JSON.stringify({ ...base, schemaVersion: 7 })),
      refusal(JSON.stringify(base)),
    ];
    expect(cases[0]).toMatch(/^paquete\.json: 2000000 caracteres son más de los/);
    expect(cases[1]).toMatch(/^paquete\.json: no es un JSON válido/);
    expect(cases[3]).toContain('schemaVersion 7 no es compatible');
    expect(cases[4]).toContain('está reservado para la base de datos incluida en Counterpoint');
    // The engine's own JSON.parse words are quoted as they are; everything around them is Spanish.
    for (const text of [cases[0], cases[2], cases[3], cases[4]]) {
      expect(englishIn(h('p', null, text), ['schemaVersion', 'id', 'title', 'sources', 'entities', 'claims', 'topics', 'questions', 'paquete.json', pack.id])).toEqual([]);
    }
  });
});
