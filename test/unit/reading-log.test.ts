// The reading log's own rules, as tables: which stored entries are well formed (each field at its
// limit and one past it), how a long address is shortened, how entries are kept and grouped.
import { describe, expect, it } from 'vitest';
import { appendEntry, fitLogEntry, groupByArticle, isLogEntry, isLogEntryDraft, isPrediction, logEntryFor, MAX_LOG_ENTRIES, MAX_LOG_TITLE, MAX_LOG_URL, revealedSummary, shortenUrl, textQuoteFor, type LogEntry } from '../../src/core/reading-log';

const entry = (extra: Partial<LogEntry> & Record<string, unknown> = {}): LogEntry => ({
  id: 'e1',
  url: 'https://news.example/a',
  pageTitle: 'A',
  entityId: 'fentanyl',
  quote: { exact: 'fentanyl', prefix: 'the ', suffix: ' crisis' },
  questionId: 'q1',
  question: 'What is it?',
  answer: 'A drug',
  revealedTopicId: 'topic',
  revealedClaimIds: ['c1'],
  openedAt: '2026-12-01T10:00:00.000Z',
  revealedAt: '2026-12-01T10:01:00.000Z',
  ...extra,
});
const text = (length: number) => 'x'.repeat(length);

describe('a well-formed log entry', () => {
  it.each([
    ['id', text(200)],
    ['url', text(MAX_LOG_URL)],
    ['pageTitle', text(MAX_LOG_TITLE)],
    ['entityId', text(200)],
    ['questionId', null],
    ['questionId', text(200)],
    ['question', text(20_000)],
    ['answer', ''],
    ['answer', text(20_000)],
    ['revealedTopicId', null],
    ['revealedClaimIds', []],
    ['revealedClaimIds', Array.from({ length: 500 }, () => text(200))],
    ['openedAt', text(40)],
    ['revealedAt', text(40)],
    ['urlShortened', true],
    ['quote', { exact: text(2_000), prefix: '', suffix: text(2_000) }],
  ])('takes %s at %#', (field, value) => {
    expect(isLogEntry(entry({ [field]: value }))).toBe(true);
  });

  it.each([
    ['id', text(201)],
    ['id', 7],
    ['url', text(MAX_LOG_URL + 1)],
    ['pageTitle', text(MAX_LOG_TITLE + 1)],
    ['entityId', text(201)],
    ['questionId', undefined],
    ['questionId', text(201)],
    ['question', text(20_001)],
    ['answer', null],
    ['answer', text(20_001)],
    ['revealedTopicId', undefined],
    ['revealedTopicId', text(201)],
    ['revealedClaimIds', 'c1'],
    ['revealedClaimIds', Array.from({ length: 501 }, () => 'c')],
    ['revealedClaimIds', [text(201)]],
    ['revealedClaimIds', [1]],
    ['openedAt', text(41)],
    ['revealedAt', text(41)],
    ['urlShortened', 'yes'],
    ['quote', null],
    ['quote', { exact: 'x', prefix: '' }],
    ['quote', { exact: text(2_001), prefix: '', suffix: '' }],
    ['quote', { exact: 'x', prefix: 1, suffix: '' }],
  ])('refuses %s at %#', (field, value) => {
    expect(isLogEntry(entry({ [field]: value }))).toBe(false);
  });

  it('refuses what is not an object', () => {
    expect([null, 'entry', 1, undefined].map(isLogEntry)).toEqual([false, false, false, false]);
  });

  it('takes a draft from a page with an address or title too long to keep, but not beyond any browser’s', () => {
    expect(isLogEntryDraft(entry({ url: text(MAX_LOG_URL + 1), pageTitle: text(100_000) }))).toBe(true);
    expect(isLogEntryDraft(entry({ url: text(2 * 1024 * 1024) }))).toBe(true);
    expect(isLogEntryDraft(entry({ url: text(2 * 1024 * 1024 + 1) }))).toBe(false);
    expect(isLogEntryDraft(entry({ pageTitle: text(100_001) }))).toBe(false);
  });

  it('takes a prediction only without an address and a title', () => {
    const { url: _url, pageTitle: _title, ...prediction } = entry();
    expect(isPrediction(prediction)).toBe(true);
    expect(isPrediction({ ...prediction, url: 'https://forged.example' })).toBe(false);
    expect(isPrediction({ ...prediction, pageTitle: 'Forged' })).toBe(false);
    expect(isPrediction({ ...prediction, answer: 5 })).toBe(false);
    expect(isPrediction(null)).toBe(false);
  });
});

