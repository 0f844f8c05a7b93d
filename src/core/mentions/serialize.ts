// A compiled matcher as plain JSON, so the build folds the built-in names once and each page load
// only rebuilds the automaton and the fuzzy index from the folded alias records.
import type { EntityType } from '../types';
import { assembleMatcher, compileMatcher, type AliasRecord, type Matcher, type MatchableEntity } from './compile';

export interface SerializedMatcher {
  format: 4;
  /** Every alias record, in the order compiling gave them: the automaton and the fuzzy index follow it. */
  records: AliasRecord[];
  cues: [string, string[]][];
  entityTypes: [string, EntityType][];
}

export const serializeMatcher = (matcher: Matcher): SerializedMatcher => ({
  format: 4,
  records: matcher.records,
  cues: [...matcher.cues],
  entityTypes: [...matcher.entityTypes],
});

/** What the build embeds for the content script. */
export const serializedMatcherFor = (entities: readonly MatchableEntity[]): SerializedMatcher => serializeMatcher(compileMatcher(entities));

export const hydrateMatcher = (serialized: SerializedMatcher): Matcher =>
  assembleMatcher(serialized.records, new Map(serialized.cues), new Map(serialized.entityTypes));
