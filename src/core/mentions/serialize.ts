// A compiled matcher as plain JSON, so the build folds the built-in names and builds their
// automaton and fuzzy index once: a page load copies the automaton's edges and the index's buckets
// into typed arrays and lists instead of walking every alias again.
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tables are read at indices in bounds by construction (the build wrote them and a unit test round-trips them); a check per read would add branches no input can reach */
import type { EntityType } from '../types';
import { BUCKET_STRIDE, compileMatcher, newFuzzyIndex, type AliasAutomaton, type AliasRecord, type FirstWord, type FuzzyIndex, type FuzzySide, type Matcher, type MatchableEntity } from './compile';

/** The automaton as flat number lists (see AliasAutomaton): what a page needs to fill its arrays. */
export interface SerializedAutomaton {
  /** [folded code, symbol] pairs, for every character some alias has. */
  symbols: number[];
  alphabetSize: number;
  denseStates: number;
  /**
   * Every state but the root has one edge into it (it is a trie): [parent, symbol] pairs for
   * states 1, 2, 3…, dense and sparse alike.
   */
  edges: number[];
  /** [state, record index] pairs, in the order the aliases end at each state. */
  ends: number[];
  states: number;
}

/** An alias record as a list of values: its keys, said once per record, were most of the bytes. */
type RecordTuple = [entityId: string, type: EntityType, text: string, folded: string, lang: AliasRecord['lang'] | 0, flags: number];
/** The record's yes/no fields, one bit each, in this order. */
const FLAGS = ['ambiguous', 'caseSensitive', 'capitalized', 'properName', 'surname', 'anyLanguage'] as const;

const toTuple = (record: AliasRecord): RecordTuple => [
  record.entityId,
  record.type,
  record.text,
  record.folded,
  record.lang ?? 0,
  FLAGS.reduce((bits, flag, bit) => (record[flag] ? bits | (1 << bit) : bits), 0),
];
const fromTuple = ([entityId, type, text, folded, lang, flags]: RecordTuple): AliasRecord => ({
  entityId,
  type,
  text,
  folded,
  lang: lang === 0 ? undefined : lang,
  ambiguous: (flags & 1) !== 0,
  caseSensitive: (flags & 2) !== 0,
  capitalized: (flags & 4) !== 0,
  properName: (flags & 8) !== 0,
  surname: (flags & 16) !== 0,
  anyLanguage: (flags & 32) !== 0,
});

/** One fuzzy index: its buckets in order, as [bucket key, places in the side's word list], and its non-zero reach masks as [pair, mask]. */
interface SerializedFuzzyIndex {
  buckets: [key: number, words: number[]][];
  reach: number[];
}

/** One side of the fuzzy index: each first word once (both indexes share them), then the two indexes. */
interface SerializedFuzzySide {
  slipLength: number;
  /** [word, letter mask, the record indexes of its entries]. */
  words: [word: string, letters: number, records: number[]][];
  opening: SerializedFuzzyIndex;
  slips: SerializedFuzzyIndex;
}

export interface SerializedMatcher {
  format: 7;
  /** Every alias record, in the order compiling gave them: the automaton and the fuzzy index follow it. */
  records: RecordTuple[];
  automaton: SerializedAutomaton;
  fuzzy: { capitalized: SerializedFuzzySide; lowercase: SerializedFuzzySide };
  longestFuzzyName: number;
  cues: [string, string[]][];
  entityTypes: [string, EntityType][];
  givenNames: [string, string[]][];
  aliasesOf: [string, string[]][];
  /** Record indexes. */
  extendable: number[];
}

function serializeAutomaton(automaton: AliasAutomaton, records: readonly AliasRecord[]): SerializedAutomaton {
  const { symbolOf, alphabetSize, dense, denseStates, sparse } = automaton;
  const symbols: number[] = [];
  for (let code = 0; code < symbolOf.length; code++) if (symbolOf[code]) symbols.push(code, symbolOf[code]!);
  const states = automaton.records.length;
  const edges = new Array<number>(2 * (states - 1)).fill(-1);
  const into = (from: number, symbol: number, to: number) => {
    edges[2 * (to - 1)] = from;
    edges[2 * (to - 1) + 1] = symbol;
  };
  for (let index = 0; index < dense.length; index++) if (dense[index]) into(Math.floor(index / alphabetSize), index % alphabetSize, dense[index]! - 1);
  sparse.forEach((next, at) => next.forEach((to, symbol) => into(denseStates + at, symbol, to)));
  const indexOf = new Map(records.map((record, index) => [record, index]));
  const ends: number[] = [];
  automaton.records.forEach((ending, state) => ending?.forEach((record) => ends.push(state, indexOf.get(record)!)));
  return { symbols, alphabetSize, denseStates, edges, ends, states };
}