describe('an address too long to keep', () => {
  const base = 'https://news.example/path';
  it.each([
    ['short enough', `${base}?q=1#f`, 100, `${base}?q=1#f`],
    ['exactly the limit', `${base}?q=1#f`, `${base}?q=1#f`.length, `${base}?q=1#f`],
    ['the fragment goes first', `${base}?q=1#${text(50)}`, 40, `${base}?q=1`],
    ['then the query', `${base}?q=${text(50)}#f`, 30, base],
    ['then the path is cut', `${base}/${text(50)}?q=1`, 20, base.slice(0, 20)],
    ['a fragment that alone makes it too long, with the query short', `${base}?q=1#${text(5)}`, base.length + 4, `${base}?q=1`],
  ])('%s', (_label, url, max, expected) => {
    expect(shortenUrl(url, max)).toBe(expected);
  });

  it('keeps MAX_LOG_URL by default, and marks an entry whose address it shortened', () => {
    const long = `https://news.example/a?${text(MAX_LOG_URL)}`;
    expect(shortenUrl(long)).toBe('https://news.example/a');
    expect(fitLogEntry(entry({ url: long }))).toMatchObject({ url: 'https://news.example/a', urlShortened: true });
    expect(fitLogEntry(entry())).not.toHaveProperty('urlShortened');
  });

  it('cuts a long title with an ellipsis, to the length it keeps', () => {
    const fitted = fitLogEntry(entry({ pageTitle: text(MAX_LOG_TITLE + 5) }));
    expect(fitted.pageTitle).toBe(`${text(MAX_LOG_TITLE - 1)}…`);
    expect(fitLogEntry(entry({ pageTitle: text(MAX_LOG_TITLE) })).pageTitle).toBe(text(MAX_LOG_TITLE));
  });

  it('logs a prediction with the page it was made on', () => {
    const { url: _url, pageTitle: _title, ...prediction } = entry();
    expect(logEntryFor(prediction, { url: 'https://tab.example/', pageTitle: 'Tab' })).toEqual({ ...entry(), url: 'https://tab.example/', pageTitle: 'Tab' });
  });
});

describe('keeping and grouping entries', () => {
  it('keeps the words around a mention, 32 characters each side at most', () => {
    const page = `${text(40)}fentanyl${'y'.repeat(40)}`;
    expect(textQuoteFor(page, 40, 48)).toEqual({ exact: 'fentanyl', prefix: text(32), suffix: 'y'.repeat(32) });
    expect(textQuoteFor('a fentanyl b', 2, 10)).toEqual({ exact: 'fentanyl', prefix: 'a ', suffix: ' b' });
  });

  it('keeps the newest entries, an entry with a known id replacing the old one at the end', () => {
    const log = [entry({ id: 'a' }), entry({ id: 'b' })];
    expect(appendEntry(log, entry({ id: 'a', answer: 'new' })).map((kept) => [kept.id, kept.answer])).toEqual([['b', 'A drug'], ['a', 'new']]);
    const full = Array.from({ length: MAX_LOG_ENTRIES }, (_, index) => entry({ id: `e${index}` }));
    const next = appendEntry(full, entry({ id: 'newest' }));
    expect(next).toHaveLength(MAX_LOG_ENTRIES);
    expect([next[0]!.id, next.at(-1)!.id]).toEqual(['e1', 'newest']);
    expect(appendEntry(full.slice(1), entry({ id: 'newest' }))).toHaveLength(MAX_LOG_ENTRIES);
  });

  it('groups by article, the one revealed most recently first', () => {
    const log = [
      entry({ id: '1', url: 'https://a.example', pageTitle: 'A', revealedAt: '2026-12-01T10:00:00.000Z' }),
      entry({ id: '2', url: 'https://b.example', pageTitle: 'B', revealedAt: '2026-12-01T09:00:00.000Z' }),
      entry({ id: '3', url: 'https://a.example', pageTitle: 'A later', revealedAt: '2026-12-01T08:00:00.000Z' }),
      entry({ id: '4', url: 'https://c.example', pageTitle: 'C', revealedAt: '2026-12-01T11:00:00.000Z' }),
    ];
    expect(groupByArticle(log).map((article) => [article.url, article.pageTitle, article.entries.map((kept) => kept.id)])).toEqual([
      ['https://c.example', 'C', ['4']],
      ['https://a.example', 'A', ['1', '3']],
      ['https://b.example', 'B', ['2']],
    ]);
    expect(groupByArticle([])).toEqual([]);
  });
});

