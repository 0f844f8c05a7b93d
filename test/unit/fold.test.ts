// Folding, pinned case by case: what each kind of character folds to, where words and blocks begin
// and end, and where every folded unit came from. The matcher trusts all four, so each is asserted
// whole, not only the folded string; then the Latin table's extent and which buffers a call reuses.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TEXT_CHUNK_SIZE } from '../../src/core/mentions/chunk-size';
import type * as Fold from '../../src/core/mentions/fold';

// A fresh module for each test: folding learns each character beyond its tables once and keeps what
// it learnt, so a test must not pass on what an earlier one (or an earlier run) taught it.
let fold: typeof Fold;
beforeEach(async () => {
  vi.resetModules();
  fold = await import('../../src/core/mentions/fold');
});

/** The fold of `text` as plain values: folded string, its words, each unit's origin (and the text's length), block breaks. */
function folded(text: string) {
  const { readFolded } = fold;
  const result = fold.foldText(text);
  return {
    folded: readFolded(result, 0, result.length),
    words: Array.from({ length: result.wordCount }, (_, word) => readFolded(result, result.wordStarts[word]!, result.wordEnds[word]!)),
    origin: Array.from(result.origin.slice(0, result.length + 1)),
    breaks: Array.from(result.breakWords.slice(0, result.breakCount)),
  };
}

const identity = (length: number) => Array.from({ length: length + 1 }, (_, index) => index);

/** [label, text, folded, words, origin, words before each block break] */
const CASES: [string, string, string, string[], number[], number[]][] = [
  ['case', 'Hello World', 'hello world', ['hello', 'world'], identity(11), []],
  ['spaces and tabs: one space, none at either end', '  a \t b  ', 'a b', ['a', 'b'], [2, 3, 6, 9], []],
  ['one line break: a space', 'a\nb', 'a b', ['a', 'b'], [0, 1, 2, 3], []],
  ['a blank line: a block break', 'a\n\nb', 'a\nb', ['a', 'b'], [0, 1, 3, 4], [1]],
  ['a blank line holding spaces', 'a \n \n b', 'a\nb', ['a', 'b'], [0, 1, 6, 7], [1]],
  ['Windows line ends', 'a\r\n\r\nb', 'a\nb', ['a', 'b'], [0, 1, 5, 6], [1]],
  ['no-break, thin and ideographic spaces', 'a\u00a0b\u2009c\u3000d', 'a b c d', ['a', 'b', 'c', 'd'], identity(7), []],
  ['accents, and a hyphen between letters', 'López-Obrador', 'lopez obrador', ['lopez', 'obrador'], identity(13), []],
  ['hyphens between words', 'a-b-c', 'a b c', ['a', 'b', 'c'], identity(5), []],
  ['digits are word characters', '9-1', '9 1', ['9', '1'], identity(3), []],
  ['a dash between spaces stays', 'a - b', 'a - b', ['a', 'b'], identity(5), []],
  ['a hyphen before a word', '-a', '-a', ['a'], identity(2), []],
  ['a hyphen after the last word', 'end-', 'end-', ['end'], identity(4), []],
  ['a hyphen before a space and a hyphen', 'x-\n-y', 'x- -y', ['x', 'y'], identity(5), []],
  ['a hyphen after a space, before a word: the space stands', 'a -b', 'a b', ['a', 'b'], [0, 1, 3, 4], []],
  ['a hyphen after a space, at a line end before a name: the space stands', 'ab -\nCd', 'ab cd', ['ab', 'cd'], [0, 1, 2, 5, 6, 7], []],
  ['a word broken before an "a"', 'x-\nabc', 'xabc', ['xabc'], [0, 3, 4, 5, 6], []],
  ['a word broken before a "z"', 'x-\nzed', 'xzed', ['xzed'], [0, 3, 4, 5, 6], []],
  ['a word broken at a line end', 'fen-\ntanyl', 'fentanyl', ['fentanyl'], [0, 1, 2, 5, 6, 7, 8, 9, 10], []],
  ['a word broken at a line end, the next line indented', 'fen-\n   tanyl', 'fentanyl', ['fentanyl'], [0, 1, 2, 8, 9, 10, 11, 12, 13], []],
  ['a broken word going on with an accented lowercase letter', 'fen-\nétat', 'fenetat', ['fenetat'], [0, 1, 2, 5, 6, 7, 8, 9], []],
  ['a hyphenated name at a line end: one space', 'Sherwood-\nRandall', 'sherwood randall', ['sherwood', 'randall'], [...identity(8).slice(0, 9), 10, 11, 12, 13, 14, 15, 16, 17], []],
  ['a hyphen at a line end before an accented capital', 'fen-\nÉtat', 'fen etat', ['fen', 'etat'], [0, 1, 2, 3, 5, 6, 7, 8, 9], []],
  ['a hyphen before a blank line is a dash', 'fen-\n\ntanyl', 'fen-\ntanyl', ['fen', 'tanyl'], [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11], [1]],
  ['a line break 15 units past the hyphen is still looked for', `fen-${' '.repeat(14)}\ntanyl`, 'fentanyl', ['fentanyl'], [0, 1, 2, 19, 20, 21, 22, 23, 24], []],
  ['a line break 16 units past the hyphen is not', `fen-${' '.repeat(15)}\ntanyl`, 'fen- tanyl', ['fen', 'tanyl'], [0, 1, 2, 3, 4, 20, 21, 22, 23, 24, 25], []],
  ['a soft hyphen is dropped', 'fen\u00adtanyl', 'fentanyl', ['fentanyl'], [0, 1, 2, 4, 5, 6, 7, 8, 9], []],
  ['a zero-width space is dropped', 'a\u200bb', 'ab', ['ab'], [0, 2, 3], []],
  ['a NUL is dropped', 'a\u0000b', 'ab', ['ab'], [0, 2, 3], []],
  ['a combining mark beyond the tables is dropped', 'a\u0302b\u20d7', 'ab', ['ab'], [0, 2, 4], []],
  ['a three-byte character from U+0800 on', 'कख', 'कख', ['कख'], identity(2), []],
  ['a hyphen before a letter met for the first time joins the words', 'x-Աբ', 'x աբ', ['x', 'աբ'], identity(4), []],
  ['a hyphen before a soft hyphen is a dash', 'a-\u00adb', 'a-b', ['a', 'b'], [0, 1, 3, 4], []],
  ['decomposed accents (NFD)', 'Lo\u0301pez', 'lopez', ['lopez'], [0, 1, 3, 4, 5, 6], []],
  ['a typographic apostrophe', 'O\u2019Brien', "o'brien", ['o', 'brien'], identity(7), []],
  ['an emoji: two units, no word', 'a\u{1f600}b', 'a\u{1f600}b', ['a', 'b'], identity(4), []],
  ['Greek and Cyrillic capitals, beyond the table', 'ΩΜΕΓΑ Путин', 'ωμεγα путин', ['ωμεγα', 'путин'], identity(11), []],
  ['the multiplication sign is not a letter', '2×3', '2×3', ['2', '3'], identity(3), []],
  ['a letter whose lowercase is another table letter', 'Ǆ ǅ', 'ǆ ǆ', ['ǆ', 'ǆ'], identity(3), []],
  ['a ligature beyond the word range', '\ufb01', '\ufb01', [], [0, 1], []],
  ['ASCII capitals at both ends of A–Z, and the characters just outside them', '@AZ[ az', '@az[ az', ['az', 'az'], identity(7), []],
  ['a hair space (U+200A), the last of the typographic spaces', 'a\u200ab', 'a b', ['a', 'b'], identity(3), []],
  ['Latin Extended-B from the table, its first and last capitals', 'Ȁ Ɏ', 'a ɏ', ['a', 'ɏ'], identity(3), []],
  ['the first letter past the table (U+0250), learnt', 'ɐb', 'ɐb', ['ɐb'], identity(2), []],
  // NFD splits a Hangul syllable into three jamo, no marks: no one unit to fold to, so it stays.
  ['a syllable that decomposes into several letters stays as it is', 'a한b', 'a한b', ['a', 'b'], identity(3), []],
];

