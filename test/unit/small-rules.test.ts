// The smallest rules of core, each as a table: storage failures told apart, the console line, the
// catalog's words for a phrase, and an unsafe character named.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inEnglish, listed, phrase, wordPhrase } from '../../src/core/phrase';
import { LOG_PREFIX, reportProblem } from '../../src/core/report';
import { storageFailure } from '../../src/core/storage-errors';
import { unsafeCharacterProblem } from '../../src/core/text-safety';

describe('a storage write that failed', () => {
  const named = (name: string, message: string) => Object.assign(new Error(message), { name });
  it.each([
    ['Chromium’s quota message', new Error('Resource::kQuotaBytes quota exceeded'), 'storage-full'],
    ['QUOTA_BYTES', new Error('QUOTA_BYTES quota exceeded'), 'storage-full'],
    ['Firefox’s error, by its name alone', named('QuotaExceededError', 'The operation failed'), 'storage-full'],
    ['Firefox’s internal code', new Error('NS_ERROR_DOM_QUOTA_REACHED'), 'storage-full'],
    ['a full disk', new Error('IO error: disk is full'), 'storage-full'],
    ['a thrown string that says so', 'no space left', 'storage-full'],
    ['anything else', new Error('Extension context invalidated.'), 'storage-error'],
    ['a thrown object', { code: 1 }, 'storage-error'],
  ])('%s', (_label, error, reason) => {
    expect(storageFailure(error).reason).toBe(reason);
  });

  it('keeps the browser’s words, at most 300 characters of them', () => {
    expect(storageFailure(new Error('x'.repeat(400))).message).toBe('x'.repeat(300));
    expect(storageFailure(named('QuotaExceededError', 'The operation failed'))).toEqual({ ok: false, reason: 'storage-full', message: 'The operation failed' });
    expect(storageFailure('plain')).toEqual({ ok: false, reason: 'storage-error', message: 'plain' });
  });
});

describe('the console line', () => {
  afterEach(() => vi.restoreAllMocks());
  it('says a problem under the one prefix, with its error when there is one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = new Error('boom');
    reportProblem('the card did not load');
    reportProblem('the card did not load', error);
    reportProblem('nothing thrown', null);
    expect(warn.mock.calls).toEqual([
      [LOG_PREFIX, 'the card did not load'],
      [LOG_PREFIX, 'the card did not load', error],
      [LOG_PREFIX, 'nothing thrown', null],
    ]);
    expect(LOG_PREFIX).toBe('[Counterpoint]');
  });
});

describe('a phrase in a catalog’s words', () => {
  const catalog = { greet: { message: 'Hola $1, $2' }, only: { message: 'solo' } };
  const fallback = { greet: { message: 'Hello $1, $2' }, missing: { message: 'from the fallback: $1' } };
  it.each([
    ['the catalog’s words, its values filled', { key: 'greet', values: ['Ana', 30000] }, 'Hola Ana, 30.000'],
    ['a value it was not given left empty', { key: 'greet', values: ['Ana'] }, 'Hola Ana, '],
    ['the fallback’s words for a key the catalog lacks', { key: 'missing', values: ['x'] }, 'from the fallback: x'],
    ['the key itself when neither has it', { key: 'nowhere', values: [] }, 'nowhere'],
    ['a phrase inside a phrase', { key: 'greet', values: [{ key: 'only', values: [] }, 'b'] }, 'Hola solo, b'],
  ])('%s', (_label, value, words) => {
    expect(wordPhrase(catalog, 'es', fallback, value)).toBe(words);
  });

  it('words plain values as they are, numbers in the language', () => {
    expect(wordPhrase(catalog, 'en', fallback, 'text')).toBe('text');
    expect(wordPhrase(catalog, 'en', fallback, 1234.5)).toBe('1,234.5');
  });

  it('lists none, one, two and more', () => {
    expect(listed([])).toBe('');
    expect(listed(['a'])).toBe('a');
    expect(inEnglish(listed(['a', 'b']))).toBe('a and b');
    expect(inEnglish(listed(['a', 'b', 'c']))).toBe('a, b and c');
    expect(inEnglish(phrase('packMoreProblems', 2))).toBe('…and 2 more problems of the same kinds.');
  });
});

describe('an unsafe character', () => {
  it.each([
    ['a right-to-left override', 'ab\u202ec', 'contains U+202E (a right-to-left override) at character 3, which can make the text display differently from what it says; remove it'],
    ['a control character without a name of its own', 'x\u0007', 'contains U+0007 (an invisible control character) at character 2, which can make the text display differently from what it says; remove it'],
  ])('%s', (_label, text, said) => {
    const problem = unsafeCharacterProblem(text);
    expect(problem && inEnglish(problem)).toBe(said);
  });
});
