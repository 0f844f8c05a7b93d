// The engine against the labelled sets. The first set must be passed perfectly; the hard set
// (written to find errors, labelled before the engine was run on it) with exactly its known errors,
// and per language no worse than it scores less one passage (issue 13's targets were precision
// ≥ 0.99 and recall ≥ 0.97; the engine does better, and a lost rule must not hide in the slack).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../scripts/lib/lexicon';
import { highlightsOf, judgmentKey, loadJudgments } from '../../scripts/lib/page-listing';
import { compileMatcher, findMentions, newDocumentContext } from '../../src/core/mentions';
import { hydrateMatcher, serializeMatcher, type SerializedMatcher } from '../../src/core/mentions/serialize';
import { evaluate, type LabelledPassage } from '../../src/core/mentions/evaluate';

const load = (file: string): LabelledPassage[] => JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'mentions', file), 'utf8'));
const passages = load('passages.json');
const hard = load('hard-passages.json');
const matcher = compileMatcher(loadLexicon());
const result = evaluate(passages, matcher);
const hardResult = evaluate(hard, matcher);
/** The hard set's errors as of December 2026, each a known limit of the engine (see the passages' probes). */
const KNOWN_HARD_ERRORS = [
  'h-de-021 missed: heroin "Heroin"',
  'h-en-054 missed: joe-biden "Biden"',
  'h-en-112 missed: joe-biden "Bidem"',
  'h-es-237 missed: alejandro-mayorkas "Alejandro Mallorkas"',
  'h-es-241 false positive: luis-videgaray "Luis Videgaray"',
  'h-es-241 missed: luis-videgaray "Luis Videgaray Casso"',
  'h-fr-022 missed: opioids "opioïdes"',
  'h-pt-020 missed: dea "DEA"',
];
const listed = (errors: typeof result.errors) => errors.map((error) => `${error.passage} ${error.kind}: ${error.entity} "${error.text}"`);

describe('the first evaluation set', () => {
  it('is big enough to mean something', () => {
    expect(passages.length).toBeGreaterThanOrEqual(150);
    expect(passages.filter((passage) => passage.lang === 'es').length).toBeGreaterThanOrEqual(40);
    expect(passages.filter((passage) => passage.kind !== 'positive').length).toBeGreaterThanOrEqual(60);
  });

  it('is passed with no error at all', () => {
    expect(listed(result.errors)).toEqual([]);
  });
});

describe('the hard evaluation set', () => {
  it('has at least 300 passages, half of them Spanish, and 150 where nothing may be found in five languages', () => {
    expect(hard.length).toBeGreaterThanOrEqual(300);
    expect(hard.filter((passage) => passage.lang === 'es').length * 2).toBeGreaterThanOrEqual(hard.length);
    const negatives = hard.filter((passage) => passage.expected.length === 0);
    expect(negatives.length).toBeGreaterThanOrEqual(150);
    expect(new Set(negatives.map((passage) => passage.lang))).toEqual(new Set(['en', 'es', 'de', 'fr', 'pt']));
    for (const passage of hard) expect(passage.origin && passage.probes?.length, passage.id).toBeTruthy();
  });

  // What the engine reaches (December 2026: en 192 right, 0 wrong, 2 missed; es 239 right, 1 wrong,
  // 2 missed), less one passage's worth of mentions: a rule lost costs more than that.
  it.each([
    ['en', { precision: 0.994, recall: 0.979 }],
    ['es', { precision: 0.991, recall: 0.983 }],
  ])('keeps what it reaches in %s, less one passage', (lang, floor) => {
    const score = hardResult.byLang[lang]!;
    console.log(`hard set, ${lang}: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})`);
    expect(score.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(score.recall).toBeGreaterThanOrEqual(floor.recall);
  });

  it('makes no error but the eight known ones (a fixed one is taken off the list)', () => {
    expect(listed(hardResult.errors).sort()).toEqual(KNOWN_HARD_ERRORS);
  });

  it('reads close spellings as well as it does, less one passage (53 right, none wrong)', () => {
    expect(hardResult.byMatch.fuzzy.tp).toBeGreaterThanOrEqual(51);
    expect(hardResult.byMatch.fuzzy.precision).toBeGreaterThanOrEqual(0.98);
  });

  it('finds nothing in German, French and Portuguese passages where nothing may be found', () => {
    const quiet = new Set(hard.filter((passage) => !['en', 'es'].includes(passage.lang) && passage.expected.length === 0).map((passage) => passage.id));
    expect(listed(hardResult.errors.filter((error) => quiet.has(error.passage)))).toEqual([]);
  });
});

describe('the judgments of the real pages', () => {
  const judgments: { page: string; entity: string; text: string; context: string; verdict: string; why: string }[] = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'mentions', 'page-judgments.json'), 'utf8'),
  );
  it('judge every highlight once, right or wrong, with a reason and only a few words of the page', () => {
    expect(judgments.length).toBeGreaterThan(700);
    const keys = new Set<string>();
    for (const judgment of judgments) {
      const key = [judgment.page, judgment.entity, judgment.text, judgment.context].join('|');
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
      expect(['right', 'wrong']).toContain(judgment.verdict);
      expect(judgment.why.length, key).toBeGreaterThan(5);
      expect(judgment.page).toMatch(/^pages(-multilingual)?\//);
      expect(judgment.context).toContain(`[${judgment.text}]`);
      expect(judgment.context.split(' ').length, key).toBeLessThanOrEqual(8 + judgment.text.split(' ').length);
    }
  });
});

