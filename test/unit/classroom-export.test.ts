import { describe, expect, it } from 'vitest';
import { claimView } from '../../src/core/card-view';
import fc from 'fast-check';
import { csvCell, describeClaimForCsv, fromLogCsv, LOG_CSV_HEADER, logCsvRow, parseCsv, toCsv } from '../../src/core/csv-export';
import { appendEntry, groupByArticle, isLogEntry, isPrediction, logEntryFor, MAX_LOG_TITLE, textQuoteFor, type LogEntry } from '../../src/core/reading-log';
import type { Claim, Entity, Source } from '../../src/core/types';
import { ANNOTATION_CONTEXT, fromWebAnnotations, toAnnotationCollection } from '../../src/core/web-annotation';

const text = 'Secretary of State Rex Tillerson said that we are the market.';
const start = text.indexOf('Rex Tillerson');
const entry: LogEntry = {
  id: 'e1',
  url: 'https://news.example/story',
  pageTitle: 'A story',
  entityId: 'rex-tillerson',
  quote: textQuoteFor(text, start, start + 'Rex Tillerson'.length),
  questionId: 'q-who-speaks',
  question: 'Who is speaking here?',
  answer: 'The US Secretary of State',
  revealedTopicId: 'who-is-responsible',
  revealedClaimIds: ['c1'],
  openedAt: '2026-11-22T10:00:00.000Z',
  revealedAt: '2026-11-22T10:01:00.000Z',
};
const claim: Claim = { id: 'c1', kind: 'quote', speaker: 'rex-tillerson', date: '2017-05-18', source: 'doc-000', text: 'We Americans must own this problem.', lang: 'en', entities: ['rex-tillerson'] };
const tillerson: Entity = {
  id: 'rex-tillerson', type: 'person', name: { en: 'Rex Tillerson', es: 'Rex Tillerson' }, aliases: [], description: { en: 'x', es: 'x' }, mentionedIn: ['doc-000'], topics: [],
  roles: [{ title: { en: 'Secretary of State', es: 'Secretario de Estado' }, asOf: 'not stated', source: 'doc-000' }], side: 'us-government',
};
const source: Source = { id: 'doc-000', file: 'x.txt', outlet: 'not stated', title: 'not stated', date: 'not stated', author: 'not stated', language: 'en', kind: 'x', evidence: 'x' };
const context = { speakers: { 'rex-tillerson': tillerson }, sources: { 'doc-000': source } };

describe('reading log', () => {
  it('takes a prediction only without a page address, and adds the one it is given', () => {
    const { url, pageTitle, ...prediction } = entry;
    expect(isPrediction(prediction)).toBe(true);
    expect(isPrediction(entry)).toBe(false);
    expect(isPrediction({ ...prediction, answer: 5 })).toBe(false);
    expect(logEntryFor(prediction, { url, pageTitle: 'x'.repeat(2_000) })).toEqual({ ...entry, pageTitle: `${'x'.repeat(MAX_LOG_TITLE - 1)}…` });
    expect(logEntryFor(prediction, { url: `${url}#${'f'.repeat(5_000)}`, pageTitle: 'T' })).toEqual({ ...entry, pageTitle: 'T', urlShortened: true });
  });
  it('keeps a little context around the mention', () => {
    expect(entry.quote).toEqual({ exact: 'Rex Tillerson', prefix: 'Secretary of State ', suffix: ' said that we are the market.' });
  });
  it('groups by article and replaces an entry with the same id', () => {
    const log = appendEntry(appendEntry([], entry), { ...entry, answer: 'changed' });
    expect(log).toHaveLength(1);
    expect(groupByArticle([...log, { ...entry, id: 'e2', url: 'https://other.example/' }]).map((article) => article.url)).toHaveLength(2);
  });
  it('rejects malformed entries', () => {
    expect(isLogEntry(entry)).toBe(true);
    expect(isLogEntry({ ...entry, revealedClaimIds: 'c1' })).toBe(false);
    expect(isLogEntry({ ...entry, answer: 'x'.repeat(30_000) })).toBe(false);
    expect(isLogEntry(null)).toBe(false);
  });
});