function hydrateAutomaton(serialized: SerializedAutomaton, records: readonly AliasRecord[]): AliasAutomaton {
  const { symbols, alphabetSize, denseStates, edges, ends, states } = serialized;
  const symbolOf = new Uint16Array(0x10000);
  for (let index = 0; index < symbols.length; index += 2) symbolOf[symbols[index]!] = symbols[index + 1]!;
  const dense = new Int32Array(denseStates * alphabetSize);
  const sparse: Map<number, number>[] = [];
  for (let state = denseStates; state < states; state++) sparse.push(new Map());
  for (let to = 1; to < states; to++) {
    const from = edges[2 * (to - 1)]!;
    const symbol = edges[2 * (to - 1) + 1]!;
    if (from < denseStates) dense[from * alphabetSize + symbol] = to + 1;
    else sparse[from - denseStates]!.set(symbol, to);
  }
  const recordsAt: (AliasRecord[] | null)[] = new Array<AliasRecord[] | null>(states).fill(null);
  for (let index = 0; index < ends.length; index += 2) (recordsAt[ends[index]!] ??= []).push(records[ends[index + 1]!]!);
  return { symbolOf, alphabetSize, dense, denseStates, sparse, records: recordsAt };
}

function serializeFuzzySide(side: FuzzySide, indexOf: Map<AliasRecord, number>): SerializedFuzzySide {
  const places = new Map<FirstWord, number>();
  const words: SerializedFuzzySide['words'] = [];
  const placeOf = (word: FirstWord) => {
    let place = places.get(word);
    if (place === undefined) {
      places.set(word, (place = words.length));
      words.push([word.word, word.letters, word.entries.map((entry) => indexOf.get(entry.record)!)]);
    }
    return place;
  };
  const serializeIndex = (index: FuzzyIndex): SerializedFuzzyIndex => {
    const keyOf = new Map<number, number>();
    index.bucketAt.forEach((place, key) => place && keyOf.set(place - 1, key));
    const reach: number[] = [];
    index.reach.forEach((mask, pair) => mask && reach.push(pair, mask));
    return { buckets: index.buckets.map((bucket, place) => [keyOf.get(place)!, bucket.map(placeOf)]), reach };
  };
  return { slipLength: side.slipLength, words, opening: serializeIndex(side.opening), slips: serializeIndex(side.slips) };
}

function hydrateFuzzySide(serialized: SerializedFuzzySide, records: readonly AliasRecord[]): FuzzySide {
  const words: FirstWord[] = serialized.words.map(([word, letters, entries]) => ({
    word,
    length: word.length,
    letters,
    entries: entries.map((at) => ({ record: records[at]!, words: records[at]!.folded.split(' ') })),
    seenBy: 0,
  }));
  const hydrateIndex = ({ buckets, reach }: SerializedFuzzyIndex): FuzzyIndex => {
    const index = newFuzzyIndex();
    for (const [key, places] of buckets) {
      index.bucketAt[key] = index.buckets.push(places.map((place) => words[place]!));
      // The bucket's pair of letters (bucketOf): what `openings` marks.
      index.openings[Math.floor(key / BUCKET_STRIDE)] = 1;
    }
    for (let at = 0; at < reach.length; at += 2) index.reach[reach[at]!] = reach[at + 1]!;
    return index;
  };
  return { slipLength: serialized.slipLength, opening: hydrateIndex(serialized.opening), slips: hydrateIndex(serialized.slips) };
}

export function serializeMatcher(matcher: Matcher): SerializedMatcher {
  const indexOf = new Map(matcher.records.map((record, index) => [record, index]));
  return {
    format: 7,
    records: matcher.records.map(toTuple),
    automaton: serializeAutomaton(matcher.automaton, matcher.records),
    fuzzy: { capitalized: serializeFuzzySide(matcher.fuzzy.capitalized, indexOf), lowercase: serializeFuzzySide(matcher.fuzzy.lowercase, indexOf) },
    longestFuzzyName: matcher.longestFuzzyName,
    cues: [...matcher.cues],
    entityTypes: [...matcher.entityTypes],
    givenNames: [...matcher.givenNames].map(([id, names]) => [id, [...names]]),
    aliasesOf: [...matcher.aliasesOf],
    extendable: [...matcher.extendable].map((record) => indexOf.get(record)!),
  };
}

/** What the build embeds for the content script. */
export const serializedMatcherFor = (entities: readonly MatchableEntity[]): SerializedMatcher => serializeMatcher(compileMatcher(entities));

export function hydrateMatcher(serialized: SerializedMatcher): Matcher {
  const records = serialized.records.map(fromTuple);
  return {
    records,
    automaton: hydrateAutomaton(serialized.automaton, records),
    fuzzy: { capitalized: hydrateFuzzySide(serialized.fuzzy.capitalized, records), lowercase: hydrateFuzzySide(serialized.fuzzy.lowercase, records) },
    longestFuzzyName: serialized.longestFuzzyName,
    cues: new Map(serialized.cues),
    entityTypes: new Map(serialized.entityTypes),
    givenNames: new Map(serialized.givenNames.map(([id, names]) => [id, new Set(names)])),
    aliasesOf: new Map(serialized.aliasesOf),
    extendable: new Set(serialized.extendable.map((at) => records[at]!)),
  };
}
