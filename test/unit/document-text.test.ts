// A corpus document as the build's faithfulness rules read it, case by case: folding that keeps every
// offset, paragraphs, which words stand inside quotation marks, and where words and names occur.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as DocumentTextModule from '../../src/core/factbase/document-text';

// A fresh module for each test: readDocument keeps what it read, by text, for as long as the module lives.
let documentText: typeof DocumentTextModule;
beforeEach(async () => {
  vi.resetModules();
  documentText = await import('../../src/core/factbase/document-text');
});
const doc = (text: string) => documentText.readDocument(text);
const foldSameLength = (text: string) => documentText.foldSameLength(text);
const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((span) => text.slice(span.start, span.end));

describe('folding a document one character for one', () => {
  it.each([
    ['case and accents', 'López CÁRTEL', 'lopez cartel'],
    ['every white space', 'a\tb\nc\u00a0d', 'a b c d'],
    ['a hyphen between letters', 'López-Obrador x‐y', 'lopez obrador x y'],
    ['a hyphen not between letters stays', 'a - b -c d- 9-1', 'a - b -c d- 9-1'],
    ['typographic quotes', '“a” ‘b’ «c» ʼd', `"a" 'b' "c" 'd`],
    ['a character that folds to two stays', 'ﬁ Æ', 'ﬁ æ'],
    ['a combining mark, which folds to nothing, stays', 'Lo\u0301pez', 'lo\u0301pez'],
  ])('%s', (_label, text, folded) => {
    expect(foldSameLength(text)).toBe(folded);
    expect(foldSameLength(text)).toHaveLength(text.length);
  });

  it('folds a phrase the same way, its spaces run together and trimmed', () => {
    expect(documentText.foldPhrase('  Andrés  Manuel\nLópez-Obrador ')).toBe('andres manuel lopez obrador');
  });
});

describe('paragraphs and quotation marks', () => {
  it('cuts paragraphs at blank lines, spaces and tabs in them included', () => {
    const text = 'one\n\ntwo\n \t\nthree\nstill three';
    expect(slices(text, doc(text).paragraphs)).toEqual(['one', 'two', 'three\nstill three']);
    expect(doc('').paragraphs).toEqual([{ start: 0, end: 0 }]);
  });

  it.each([
    ['curly quotes', 'He said “we act” and “we go”.', ['we act', 'we go']],
    ['straight quotes', 'He said "we act" and "we go".', ['we act', 'we go']],
    ['guillemets', 'Dijo «actuamos» hoy.', ['actuamos']],
    ['a straight quote inside curly ones', '“a "b" c”', ['a "b" c']],
    ['a curly quote opening again inside', '“a “b” c”', ['b']],
    ['a stray mark opens nothing past a blank line', '“open\n\n“closed” here', ['closed']],
    ['none', 'no quotes at all', []],
  ])('%s', (_label, text, quoted) => {
    expect(slices(text, doc(text).quoted)).toEqual(quoted);
  });

  it('finds the paragraph of an offset, its ends included, and the whole text when it is in none', () => {
    const read = doc('ab\n\ncd');
    expect([0, 2, 4, 6].map((offset) => documentText.paragraphAt(read, offset))).toEqual([{ start: 0, end: 2 }, { start: 0, end: 2 }, { start: 4, end: 6 }, { start: 4, end: 6 }]);
    expect(documentText.paragraphAt(read, 3)).toEqual({ start: 0, end: 6 });
  });

  it('tells a span inside quotation marks from one that only touches them', () => {
    const text = 'x “abc def” y';
    const read = doc(text);
    const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    expect(documentText.quotedStretchAround(read, span('abc def'))).toEqual({ start: 3, end: 10 });
    expect(documentText.quotedStretchAround(read, span('abc'))).toEqual({ start: 3, end: 10 });
    expect(documentText.quotedStretchAround(read, span('def” y'))).toBeNull();
    expect([span('def” y'), span('x “a'), span('y'), span('x ')].map((part) => documentText.touchesQuotes(read, part))).toEqual([true, true, false, false]);
    expect(documentText.touchesQuotes(read, { start: 10, end: 11 })).toBe(false);
    expect(documentText.touchesQuotes(read, { start: 2, end: 3 })).toBe(false);
  });
});