describe('what a card revealed after a prediction', () => {
  const speaker = (id: string, name: string) => ({ id, type: 'person', name: { en: name, es: `${name} (es)` } });
  const claim = (id: string, speakerId: string | null, source: string) => ({ id, kind: 'quote', speaker: speakerId, source, date: 'not stated', lang: 'en', entities: [], text: id });
  const card = {
    entity: speaker('subject', 'Subject'),
    keyClaims: [],
    statistics: [],
    topics: [
      { id: 'other', question: { en: 'Other?', es: '¿Otra?' }, positions: [] },
      {
        id: 'topic',
        question: { en: 'Who is to blame?', es: '¿Quién tiene la culpa?' },
        positions: [
          { id: 'a', summary: { en: 'Demand', es: 'La demanda' }, claims: ['c1', 'c2', 'c3', 'c4', 'c6'] },
          { id: 'b', summary: { en: 'Supply', es: 'La oferta' }, claims: ['c5'] },
          { id: 'c', summary: { en: 'Neither', es: 'Ninguna' }, claims: ['gone'] },
        ],
      },
    ],
    claims: { c1: claim('c1', 'ada', 'doc-1'), c2: claim('c2', 'ada', 'doc-2'), c3: claim('c3', null, 'doc-1'), c4: claim('c4', 'unknown-speaker', 'doc-1'), c5: claim('c5', null, 'doc-9'), c6: claim('c6', null, 'doc-9') },
    speakers: { ada: speaker('ada', 'Ada') },
    sources: { 'doc-1': { id: 'doc-1', outlet: 'Reuters' }, 'doc-9': { id: 'doc-9', outlet: 'not stated' } },
  } as unknown as Parameters<typeof revealedSummary>[1];

  it('lists each position shown with who holds it, each speaker or outlet once, in the card’s language', () => {
    const summary = revealedSummary(entry({ revealedTopicId: 'topic', revealedClaimIds: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'gone'] }), card, 'es');
    expect(summary).toEqual({
      question: '¿Quién tiene la culpa?',
      positions: [
        { summary: 'La demanda', speakers: [{ name: 'Ada (es)' }, { outlet: { named: true, outlet: 'Reuters' } }, { name: 'unknown-speaker' }, { outlet: { named: false, id: 'doc-9' } }] },
        { summary: 'La oferta', speakers: [{ outlet: { named: false, id: 'doc-9' } }] },
      ],
    });
  });

  it('leaves out what was not revealed, and a position with nothing revealed', () => {
    expect(revealedSummary(entry({ revealedTopicId: 'topic', revealedClaimIds: ['c5'] }), card, 'en')).toEqual({ question: 'Who is to blame?', positions: [{ summary: 'Supply', speakers: [{ outlet: { named: false, id: 'doc-9' } }] }] });
    expect(revealedSummary(entry({ revealedTopicId: 'topic', revealedClaimIds: [] }), card, 'en')).toEqual({ question: 'Who is to blame?', positions: [] });
  });

  it('is null when the fact base no longer has the card or the topic', () => {
    expect(revealedSummary(entry({ revealedTopicId: 'topic' }), null, 'en')).toBeNull();
    expect(revealedSummary(entry({ revealedTopicId: 'removed' }), card, 'en')).toBeNull();
    expect(revealedSummary(entry({ revealedTopicId: null }), card, 'en')).toBeNull();
  });

  it('refuses a prediction that is text', () => {
    expect(isPrediction('a prediction')).toBe(false);
  });
});