describe('folding text for matching', () => {
  it.each(CASES)('%s', (_label, text, expectedFold, words, origin, breaks) => {
    expect(folded(text)).toEqual({ folded: expectedFold, words, origin, breaks });
  });

  // Stryker credits a test only with the branches its own run took: this one takes all of them.
  it('gives every case above, together', () => {
    const results = CASES.map(([label, text]) => [label, folded(text)]);
    expect(results).toEqual(CASES.map(([label, , expectedFold, words, origin, breaks]) => [label, { folded: expectedFold, words, origin, breaks }]));
  });

  it('has the Latin table written out from U+00C0 to U+024F, each letter folded as Unicode decomposition does', () => {
    // The whole range, not the table's own length: a table cut short would still fold right (the
    // rest is learnt), only slower, and match a check that reads only as far as it goes.
    const derived = (code: number) => {
      const base = String.fromCharCode(code).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      return base.length === 1 ? base : String.fromCharCode(code);
    };
    expect(fold.LATIN_FOLD_FIRST).toBe(0xc0);
    expect(fold.LATIN_FOLD).toBe(Array.from({ length: 0x250 - 0xc0 }, (_, offset) => derived(0xc0 + offset)).join(''));
  });

  it('marks a block break with BLOCK_BREAK, and ends the codes with two zeros', () => {
    const result = fold.foldText('ab\n\ncd');
    expect(result.codes[2]).toBe(fold.BLOCK_BREAK);
    expect(result.length).toBe(5);
    expect([result.codes[5], result.codes[6]]).toEqual([0, 0]);
  });

  it('folds a text longer than its buffers the same as a short one, and reuses nothing of it', () => {
    // Two-byte letters: the UTF-8 buffer fills before the text ends, so it is read in several passes.
    const long = 'Ā '.repeat(TEXT_CHUNK_SIZE * 2);
    const result = folded(long);
    expect(result.folded).toBe('a '.repeat(TEXT_CHUNK_SIZE * 2).trimEnd());
    expect(result.words).toHaveLength(TEXT_CHUNK_SIZE * 2);
    expect(result.words.every((word) => word === 'a')).toBe(true);
    expect(result.origin.at(-1)).toBe(long.length);
    expect(result.origin.at(-2)).toBe(long.length - 2);
    expect(folded('Bé')).toEqual({ folded: 'be', words: ['be'], origin: [0, 1, 2], breaks: [] });
  });

  it('has room for a word at every other unit, and for a text one unit longer than the buffers it keeps', () => {
    // The longest text whose buffers are kept for the next call, then one unit more.
    const kept = 2 * TEXT_CHUNK_SIZE;
    expect(folded('a'.repeat(kept)).origin.at(-1)).toBe(kept);
    for (const length of [kept + 1, kept - 1, 1025, 1023]) {
      const text = 'a '.repeat(length).slice(0, length);
      const result = folded(text);
      expect(result.folded, `${length} units`).toBe(text.trimEnd());
      expect(result.words, `${length} units`).toEqual(Array.from({ length: Math.ceil(length / 2) }, () => 'a'));
      expect(result.origin.at(-1), `${length} units`).toBe(length);
    }
  });

  it('folds an astral character across a buffer boundary whole', () => {
    const text = `${'ā'.repeat(TEXT_CHUNK_SIZE * 3 / 2 - 1)}x\u{1f600}y`;
    const result = fold.foldText(text);
    expect(fold.readFolded(result, result.length - 4, result.length)).toBe('x\u{1f600}y');
    expect(result.wordCount).toBe(2);
    expect(Array.from(result.origin.slice(result.length - 3, result.length + 1))).toEqual([text.length - 3, text.length - 2, text.length - 1, text.length]);
  });

  it('folds a short string with foldString, nothing at either end', () => {
    expect(fold.foldString('  Secretary  Tillerson \n')).toBe('secretary tillerson');
    expect(fold.foldString('\ufeff Tillerson\u00a0')).toBe('tillerson');
    expect(fold.foldString('')).toBe('');
  });
});