describe('where words occur', () => {
  it('finds every occurrence as written, across typographic quotes and spacing, overlapping ones too', () => {
    const text = 'It’s “ours”.  It’s  ours. aaa';
    expect(slices(text, documentText.occurrences(doc(text), "It's ours"))).toEqual(['It’s  ours']);
    expect(slices(text, documentText.occurrences(doc(text), '"ours"'))).toEqual(['“ours”']);
    expect(documentText.occurrences(doc(text), 'aa')).toEqual([{ start: 26, end: 28 }, { start: 27, end: 29 }]);
    expect(documentText.occurrences(doc(text), '   ')).toEqual([]);
    expect(documentText.occurrences(doc(text), 'absent')).toEqual([]);
    // Every typographic mark folds to the plain one, on either side.
    const marks = 'x ‘a’ ʼbʼ `c` „d” «e» “f” y';
    expect(slices(marks, documentText.occurrences(doc(marks), `'a' 'b' 'c' "d" "e" "f"`))).toEqual(['‘a’ ʼbʼ `c` „d” «e» “f”']);
  });

  it('finds a name as whole words only, within the bounds given', () => {
    const folded = foldSameLength('Kelly, John Kelly and Kellyanne; kelly. López-Obrador');
    expect(documentText.nameOccurrences(folded, 'Kelly')).toEqual([{ start: 0, end: 5 }, { start: 12, end: 17 }, { start: 33, end: 38 }]);
    expect(documentText.nameOccurrences(folded, 'Kelly', 1)).toEqual([{ start: 12, end: 17 }, { start: 33, end: 38 }]);
    expect(documentText.nameOccurrences(folded, 'Kelly', 0, 17)).toEqual([{ start: 0, end: 5 }, { start: 12, end: 17 }]);
    expect(documentText.nameOccurrences(folded, 'Kelly', 0, 16)).toEqual([{ start: 0, end: 5 }]);
    expect(documentText.nameOccurrences(folded, 'López Obrador')).toEqual([{ start: 40, end: 53 }]);
    expect(documentText.nameOccurrences(folded, 'K')).toEqual([]);
    expect(documentText.nameOccurrences(folded, 'Jo')).toEqual([]);
    // A name of two letters is looked for; one of one letter is not, even where it stands alone.
    const short = foldSameLength('K and EU');
    expect(documentText.nameOccurrences(short, 'EU')).toEqual([{ start: 6, end: 8 }]);
    expect(documentText.nameOccurrences(short, 'K')).toEqual([]);
  });

  it('measures the distance between two spans, 0 where they overlap', () => {
    expect(documentText.distanceBetween({ start: 0, end: 5 }, { start: 8, end: 9 })).toBe(3);
    expect(documentText.distanceBetween({ start: 8, end: 9 }, { start: 0, end: 5 })).toBe(3);
    expect(documentText.distanceBetween({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(0);
    expect(documentText.distanceBetween({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(0);
  });

  it('quotes the words around a span within its paragraph, with an ellipsis where it cut', () => {
    const text = `first paragraph\n\n${'a'.repeat(20)} the words ${'b'.repeat(20)}\n\nlast`;
    const read = doc(text);
    const at = text.indexOf('the words');
    const span = { start: at, end: at + 'the words'.length };
    expect(documentText.excerptAround(read, span)).toBe(`${'a'.repeat(20)} the words ${'b'.repeat(20)}`);
    expect(documentText.excerptAround(read, span, 5)).toBe(`…aaaa the words bbbb…`);
    expect(documentText.excerptAround(read, span, 21)).toBe(`${'a'.repeat(20)} the words ${'b'.repeat(20)}`);
    expect(documentText.excerptAround(read, span, 20)).toBe(`…${'a'.repeat(19)} the words ${'b'.repeat(19)}…`);
    // Runs of white space inside the paragraph read as one space.
    expect(documentText.excerptAround(doc('one  two \t three'), { start: 5, end: 8 })).toBe('one two three');
  });
});
