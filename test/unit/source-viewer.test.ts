// The source viewer labels the cited claim as the card does, and states a document's missing
// outlet, author and date in one line rather than three "not stated".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { claimView } from '../../src/core/card-view';
import { mergePacks } from '../../src/core/factbase';
import { lexiconFrom } from '../../src/core/factbase/lexicon';
import type { FactPack } from '../../src/core/types';
import { locateQuote } from '../../src/core/locate-quote';
import { compileFactBase, loadCorpus } from '../../src/node/factbase-files';
import { SourceViewer } from '../../src/ui/viewer/SourceViewer';
import { translator } from '../../src/ui/i18n';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const { pack } = compileFactBase({ dataDir: DATA });
const corpus = loadCorpus(DATA, pack);
const context = { speakers: Object.fromEntries(pack.entities.map((entity) => [entity.id, entity])), sources: Object.fromEntries(pack.sources.map((source) => [source.id, source])) };

function viewer(sourceId: string, claimId: string, lang: 'en' | 'es' = 'en'): string {
  const claim = pack.claims.find((candidate) => candidate.id === claimId)!;
  const html = renderToString(
    h(SourceViewer, { t: translator(lang), lang, source: context.sources[sourceId]!, text: corpus[sourceId]!, claim: claimView(context, claim, lang), spans: locateQuote(corpus[sourceId]!, claim.text) }),
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
}

describe('the source viewer', () => {
  it('says once that the document names no outlet, author or date', () => {
    const page = viewer('doc-002', 'amlo-social-decay');
    expect(page).toContain('The document does not name its outlet, author or date.');
    expect(page).not.toContain('not stated');
    expect(page).toContain('Written during Biden administration');
  });
  it('labels a paraphrase as reported, with its speaker, side and source', () => {
    const page = viewer('doc-002', 'amlo-social-decay');
    expect(page).toContain('Reported: He blamed the US overdose crisis');
    expect(page).toContain('López Obrador · Mexican government · Biden administration era · unnamed outlet (doc-002)');
  });
  it('shows how a source leans, with its own words', () => {
    const page = viewer('doc-004', 'nida-fentanyl-deaths', 'es');
    expect(page).toContain('Orientación un sitio partidista: “Go to Opioids.news');
    expect(page).toContain('Cifra:');
  });
  it('keeps a named outlet', () => {
    expect(viewer('doc-001', 'trump-fresh-strategies')).toMatch(/Outlet CNN/);
  });
});

describe('the lexicon', () => {
  it('leaves out speakers with no aliases: they are never highlighted on a page', () => {
    const ids = new Set(lexiconFrom(pack).map((entry) => entry.id));
    for (const id of ['trump-administration', 'nih', 'mexican-government-official', 'mexican-top-officials', 'senior-administration-official']) expect(ids.has(id), id).toBe(false);
    expect(ids.has('donald-trump')).toBe(true);
  });
});

describe('the source viewer on a teacher pack’s own source (cited by its address, no bundled text)', () => {
  const example = JSON.parse(readFileSync(join(DATA, 'packs', 'example-pack.json'), 'utf8')) as FactPack;
  const merged = mergePacks(pack, example).pack;
  const packContext = { speakers: Object.fromEntries(merged.entities.map((entity) => [entity.id, entity])), sources: Object.fromEntries(merged.sources.map((source) => [source.id, source])) };
  const claim = merged.claims.find((candidate) => candidate.id === 'handout-xylazine-mixed')!;
  const source = packContext.sources[claim.source]!;

  it.each(['en', 'es'] as const)('shows the source, the cited claim and where to read it, not "not found" (%s)', (lang) => {
    const t = translator(lang);
    const html = renderToString(h(SourceViewer, { t, lang, source, text: null, claim: claimView(packContext, claim, lang), spans: null }));
    expect(source.url).toBe('https://example.org/class/handout-1');
    expect(html).toContain(`<a href="${source.url}" target="_blank" rel="noopener noreferrer">${source.url}</a>`);
    expect(html).toContain(t('viewerNotBundled'));
    expect(html).not.toContain(t('viewerNotFound'));
    expect(html).not.toContain(t('viewerQuoteNotFound'));
    expect(html).toContain(`data-claim-id="${claim.id}"`);
  });
});
