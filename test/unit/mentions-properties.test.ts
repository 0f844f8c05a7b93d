// The engine is total: any string, any size, any Unicode, never throws and stays linear.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../scripts/lib/lexicon';
import { compileMatcher, findMentions, newDocumentContext } from '../../src/core/mentions';


const matcher = compileMatcher(loadLexicon());
/** Calls the engine without the safety net, so a throw is a failure here. */
const scan = (text: string) => findMentions(text, matcher, { context: newDocumentContext() });

describe('findMentions on arbitrary input', () => {
  it('never throws, and every mention is a real slice of the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        for (const mention of scan(text)) {
          expect(mention.start).toBeGreaterThanOrEqual(0);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          expect(mention.start).toBeLessThan(mention.end);
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds a name wherever it is put among arbitrary text, with exact offsets', () => {
    const filler = fc.string({ unit: fc.constantFrom(' ', 'a', 'b', '.', '\n', 'é', '—', '\u00a0', '1'), maxLength: 40 });
    fc.assert(
      fc.property(filler, filler, fc.constantFrom('Rex Tillerson', 'fentanyl', 'López Obrador', 'Merida Initiative', 'CJNG'), (before, after, name) => {
        const text = `${before} ${name} ${after}`;
        const found = scan(text).find((mention) => mention.text === name);
        expect(found, text).toBeDefined();
        expect(found!.start).toBe(before.length + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('maps offsets back exactly past characters of every width, lone surrogates and invisible ones', () => {
    const filler = fc.string({ unit: fc.constantFrom(' ', 'a', '\u{1f600}', '\ud800', '\udfff', 'é', 'ḉ', '\u00ad', '\u200b', '中', '-'), maxLength: 40 });
    fc.assert(
      fc.property(filler, filler, fc.constantFrom('Rex Tillerson', 'fentanyl', 'López-Obrador', 'CJNG'), (before, after, name) => {
        const text = `${before} ${name} ${after}`;
        const found = scan(text).find((mention) => mention.text === name);
        expect(found, JSON.stringify(text)).toBeDefined();
        expect(found!.start).toBe(before.length + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('reads texts longer than one folding piece the same as short ones', () => {
    // Text is folded from UTF-8 a page chunk at a time; names land on every side of a piece's edge.
    const unit = 'Rex Tillerson y el \u{1f600} fentanilo — López-Obrador ';
    const long = unit.repeat(Math.ceil(300_000 / unit.length));
    const mentions = scan(long);
    const perUnit = scan(unit).length;
    expect(perUnit).toBe(3);
    expect(mentions.length).toBe(perUnit * (long.length / unit.length));
    for (const mention of mentions) expect(long.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('finds the same with a warm word cache as with a cold one', () => {
    // The fuzzy step caches what each distinct word is near, in fixed slots that colliding words overwrite.
    const warm = compileMatcher(loadLexicon());
    const near = ['Tilerson', 'Tillersen', 'Videgarey', 'fentanly', 'Lopez Obrado', 'Merrida Initiative', 'Kelly', 'Graham', 'States', 'Mexican'];
    const other = fc.stringMatching(/^[A-Z][a-z]{3,9}$/);
    const passage = fc.array(fc.oneof(fc.constantFrom(...near), other), { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
    // Fill the cache with other words first, well past its size, so the names' slots hold other words.
    findMentions(fc.sample(other, 20_000).join(' '), warm, { context: newDocumentContext() });
    fc.assert(
      fc.property(passage, (text) => {
        const cold = compileMatcher(loadLexicon());
        expect(findMentions(text, warm, { context: newDocumentContext() })).toEqual(findMentions(text, cold, { context: newDocumentContext() }));
      }),
      { numRuns: 40 },
    );
    // Each run compiles a cold matcher; on a loaded 2-core machine that takes longer than vitest's default 5 s.
  }, 60_000);

  it('keeps mentions in order and never overlapping', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Kelly', 'John Kelly', 'fentanyl', 'cartels', 'Sinaloa cartel', 'the', 'DEA', 'AMLO', ',', 'heroína'), { maxLength: 60 }), (words) => {
        const mentions = scan(words.join(' '));
        for (let index = 1; index < mentions.length; index++) expect(mentions[index]!.start).toBeGreaterThanOrEqual(mentions[index - 1]!.end);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['empty', ''],
    ['lone surrogates', '\ud800 Tillerson \udfff fentanyl \ud83d'],
    ['every plane', Array.from({ length: 17 }, (_, plane) => String.fromCodePoint(plane * 0x10000 + 0x41)).join(' ')],
    ['invisible characters only', '\u200b\u00ad\ufeff\u2060'.repeat(1000)],
  ])('handles %s', (_, text) => {
    expect(() => scan(text)).not.toThrow();
  });

  it('stays linear on pathological repeats and 10 MB strings (work grows with size, not faster)', () => {
    // Count the work rather than time it: the trie walks stop at the first mismatch, so each
    // repeat costs the same. Mentions found scale exactly with the number of repeats.
    const small = scan('fentanyl Kelly '.repeat(1_000)).length;
    const large = scan('fentanyl Kelly '.repeat(10_000)).length;
    expect(small).toBe(1_000);
    expect(large).toBe(small * 10);
    const huge = 'a'.repeat(10 * 1024 * 1024);
    expect(scan(huge)).toEqual([]);
    expect(findMentions(`${'Kelly Kelly '.repeat(100_000)}John Kelly`, matcher).length).toBe(1);
  });
});