describe('the real pages', () => {
  // `npm run eval` lists these; here the counts are pinned: not one highlight judged wrong or not judged.
  const SHARED = process.env.COUNTERPOINT_SHARED ?? join(import.meta.dirname, '..', '..', '..', 'shared');
  const judgments = new Map(loadJudgments().map((judgment) => [judgmentKey(judgment), judgment]));
  it.each([
    ['pages', 677],
    ['pages-multilingual', 50],
  ])('../shared/%s: every highlight judged right (%i of them)', (folder, count) => {
    const tally = { right: 0, wrong: [] as string[], unjudged: [] as string[] };
    for (const highlight of highlightsOf(join(SHARED, folder), matcher)) {
      const verdict = judgments.get(judgmentKey(highlight))?.verdict;
      if (verdict === 'right') tally.right++;
      else tally[verdict === 'wrong' ? 'wrong' : 'unjudged'].push(`${highlight.page} ${highlight.entity}: ${highlight.context}`);
    }
    expect(tally).toEqual({ right: count, wrong: [], unjudged: [] });
  }, 120_000);
});

/** Typed arrays compared as bytes (a deep equal over 65,536 entries is slow), the rest as values. */
function expectSameAutomaton(actual: ReturnType<typeof compileMatcher>['automaton'], expected: ReturnType<typeof compileMatcher>['automaton']): void {
  const bytes = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  expect(bytes(actual.symbolOf).equals(bytes(expected.symbolOf))).toBe(true);
  expect(bytes(actual.dense).equals(bytes(expected.dense))).toBe(true);
  expect([actual.alphabetSize, actual.denseStates]).toEqual([expected.alphabetSize, expected.denseStates]);
  expect(actual.sparse.map((next) => [...next])).toEqual(expected.sparse.map((next) => [...next]));
  expect(actual.records.map((ending) => ending?.map((record) => record.text) ?? null)).toEqual(expected.records.map((ending) => ending?.map((record) => record.text) ?? null));
}

describe('the lexicon compiled at build time', () => {
  it('finds exactly what the lexicon compiled at start-up finds, after a trip through JSON', () => {
    const entities = loadLexicon();
    const atStartUp = compileMatcher(entities);
    const serialized = JSON.parse(JSON.stringify(serializeMatcher(atStartUp))) as SerializedMatcher;
    const fromBuild = hydrateMatcher(serialized);
    // Everything arrives built, the fuzzy index too: the same tables, maps and records as compiling
    // made them (compared before any scan, which marks the first words it weighs).
    expect(fromBuild).toEqual(atStartUp);
    for (const side of ['capitalized', 'lowercase'] as const) {
      // A first word filed under several pairs is one object, so a look-up weighs it once.
      const filed = (matcher: typeof atStartUp) => new Set([...matcher.fuzzy[side].opening.buckets.flat(), ...matcher.fuzzy[side].slips.buckets.flat()]).size;
      expect(filed(fromBuild)).toBe(filed(atStartUp));
      expect(filed(fromBuild)).toBe(serialized.fuzzy[side].words.length);
    }
    const scan = (matcher: typeof atStartUp, text: string) => findMentions(text, matcher, { context: newDocumentContext() });
    const texts = [...passages.map((passage) => passage.text), ...hard.map((passage) => passage.text), readFileSync(join(import.meta.dirname, '..', '..', 'data', 'corpus', readdirSync(join(import.meta.dirname, '..', '..', 'data', 'corpus')).sort()[2]!), 'utf8')];
    let compared = 0;
    for (const text of texts) {
      expect(scan(fromBuild, text)).toEqual(scan(atStartUp, text));
      compared += scan(atStartUp, text).length;
    }
    expect(compared).toBeGreaterThan(150);
    expect(fromBuild.records.length).toBe(atStartUp.records.length);
    // The automaton arrives built: its states, edges and endings exactly as compiling made them.
    expect(serialized.automaton.edges.length).toBe(2 * (fromBuild.automaton.records.length - 1));
    expect(fromBuild.records).toEqual(atStartUp.records);
    expectSameAutomaton(fromBuild.automaton, atStartUp.automaton);
  });
});

describe('a large lexicon compiled at build time', () => {
  it('keeps its matches when the automaton outgrows its dense rows', () => {
    const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'zi', 'pa', 'dre', 'gon'];
    const nameOf = (index: number) => {
      const word = (seed: number) => Array.from({ length: 3 }, (_, at) => syllables[(seed >> (at * 4)) % syllables.length]).join('');
      const cap = (text: string) => text[0]!.toUpperCase() + text.slice(1);
      return `${cap(word(index * 7 + 1))} ${cap(word(index * 13 + 5))}${index}`;
    };
    const entities = Array.from({ length: 3000 }, (_, index) => ({ id: `synthetic-${index}`, type: 'person' as const, name: { en: nameOf(index), es: nameOf(index) }, aliases: [{ text: nameOf(index) }] }));
    const atStartUp = compileMatcher(entities);
    const fromBuild = hydrateMatcher(JSON.parse(JSON.stringify(serializeMatcher(atStartUp))) as SerializedMatcher);
    expect(fromBuild).toEqual(atStartUp);
    expect(fromBuild.automaton.sparse.length).toBeGreaterThan(0);
    expectSameAutomaton(fromBuild.automaton, atStartUp.automaton);
    const text = [5, 77, 1500, 2999].map((index) => `Yesterday ${nameOf(index)} spoke.`).join(' ');
    const found = findMentions(text, fromBuild, { context: newDocumentContext() });
    expect(found.map((mention) => mention.entityId)).toEqual(['synthetic-5', 'synthetic-77', 'synthetic-1500', 'synthetic-2999']);
    expect(found).toEqual(findMentions(text, atStartUp, { context: newDocumentContext() }));
  });
});
