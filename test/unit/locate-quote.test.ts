import { describe, expect, it } from 'vitest';
import { locateQuote, quoteSegments } from '../../src/core/locate-quote';

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
