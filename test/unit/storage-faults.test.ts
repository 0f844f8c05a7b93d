// What storage gives back or refuses, as values (audit E4, E7, D26): a full store, a page address
// too long to keep, and the word lists the pack checks use, which must match their sources.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitLogEntry, isLogEntry, isLogEntryDraft, MAX_LOG_URL, shortenUrl, type LogEntry } from '../../src/core/reading-log';
import { storageFailure } from '../../src/core/storage-errors';

const entry = (url: string, pageTitle = 'A page'): LogEntry => ({
  id: 'e1',
  url,
  pageTitle,
  entityId: 'rex-tillerson',
  quote: { exact: 'Rex Tillerson', prefix: 'Secretary of State ', suffix: ' said' },
  questionId: null,
  question: 'Who is responsible?',
  answer: 'Both',
  revealedTopicId: null,
  revealedClaimIds: [],
  openedAt: '2026-12-01T10:00:00.000Z',
  revealedAt: '2026-12-01T10:00:05.000Z',
});

describe('a classroom prediction from a very long address (E7, weakness 19)', () => {
  const long = `https://news.example.org/story?${'q=1&'.repeat(1_200)}#${'f'.repeat(500)}`;

  it('is accepted from the page and kept, shortened and marked so', () => {
    expect(isLogEntry(entry(long))).toBe(false);
    expect(isLogEntryDraft(entry(long))).toBe(true);
    const kept = fitLogEntry(entry(long));
    expect(isLogEntry(kept)).toBe(true);
    expect(kept.url).toBe('https://news.example.org/story');
    expect(kept.urlShortened).toBe(true);
    expect(fitLogEntry(entry('https://news.example.org/a'))).toEqual(entry('https://news.example.org/a'));
  });

  it('drops the fragment first, then the query, and only then cuts the path', () => {
    expect(shortenUrl(`https://a.example/p?q=1#${'f'.repeat(MAX_LOG_URL)}`)).toBe('https://a.example/p?q=1');
    const path = `https://a.example/${'p/'.repeat(3_000)}`;
    expect(shortenUrl(`${path}?q=1`)).toHaveLength(MAX_LOG_URL);
    expect(shortenUrl(`${path}?q=1`).startsWith('https://a.example/p/p/')).toBe(true);
  });

  it('cuts an overlong title with an ellipsis', () => {
    const kept = fitLogEntry(entry('https://a.example/', 'T'.repeat(5_000)));
    expect(kept.pageTitle).toHaveLength(1_000);
    expect(kept.pageTitle.endsWith('…')).toBe(true);
    expect(isLogEntry(kept)).toBe(true);
  });
});

describe('storage refusals as values (E4, D26; weaknesses 13 and 14)', () => {
  it.each([
    ['Chromium', new Error('Resource::kQuotaBytes quota exceeded'), 'storage-full'],
    ['Chromium, older wording', new Error('QUOTA_BYTES quota exceeded'), 'storage-full'],
    ['Firefox', Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }), 'storage-full'],
    ['anything else', new Error('IO error: .../LOCK: File currently in use'), 'storage-error'],
    ['a non-error', 'broken', 'storage-error'],
  ])('%s', (_browser, error, reason) => {
    expect(storageFailure(error)).toEqual({ ok: false, reason, message: expect.any(String) });
  });
});

describe('the word lists aliases are checked against', () => {
  it('are generated from their sources and up to date', () => {
    expect(() => execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'gen-common-words.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
