// A compiled matcher as plain JSON, so the build folds the built-in names and builds their
// automaton once: a page load copies the automaton's edges into typed arrays instead of walking
// every alias again, and rebuilds only the fuzzy index from the folded alias records.
import type { EntityType } from '../types';
import { assembleMatcher, compileMatcher, type AliasAutomaton, type AliasRecord, type Matcher, type MatchableEntity } from './compile';

/** The automaton as flat number lists (see AliasAutomaton): what a page needs to fill its arrays. */
export interface SerializedAutomaton {
  /** [folded code, symbol] pairs, for every character some alias has. */
  symbols: number[];
  alphabetSize: number;
  denseStates: number;
  /** Every edge, as [state, symbol, next state] triples, dense and sparse alike. */
  edges: number[];
  /** [state, record index] pairs, in the order the aliases end at each state. */
  ends: number[];
  states: number;
}

export interface SerializedMatcher {
  format: 5;
  /** Every alias record, in the order compiling gave them: the automaton and the fuzzy index follow it. */
  records: AliasRecord[];
  automaton: SerializedAutomaton;
  cues: [string, string[]][];
  entityTypes: [string, EntityType][];
}

function serializeAutomaton(automaton: AliasAutomaton, records: readonly AliasRecord[]): SerializedAutomaton {
  const { symbolOf, alphabetSize, dense, denseStates, sparse } = automaton;
  const symbols: number[] = [];
  for (let code = 0; code < symbolOf.length; code++) if (symbolOf[code]) symbols.push(code, symbolOf[code]!);
  const edges: number[] = [];
  for (let index = 0; index < dense.length; index++) if (dense[index]) edges.push(Math.floor(index / alphabetSize), index % alphabetSize, dense[index]! - 1);
  sparse.forEach((next, at) => next.forEach((to, symbol) => edges.push(denseStates + at, symbol, to)));
  const indexOf = new Map(records.map((record, index) => [record, index]));
  const ends: number[] = [];
  automaton.records.forEach((ending, state) => ending?.forEach((record) => ends.push(state, indexOf.get(record)!)));
  return { symbols, alphabetSize, denseStates, edges, ends, states: automaton.records.length };
}

function hydrateAutomaton(serialized: SerializedAutomaton, records: readonly AliasRecord[]): AliasAutomaton {
  const { symbols, alphabetSize, denseStates, edges, ends, states } = serialized;
  const symbolOf = new Uint16Array(0x10000);
  for (let index = 0; index < symbols.length; index += 2) symbolOf[symbols[index]!] = symbols[index + 1]!;
  const dense = new Int32Array(denseStates * alphabetSize);
  const sparse: Map<number, number>[] = [];
  for (let state = denseStates; state < states; state++) sparse.push(new Map());
  for (let index = 0; index < edges.length; index += 3) {
    const state = edges[index]!;
    if (state < denseStates) dense[state * alphabetSize + edges[index + 1]!] = edges[index + 2]! + 1;
    else sparse[state - denseStates]!.set(edges[index + 1]!, edges[index + 2]!);
  }
  const recordsAt: (AliasRecord[] | null)[] = new Array<AliasRecord[] | null>(states).fill(null);
  for (let index = 0; index < ends.length; index += 2) (recordsAt[ends[index]!] ??= []).push(records[ends[index + 1]!]!);
  return { symbolOf, alphabetSize, dense, denseStates, sparse, records: recordsAt };
}

export const serializeMatcher = (matcher: Matcher): SerializedMatcher => ({
  format: 5,
  records: matcher.records,
  automaton: serializeAutomaton(matcher.automaton, matcher.records),
  cues: [...matcher.cues],
  entityTypes: [...matcher.entityTypes],
});

/** What the build embeds for the content script. */
export const serializedMatcherFor = (entities: readonly MatchableEntity[]): SerializedMatcher => serializeMatcher(compileMatcher(entities));

export const hydrateMatcher = (serialized: SerializedMatcher): Matcher =>
  assembleMatcher(serialized.records, new Map(serialized.cues), new Map(serialized.entityTypes), hydrateAutomaton(serialized.automaton, serialized.records));