describe('web annotations', () => {
  const collection = toAnnotationCollection([entry], { c1: { view: claimView(context, claim, 'en') } }, { 'rex-tillerson': 'Rex Tillerson' }, 'Reading log');

  it('has the fields the Web Annotation model requires', () => {
    const [annotation] = collection.first.items;
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(annotation).toMatchObject({ '@context': ANNOTATION_CONTEXT, type: 'Annotation', id: expect.stringMatching(/^urn:/) });
    expect(annotation!.target).toMatchObject({ source: entry.url, selector: { type: 'TextQuoteSelector', exact: 'Rex Tillerson' } });
    expect(annotation!.body.find((body) => body.purpose === 'commenting')?.value).toBe('The US Secretary of State');
    expect(annotation!.body.find((body) => body.purpose === 'describing')).toMatchObject({ value: claim.text, language: 'en' });
  });

  it('says what kind of claim each body is and where it comes from', () => {
    const body = collection.first.items[0]!.body.find((candidate) => candidate.purpose === 'describing');
    expect(body).toMatchObject({
      'dcterms:type': 'quote',
      creator: { type: 'Person', name: 'Rex Tillerson', 'schema:affiliation': 'us-government', 'schema:jobTitle': 'Secretary of State' },
      'dcterms:source': 'urn:counterpoint:source:doc-000',
      'dcterms:publisher': 'not stated',
      'dcterms:date': '2017-05-18',
      'dcterms:provenance': 'checked word for word against the bundled document doc-000',
    });
    const framing = claimView(context, { ...claim, id: 'c2', kind: 'framing', speaker: null, date: 'not stated' }, 'en');
    const outletBody = toAnnotationCollection([{ ...entry, revealedClaimIds: ['c2'] }], { c2: { view: framing } }, {}, 'x').first.items[0]!.body.find((candidate) => candidate.purpose === 'describing');
    expect(outletBody).toMatchObject({ 'dcterms:type': 'framing', creator: { type: 'Organization', name: 'not stated', 'schema:affiliation': 'outlet' } });
    expect(outletBody).not.toHaveProperty('dcterms:date');
  });

  it('round-trips through JSON into the same log', () => {
    const { entries, skipped } = fromWebAnnotations(JSON.parse(JSON.stringify(collection)));
    expect(skipped).toBe(0);
    expect(entries).toEqual([entry]);
  });

  it('skips what is not one of ours', () => {
    expect(fromWebAnnotations([{ type: 'Annotation', body: [], target: 'x' }, 42, 'text'])).toEqual({ entries: [], skipped: 3 });
    expect(fromWebAnnotations(null)).toEqual({ entries: [], skipped: 0 });
  });
});

describe('csv', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(toCsv(['a', 'b'], [['1', 'two\nlines']])).toBe('a,b\r\n1,"two\nlines"\r\n');
  });
  it('describes each claim with its kind, speaker, side, source and date', () => {
    expect(describeClaimForCsv(claimView(context, claim, 'en'))).toBe(
      '[quote] Rex Tillerson, Secretary of State [us-government] — doc-000 (outlet not stated; 2017-05-18; checked word for word against the bundled document doc-000): We Americans must own this problem.',
    );
    const teacher = claimView({ ...context, sources: { 'doc-000': { ...source, file: undefined, url: 'https://example.org/', outlet: 'Class handout' } } }, { ...claim, kind: 'reported', date: 'not stated' }, 'en');
    expect(describeClaimForCsv(teacher)).toBe(
      "[reported] Rex Tillerson, Secretary of State [us-government] — doc-000 (Class handout; date not stated; a teacher's own source (doc-000), not checked against a bundled text): We Americans must own this problem.",
    );
  });
});

