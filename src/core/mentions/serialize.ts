// A compiled matcher as plain JSON, so the build folds the built-in names and builds their
// automaton once: a page load copies the automaton's edges into typed arrays instead of walking
// every alias again, and rebuilds only the fuzzy index from the folded alias records.
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tables are read at indices in bounds by construction (the build wrote them and a unit test round-trips them); a check per read would add branches no input can reach */
import type { EntityType } from '../types';
import { assembleMatcher, compileMatcher, type AliasAutomaton, type AliasRecord, type Matcher, type MatchableEntity } from './compile';

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

export interface SerializedMatcher {
  format: 6;
  /** Every alias record, in the order compiling gave them: the automaton and the fuzzy index follow it. */
  records: RecordTuple[];
  automaton: SerializedAutomaton;
  cues: [string, string[]][];
  entityTypes: [string, EntityType][];
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

export const serializeMatcher = (matcher: Matcher): SerializedMatcher => ({
  format: 6,
  records: matcher.records.map(toTuple),
  automaton: serializeAutomaton(matcher.automaton, matcher.records),
  cues: [...matcher.cues],
  entityTypes: [...matcher.entityTypes],
});

/** What the build embeds for the content script. */
export const serializedMatcherFor = (entities: readonly MatchableEntity[]): SerializedMatcher => serializeMatcher(compileMatcher(entities));

export function hydrateMatcher(serialized: SerializedMatcher): Matcher {
  const records = serialized.records.map(fromTuple);
  return assembleMatcher(records, new Map(serialized.cues), new Map(serialized.entityTypes), hydrateAutomaton(serialized.automaton, records));
}
