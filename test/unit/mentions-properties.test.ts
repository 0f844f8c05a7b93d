// The engine is total: any string, any size, any Unicode, never throws and stays linear.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../scripts/lib/lexicon';
import { compileMatcher, findMentions, newDocumentContext, type Matcher } from '../../src/core/mentions';
import { hydrateMatcher, serializeMatcher, type SerializedMatcher } from '../../src/core/mentions/serialize';


const matcher = compileMatcher(loadLexicon());
/** Hundreds of runs take seconds; on a loaded 2-core machine, more than vitest's default 5 s. A budget, not a timing. */
const PROPERTY_BUDGET = 60_000;

/** The matcher, with every read of its automaton's symbol table (one per automaton step) counted. */
function withCountedSteps(original: Matcher): { matcher: Matcher; steps: () => number } {
  let reads = 0;
  const symbolOf = new Proxy(original.automaton.symbolOf, {
    get(target, key) {
      if (typeof key === 'string' && key.charCodeAt(0) >= 0x30 && key.charCodeAt(0) <= 0x39) reads++;
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { matcher: { ...original, automaton: { ...original.automaton, symbolOf } }, steps: () => reads };
}
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
  }, PROPERTY_BUDGET);

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
  }, PROPERTY_BUDGET);

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
  }, PROPERTY_BUDGET);

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
    // A cold matcher per run, hydrated from the warm one's tables as they were before any scan: the
    // same as compiling afresh (mentions-eval checks that), at a fraction of the cost.
    const tables = JSON.stringify(serializeMatcher(warm));
    const near = ['Tilerson', 'Tillersen', 'Videgarey', 'fentanly', 'Lopez Obrado', 'Merrida Initiative', 'Kelly', 'Graham', 'States', 'Mexican'];
    const other = fc.stringMatching(/^[A-Z][a-z]{3,9}$/);
    const passage = fc.array(fc.oneof(fc.constantFrom(...near), other), { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
    // Fill the cache with other words first, well past its size, so the names' slots hold other words.
    findMentions(fc.sample(other, 20_000).join(' '), warm, { context: newDocumentContext() });
    fc.assert(
      fc.property(passage, (text) => {
        const cold = hydrateMatcher(JSON.parse(tables) as SerializedMatcher);
        expect(findMentions(text, warm, { context: newDocumentContext() })).toEqual(findMentions(text, cold, { context: newDocumentContext() }));
      }),
      { numRuns: 40 },
    );
    // On a loaded 2-core machine, or with the code instrumented for mutation testing, this takes longer than vitest's default 5 s.
  }, 120_000);

  it('keeps mentions in order and never overlapping', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Kelly', 'John Kelly', 'fentanyl', 'cartels', 'Sinaloa cartel', 'the', 'DEA', 'AMLO', ',', 'heroína'), { maxLength: 60 }), (words) => {
        const mentions = scan(words.join(' '));
        for (let index = 1; index < mentions.length; index++) expect(mentions[index]!.start).toBeGreaterThanOrEqual(mentions[index - 1]!.end);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_BUDGET);

  it.each([
    ['empty', '', []],
    ['lone surrogates', '\ud800 Tillerson \udfff fentanyl \ud83d', ['Tillerson', 'fentanyl']],
    ['every plane', Array.from({ length: 17 }, (_, plane) => String.fromCodePoint(plane * 0x10000 + 0x41)).join(' '), []],
    ['invisible characters only', '\u200b\u00ad\ufeff\u2060'.repeat(1000), []],
    ['invisible characters around a name', `${'\u200b\u00ad'.repeat(500)} fentanyl ${'\ufeff\u2060'.repeat(500)}`, ['fentanyl']],
  ])('handles %s', (_, text, names) => {
    expect(scan(text).map((mention) => mention.text)).toEqual(names);
  });

  it('does work in proportion to the text on pathological repeats, however long (automaton steps counted)', () => {
    // Work is counted, not timed: every step of the exact step's automaton reads the symbol table once.
    const steps = (text: string, counting = withCountedSteps(matcher)) => {
      const before = counting.steps();
      const mentions = findMentions(text, counting.matcher, { context: newDocumentContext() });
      return { mentions: mentions.length, steps: counting.steps() - before };
    };
    for (const unit of ['fentanyl Kelly ', 'Kelly Kelly ', 'Rex Rex Tillerson ', 'cártel de Sinaloa y ', 'D.E.A. ']) {
      const small = steps(unit.repeat(1_000));
      const large = steps(unit.repeat(10_000));
      expect(large.mentions, unit).toBe(small.mentions * 10);
      expect(small.steps, unit).toBeGreaterThan(0);
      // Ten times the text, ten times the steps (give or take the ends of the text).
      expect(large.steps, unit).toBeLessThanOrEqual(small.steps * 10 + unit.length);
      expect(large.steps, unit).toBeGreaterThanOrEqual(small.steps * 10 - unit.length);
    }
    // One endless word is one walk that stops at the first letter no alias continues with.
    const endless = steps('a'.repeat(1024 * 1024));
    expect(endless).toEqual({ mentions: 0, steps: expect.any(Number) });
    expect(endless.steps).toBeLessThan(10);
    // A repeated ambiguous surname never looks further back than its own sentence's window.
    expect(steps(`${'Kelly Kelly '.repeat(20_000)}John Kelly`).mentions).toBe(1);
  }, 60_000);
});
