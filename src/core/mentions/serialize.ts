// A compiled lexicon as plain JSON, so the build can compile the built-in names once and every page
// load only rebuilds the typed arrays: folding and trie building leave the content script's start.
import type { EntityType } from '../types';
import { bucketOf, compileLexicon, DENSE_STATE_LIMIT, letterMask, pairOf, type AliasAutomaton, type AliasRecord, type CompiledLexicon, type FirstWord, type FuzzyIndex, type MatchableEntity } from './compile';

interface SerializedFirstWord {
  word: string;
  /** [record index, …] into `records`. */
  entries: number[];
}

export interface SerializedLexicon {
  format: 2;
  /** Every alias, in the order the automaton lists them at each state. */
  records: AliasRecord[];
  fuzzy: { capitalized: SerializedFirstWord[]; lowercase: SerializedFirstWord[] };
  cues: [string, string[]][];
  entityTypes: [string, EntityType][];
  aliasCount: number;
}

/** The trie is not stored: it is rebuilt from the folded aliases, which is cheap and keeps the bundle small. */
export function serializeLexicon(lexicon: CompiledLexicon): SerializedLexicon {
  const recordIndex = new Map<AliasRecord, number>();
  const records: AliasRecord[] = [];
  const indexOf = (record: AliasRecord) => {
    let index = recordIndex.get(record);
    if (index === undefined) {
      recordIndex.set(record, (index = records.length));
      records.push(record);
    }
    return index;
  };
  for (const list of lexicon.automaton.records) list?.forEach(indexOf);
  const firstWordsOf = (index: FuzzyIndex): SerializedFirstWord[] =>
    index.firstWords.flatMap((bucket) => bucket ?? []).map((word) => ({ word: word.word, entries: word.entries.map((entry) => indexOf(entry.record)) }));
  return {
    format: 2,
    records,
    fuzzy: { capitalized: firstWordsOf(lexicon.fuzzy.capitalized), lowercase: firstWordsOf(lexicon.fuzzy.lowercase) },
    cues: [...lexicon.cues],
    entityTypes: [...lexicon.entityTypes],
    aliasCount: lexicon.aliasCount,
  };
}

/** The exact step's automaton, built straight into typed arrays from the folded aliases. */
function automatonFrom(records: readonly AliasRecord[]): AliasAutomaton {
  const symbolOf = new Uint16Array(0x10000);
  let alphabetSize = 1;
  for (const record of records) {
    for (let index = 0; index < record.folded.length; index++) {
      const code = record.folded.charCodeAt(index);
      if (symbolOf[code] === 0) symbolOf[code] = alphabetSize++;
    }
  }
  let dense = new Int32Array(256 * alphabetSize);
  let denseStates = 256;
  const sparse: Map<number, number>[] = [];
  const recordsAt: (AliasRecord[] | null)[] = [null];
  for (const record of records) {
    let state = 0;
    for (let index = 0; index < record.folded.length; index++) {
      const symbol = symbolOf[record.folded.charCodeAt(index)]!;
      let next = state < denseStates ? dense[state * alphabetSize + symbol]! - 1 : (sparse[state - denseStates]!.get(symbol) ?? -1);
      if (next < 0) {
        next = recordsAt.length;
        recordsAt.push(null);
        // Dense rows double as needed, up to the same limit the compiler uses; later states are sparse.
        if (next >= denseStates && denseStates < DENSE_STATE_LIMIT && sparse.length === 0) {
          const grown = new Int32Array(Math.min(denseStates * 2, DENSE_STATE_LIMIT) * alphabetSize);
          grown.set(dense);
          dense = grown;
          denseStates = grown.length / alphabetSize;
        }
        if (next >= denseStates) sparse.push(new Map());
        if (state < denseStates) dense[state * alphabetSize + symbol] = next + 1;
        else sparse[state - denseStates]!.set(symbol, next);
      }
      state = next;
    }
    (recordsAt[state] ??= []).push(record);
  }
  return { symbolOf, alphabetSize, dense, denseStates, sparse, records: recordsAt };
}

/** What the build embeds for the content script. */
export const serializedLexiconFor = (entities: readonly MatchableEntity[]): SerializedLexicon => serializeLexicon(compileLexicon(entities));

function fuzzyIndexFrom(words: SerializedFirstWord[], records: AliasRecord[]): FuzzyIndex {
  const index: FuzzyIndex = { firstWords: [], openings: new Uint8Array(26 * 26), shortest: new Uint8Array(26 * 26).fill(255), longest: new Uint8Array(26 * 26) };
  for (const { word, entries } of words) {
    const first = word.charCodeAt(0);
    const second = word.charCodeAt(1);
    const pair = pairOf(first, second);
    index.openings[pair] = 1;
    index.shortest[pair] = Math.min(index.shortest[pair]!, word.length);
    index.longest[pair] = Math.max(index.longest[pair]!, word.length);
    const firstWord: FirstWord = {
      word,
      length: word.length,
      letters: letterMask(word),
      entries: entries.map((at) => {
        const record = records[at]!;
        const aliasWords = record.folded.split(' ');
        return { record, tokens: aliasWords.length, words: aliasWords };
      }),
    };
    (index.firstWords[bucketOf(first, second, word.length)] ??= []).push(firstWord);
  }
  return index;
}

export function hydrateLexicon(serialized: SerializedLexicon): CompiledLexicon {
  const { records } = serialized;
  return {
    automaton: automatonFrom(records),
    fuzzy: { capitalized: fuzzyIndexFrom(serialized.fuzzy.capitalized, records), lowercase: fuzzyIndexFrom(serialized.fuzzy.lowercase, records) },
    cues: new Map(serialized.cues),
    entityTypes: new Map(serialized.entityTypes),
    aliasCount: serialized.aliasCount,
  };
}
