// Spanish everywhere: every surface rendered with the Spanish catalog must show no English of ours.
// What may stay English is only what is not ours to translate: the claims (quoted in their
// original language, marked with lang="en"), proper names (entities, speakers, outlets), the
// page's own words (the mention, its question and answer as logged) and ids. Everything else, a
// label, a "not stated", an error, must come from _locales/es.
import { join } from 'node:path';
import { h } from 'preact';
import { describe, expect, it } from 'vitest';
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
import { englishIn } from '../support/english-left';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const { pack } = compileFactBase({ dataDir: DATA });
const factBase = createFactBase(pack);
const corpus = loadCorpus(DATA, pack);
const t = translator('es');

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
    // Counts are written the Spanish way, as the pack panel shows them.
    expect(cases[0]).toMatch(/^paquete\.json: 2\.000\.000 caracteres son más de los \d{1,3}(\.\d{3})+ /);
    expect(cases[1]).toMatch(/^paquete\.json: no es un JSON válido/);
    expect(cases[3]).toContain('schemaVersion 7 no es compatible');
    expect(cases[4]).toContain('está reservado para la base de datos incluida en Counterpoint');
    // The engine's own JSON.parse words are quoted as they are; everything around them is Spanish.
    for (const text of [cases[0], cases[2], cases[3], cases[4]]) {
      expect(englishIn(h('p', null, text), ['schemaVersion', 'id', 'title', 'sources', 'entities', 'claims', 'topics', 'questions', 'paquete.json', pack.id])).toEqual([]);
    }
  });
});
