// A compiled lexicon as plain JSON, so the build folds the built-in names once and each page load
// only rebuilds the automaton and the fuzzy index from the folded alias records.
import type { EntityType } from '../types';
import { assembleLexicon, compileLexicon, type AliasRecord, type CompiledLexicon, type MatchableEntity } from './compile';

export interface SerializedLexicon {
  format: 3;
  /** Every alias record, in the order compiling gave them: the automaton and the fuzzy index follow it. */
  records: AliasRecord[];
  cues: [string, string[]][];
  entityTypes: [string, EntityType][];
}

export const serializeLexicon = (lexicon: CompiledLexicon): SerializedLexicon => ({
  format: 3,
  records: lexicon.records,
  cues: [...lexicon.cues],
  entityTypes: [...lexicon.entityTypes],
});

/** What the build embeds for the content script. */
export const serializedLexiconFor = (entities: readonly MatchableEntity[]): SerializedLexicon => serializeLexicon(compileLexicon(entities));

export const hydrateLexicon = (serialized: SerializedLexicon): CompiledLexicon =>
  assembleLexicon(serialized.records, new Map(serialized.cues), new Map(serialized.entityTypes));