describe('csv round trip', () => {
  const exported = (entries: readonly LogEntry[]) => toCsv(LOG_CSV_HEADER, entries.map((logged) => logCsvRow(logged, 'Rex Tillerson', [claimView(context, claim, 'en')])));

  it('re-imports an exported log as the same entries, formulas, quotes, commas and line breaks included', () => {
    const tricky: LogEntry[] = [
      entry,
      { ...entry, id: 'e2', answer: '=HYPERLINK("https://evil.example")', question: "'=already escaped?", quote: { exact: 'Tillerson', prefix: '-Secretary, "of" State\n', suffix: '@ said\r\nthat' }, questionId: null, revealedTopicId: null, revealedClaimIds: [], urlShortened: true },
      { ...entry, id: 'e3', answer: 'Línea uno\nlínea dos, «con comillas» y "dobles"', pageTitle: '+1 ¿Quién?', revealedClaimIds: ['c1', 'c2'] },
    ];
    const csv = exported(tricky);
    expect(parseCsv(csv)[0]).toEqual([...LOG_CSV_HEADER]);
    // The spreadsheet sees no formula in any cell.
    expect(parseCsv(csv).flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    expect(fromLogCsv(csv)).toEqual({ entries: tricky, skipped: 0 });
  });

  it('round-trips any answer a student can type', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 60 }), (answer, prefix) => {
        const logged = { ...entry, answer, quote: { ...entry.quote, prefix } };
        expect(fromLogCsv(exported([logged])).entries).toEqual([logged]);
      }),
      { numRuns: 500 },
    );
  });

  it('skips rows that are not entries, and a file that is not our CSV', () => {
    const csv = exported([entry]) + 'not,an,entry\r\n';
    expect(fromLogCsv(csv)).toEqual({ entries: [entry], skipped: 1 });
    expect(fromLogCsv('name,value\r\na,b\r\n')).toEqual({ entries: [], skipped: 1 });
  });
});

describe('csv import at its edges', () => {
  const exported = (entries: readonly LogEntry[]) => toCsv(LOG_CSV_HEADER, entries.map((logged) => logCsvRow(logged, 'Rex Tillerson', [])));

  it.each([
    ['an apostrophe inside a cell, before a formula character', { answer: "x'+1 and it's=fine" }],
    ['a byte-order mark inside a cell', { answer: 'a\uFEFFb' }],
    ['an address marked shortened', { urlShortened: true }],
  ] as [string, Partial<LogEntry>][])('keeps %s', (_label, change) => {
    const logged = { ...entry, ...change };
    expect(fromLogCsv(exported([logged]))).toEqual({ entries: [logged], skipped: 0 });
  });

  it('reads a file saved with a byte-order mark, header names with spaces around them, and blank lines', () => {
    const [header, ...rows] = exported([entry, { ...entry, id: 'e2' }]).split('\r\n');
    const spaced = header!.split(',').map((name) => ` ${name} `).join(',');
    expect(fromLogCsv(`\uFEFF${[spaced, rows[0], '', rows[1]].join('\r\n')}`)).toEqual({ entries: [entry, { ...entry, id: 'e2' }], skipped: 0 });
  });

  it('takes nothing from a file missing one of the columns, and nothing from an empty file', () => {
    const csv = exported([entry]);
    const [header, row] = parseCsv(csv);
    const without = (name: string) => [header!.filter((cell) => cell !== name), row!.filter((_, index) => header![index] !== name)].map((cells) => cells.map(csvCell).join(',')).join('\r\n');
    expect(fromLogCsv(without('url_shortened'))).toEqual({ entries: [], skipped: 1 });
    expect(fromLogCsv(without('article_url'))).toEqual({ entries: [], skipped: 1 });
    expect(fromLogCsv('')).toEqual({ entries: [], skipped: 0 });
  });

  it('counts a row of one cell, or one whose first cell is empty, as skipped; only a blank line is nothing', () => {
    const csv = exported([entry]);
    expect(fromLogCsv(`${csv}junk\r\n`)).toEqual({ entries: [entry], skipped: 1 });
    expect(fromLogCsv(`${csv},a,b\r\n`)).toEqual({ entries: [entry], skipped: 1 });
    expect(fromLogCsv(`${csv}\r\n\r\n`)).toEqual({ entries: [entry], skipped: 0 });
  });

  it('writes what the card revealed in two columns a spreadsheet reads, and “yes” for a shortened address', () => {
    const views = [claimView(context, claim, 'en'), claimView(context, { ...claim, id: 'c2', kind: 'reported' }, 'en')];
    const row = logCsvRow({ ...entry, urlShortened: true }, 'Rex Tillerson', views);
    const cell = (name: (typeof LOG_CSV_HEADER)[number]) => row[LOG_CSV_HEADER.indexOf(name)];
    expect(cell('revealed_claim_kinds')).toBe('quote; reported');
    expect(cell('revealed_claims')).toBe(`${describeClaimForCsv(views[0]!)} | ${describeClaimForCsv(views[1]!)}`);
    expect(cell('url_shortened')).toBe('yes');
    expect(logCsvRow(entry, 'Rex Tillerson', [])[LOG_CSV_HEADER.indexOf('url_shortened')]).toBe('');
  });
});