describe('reading folded text', () => {
  it('tells word characters from the rest', () => {
    expect(['a', 'Z', '0', 'é', 'ω', 'я'].map((character) => fold.isWordCode(character.charCodeAt(0)))).toEqual([true, true, true, true, true, true]);
    expect(['-', ' ', '\u2000', '×', '÷', '\u00ad', "'", '\u2019', '\u4e00'].map((character) => fold.isWordCode(character.charCodeAt(0)))).toEqual([false, false, false, false, false, false, false, false, false]);
  });

  it('spells a word at a place, and only there', () => {
    const result = fold.foldText('Los cárteles');
    expect(fold.spells(result, 4, 'carteles')).toBe(true);
    expect(fold.spells(result, 4, 'cartel')).toBe(true);
    expect(fold.spells(result, 4, 'carteleS')).toBe(false);
    expect(fold.spells(result, 0, 'carteles')).toBe(false);
  });

  it('says whether the letter behind a folded unit was a capital, ASCII or not', () => {
    const text = 'Ángel ángel Zeta zeta 9 Ωμ ωμ @ [ `';
    const result = fold.foldText(text);
    const starts = Array.from(result.wordStarts.slice(0, result.wordCount));
    expect(starts.map((start) => fold.firstLetterIsUpper(text, result, start))).toEqual([true, false, true, false, false, true, false]);
    // Around the capitals of ASCII, at the units just outside them.
    const edges = fold.foldText('@ [ A Z');
    expect([0, 2, 4, 6].map((start) => fold.firstLetterIsUpper('@ [ A Z', edges, start))).toEqual([false, false, true, true]);
    // Past the last unit (its origin is the text's length) there is no letter, so no capital.
    expect(fold.firstLetterIsUpper(text, result, result.length)).toBe(false);
  });
});

describe('the buffers folding keeps', () => {
  // The result's arrays are the next call's (foldText's contract), so a test sees which are kept.
  // Identity is compared as a boolean: a failing toBe would print 65,000 codes.
  it('reuses them from one text to the next, up to 2 × TEXT_CHUNK_SIZE units', () => {
    const first = fold.foldText('a');
    // 1024 units: exactly the room the first buffers have (the text and two zeros).
    expect(fold.foldText('b'.repeat(1024)).codes === first.codes).toBe(true);
    const kept = fold.foldText('c'.repeat(2 * TEXT_CHUNK_SIZE));
    expect(kept.codes === first.codes).toBe(false);
    const next = fold.foldText('d');
    for (const array of ['codes', 'origin', 'wordStarts', 'wordEnds', 'breakWords'] as const) expect(next[array] === kept[array], array).toBe(true);
  });

  it('folds a longer text in buffers of its own, which the next text leaves alone', () => {
    const short = fold.foldText('a');
    const long = fold.foldText('b'.repeat(2 * TEXT_CHUNK_SIZE + 1));
    expect(long.codes === short.codes).toBe(false);
    expect(fold.foldText('c').codes === short.codes).toBe(true);
    expect(fold.readFolded(long, 0, 3)).toBe('bbb');
    expect(long.wordCount).toBe(1);
  });
});
