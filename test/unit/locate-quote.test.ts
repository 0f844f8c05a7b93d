import { describe, expect, it } from 'vitest';
import { foldForQuotes, locateQuote, quoteSegments } from '../../src/core/locate-quote';

const documentText = 'He said: “We Americans must own this problem.  It is ours,” and left.\nThen: “It is all coming here.”';

describe('locateQuote', () => {
  it('finds a quote across typographic quotes and doubled spaces', () => {
    const spans = locateQuote(documentText, 'We Americans must own this problem. It is ours');
    expect(spans).toHaveLength(1);
    expect(documentText.slice(spans![0]!.start, spans![0]!.end)).toBe('We Americans must own this problem.  It is ours');
  });

  it('joins ellipsis segments that appear in order, and ignores [insertions]', () => {
    expect(locateQuote(documentText, 'We Americans … It is all coming here')).toHaveLength(2);
    expect(locateQuote(documentText, 'It is all coming here … We Americans')).toBeNull();
    expect(locateQuote(documentText, '[We] must own this problem')).toHaveLength(1);
    expect(quoteSegments('a [sic] b…c')).toEqual(['a', 'b', 'c']);
  });

  it('rejects an altered quote', () => {
    expect(locateQuote(documentText, 'We Americans must own this crisis')).toBeNull();
    expect(locateQuote(documentText, '')).toBeNull();
  });
});

describe('folding a document for quotes', () => {
  it.each([
    ['typographic quotes and apostrophes', '“It’s ‘ours’” „x“ «y» `z`', `"It's 'ours'" "x" "y" 'z'`],
    ['runs of white space of every kind', 'a \t\n\u00a0 b\r\nc', 'a b c'],
    ['a space at either end kept once', '  a  ', ' a '],
    ['nothing to fold', 'plain', 'plain'],
  ])('%s', (_label, text, folded) => {
    expect(foldForQuotes(text).folded).toBe(folded);
  });

  it('remembers where each folded character came from, and the end', () => {
    expect(foldForQuotes('a  “b”\n\nc')).toEqual({ folded: 'a "b" c', origin: [0, 1, 3, 4, 5, 6, 8, 9] });
    expect(foldForQuotes('')).toEqual({ folded: '', origin: [0] });
  });
});

describe('the segments of a quote', () => {
  it.each([
    ['one piece, its spaces folded', ' We  must ', ['We must']],
    ['an ellipsis character', 'a … b', ['a', 'b']],
    ['three dots', 'a...b', ['a', 'b']],
    ['an insertion in brackets', '[He] said [sic] it', ['said', 'it']],
    ['empty pieces left out', '… a … … b …', ['a', 'b']],
    ['only an insertion', '[sic]', []],
    ['typographic quotes folded', '“ours”', ['"ours"']],
  ])('%s', (_label, quote, segments) => {
    expect(quoteSegments(quote)).toEqual(segments);
  });
});

describe('where a quote stands', () => {
  const text = 'One: “Alpha beta.”  Two:\n“Gamma delta.” Alpha again.';
  const spans = (quote: string) => locateQuote(text, quote);
  it.each([
    ['one piece', 'Alpha beta', [[6, 16]]],
    ['a piece across a line break and a doubled space', 'beta.” Two: “Gamma', [[12, 31]]],
    ['pieces in order, each where it first follows the last', 'Gamma … Alpha', [[26, 31], [40, 45]]],
    ['the same piece twice, the second after the first', 'Alpha … Alpha', [[6, 11], [40, 45]]],
    ['a piece at the very end', 'again.', [[46, 52]]],
    ['a piece at the very start', 'One:', [[0, 4]]],
  ] as [string, string, [number, number][]][])('%s', (_label, quote, expected) => {
    expect(spans(quote)?.map((span) => [span.start, span.end])).toEqual(expected);
  });

  it.each([
    ['pieces out of order', 'again … Gamma'],
    ['a piece the text does not hold', 'Alpha beta gamma'],
    ['a repeated piece the text holds once', 'Gamma … Gamma'],
    ['nothing but an insertion', '[sic]'],
  ])('finds nothing for %s', (_label, quote) => {
    expect(spans(quote)).toBeNull();
  });
});
