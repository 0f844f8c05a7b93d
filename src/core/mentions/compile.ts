// Compiles the fact base's names once: a trie over every folded alias for the exact step, and a
// small index of the longer names for the fuzzy step.
import type { Alias, Entity, EntityType, Lang } from '../types';
import { foldString as foldStringOnce } from './fold';

export type MatchableEntity = Pick<Entity, 'id' | 'type' | 'name' | 'aliases' | 'cues'>;

export interface AliasRecord {
  entityId: string;
  type: EntityType;
  /** The alias as written in the fact base. */
  text: string;
  folded: string;
  lang: Lang | undefined;
  ambiguous: boolean;
  caseSensitive: boolean;
  /** Proper names must start with a capital in the page too ("Graham", not "graham crackers"). */
  capitalized: boolean;
}

/**
 * The alias trie, flattened for the exact step's inner loop. Characters map to a small alphabet;
 * the shallow states (where nearly every word ends its walk) are dense rows of an Int32Array, and
 * the deep ones, which only real names reach, keep sparse maps so 25,000 aliases stay small.
 */
export interface AliasAutomaton {
  /** Folded code → symbol (1…alphabetSize-1); 0 for a character no alias has. */
  symbolOf: Uint16Array;
  alphabetSize: number;
  /** States 0…denseStates-1: next state + 1 at [state * alphabetSize + symbol], 0 for none. */
  dense: Int32Array;
  denseStates: number;
  /** States from denseStates on: symbol → next state. */
  sparse: Map<number, number>[];
  /** The aliases that end at each state. */
  records: (AliasRecord[] | null)[];
}

/** Dense rows for at most this many states: 4,096 × a ~40-letter alphabet is ~650 KB at most. */
const DENSE_STATE_LIMIT = 4096;

/**
 * Builds the automaton one depth at a time, so state numbers grow with depth and the shallow
 * states, where nearly every walk ends, get the dense rows. At each state the aliases ending
 * there keep the order of `records`.
 */
export function buildAutomaton(records: readonly AliasRecord[]): AliasAutomaton {
  const symbolOf = new Uint16Array(0x10000);
  let alphabetSize = 1;
  let longest = 0;
  for (const { folded } of records) {
    longest = Math.max(longest, folded.length);
    for (let index = 0; index < folded.length; index++) {
      const code = folded.charCodeAt(index);
      if (symbolOf[code] === 0) symbolOf[code] = alphabetSize++;
    }
  }
  let denseStates = Math.min(64, DENSE_STATE_LIMIT);
  let dense = new Int32Array(denseStates * alphabetSize);
  const sparse: Map<number, number>[] = [];
  const recordsAt: (AliasRecord[] | null)[] = [null];
  /** Where each alias's walk has reached. */
  const reached = new Int32Array(records.length);
  for (let depth = 0; depth < longest; depth++) {
    records.forEach((record, at) => {
      if (depth >= record.folded.length) return;
      const state = reached[at]!;
      const symbol = symbolOf[record.folded.charCodeAt(depth)]!;
      let next = state < denseStates ? dense[state * alphabetSize + symbol]! - 1 : (sparse[state - denseStates]!.get(symbol) ?? -1);
      if (next < 0) {
        next = recordsAt.length;
        recordsAt.push(null);
        // Dense rows double as needed up to the limit; every later (deeper) state is sparse.
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
      reached[at] = next;
      if (depth + 1 === record.folded.length) (recordsAt[next] ??= []).push(record);
    });
  }
  return { symbolOf, alphabetSize, dense, denseStates, sparse, records: recordsAt };
}

export interface FuzzyEntry {
  record: AliasRecord;
  /** The folded alias, word by word. */
  words: string[];
}

/** A name's first word, as the fuzzy step's cheap filter sees it. */
export interface FirstWord {
  word: string;
  length: number;
  /** Which letters a–z the word contains, one bit each. */
  letters: number;
  entries: FuzzyEntry[];
}

/**
 * Names for the fuzzy step, found by their first word: bucketed by its first letter and length,
 * with a letter mask, so an ordinary word is turned away with a few integer comparisons.
 */
export interface FuzzyIndex {
  /** bucketOf(first letter, second letter, length) → 1 + that bucket's place in `buckets`, or 0 for none. */
  bucketAt: Int32Array;
  /** First words that share their opening letters and length. Dense: a sparse array of 43,000 slots is a slow dictionary. */
  buckets: FirstWord[][];
  /** 1 for each opening pair of letters (pairOf) that some name's first word has. */
  openings: Uint8Array;
  /** The shortest and longest first word for each opening pair. */
  shortest: Uint8Array;
  longest: Uint8Array;
}

const MAX_BUCKET_LENGTH = 63;
/** The bucket of a word by its first two letters (a–z) and length, or -1 for any other word. */
export function bucketOf(first: number, second: number, length: number): number {
  if (first < 0x61 || first > 0x7a || second < 0x61 || second > 0x7a || length < 1 || length > MAX_BUCKET_LENGTH) return -1;
  return ((first - 0x61) * 26 + (second - 0x61)) * (MAX_BUCKET_LENGTH + 1) + length;
}

/** The index of a word's first two letters a–z, or -1. */
export function pairOf(first: number, second: number): number {
  if (first < 0x61 || first > 0x7a || second < 0x61 || second > 0x7a) return -1;
  return (first - 0x61) * 26 + (second - 0x61);
}

export function letterMask(text: string): number {
  let mask = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) mask |= 1 << (code - 0x61);
  }
  return mask;
}

export interface CompiledLexicon {
  /** Every alias, in the order the fact base gives them. */
  records: AliasRecord[];
  automaton: AliasAutomaton;
  /** Names that need a capital, and names that do not: a lowercase word only meets the second. */
  fuzzy: { capitalized: FuzzyIndex; lowercase: FuzzyIndex };
  /** Folded cue words per entity, plus the generic cues of its type. */
  cues: Map<string, string[]>;
  entityTypes: Map<string, EntityType>;
}

/** Cues any entity of a type accepts, in English and Spanish. */
const TYPE_CUES: Partial<Record<EntityType, string[]>> = {
  cartel: ['cartel', 'cartels', 'cártel', 'cárteles', 'narco', 'trafficking', 'traffickers', 'narcotraficantes', 'fentanyl', 'fentanilo'],
  person: ['secretary', 'secretario', 'secretaria', 'president', 'presidente', 'senator', 'sen.', 'senador', 'attorney general', 'fiscal general', 'administrator', 'ambassador', 'embajador', 'minister', 'ministro', 'spokesperson', 'spokesman', 'portavoz', 'said', 'dijo', 'told', 'official'],
  organization: ['drug enforcement', 'agents', 'agentes', 'agency', 'agencia', 'administrator', 'narcotics', 'antidrogas'],
};

export const FUZZY_MIN_LENGTH = 5;

function recordFor(entity: MatchableEntity, alias: Alias, foldString: (text: string) => string): AliasRecord | null {
  const folded = foldString(alias.text);
  if (!folded) return null;
  const first = alias.text.trim()[0] ?? '';
  return {
    entityId: entity.id,
    type: entity.type,
    text: alias.text,
    folded,
    lang: alias.lang,
    ambiguous: alias.ambiguous === true,
    caseSensitive: alias.caseSensitive === true,
    // Proper names of people and organizations need a capital; "war on drugs" does not.
    capitalized: (entity.type === 'person' || entity.type === 'organization') && first !== first.toLowerCase(),
  };
}

const newFuzzyIndex = (): FuzzyIndex => ({ bucketAt: new Int32Array(26 * 26 * (MAX_BUCKET_LENGTH + 1)), buckets: [], openings: new Uint8Array(26 * 26), shortest: new Uint8Array(26 * 26).fill(255), longest: new Uint8Array(26 * 26) });

/** Whether a name is long and plain enough for the fuzzy step: ambiguous and case-sensitive ones match exactly only. */
const fuzzyMatchable = (record: AliasRecord) => !record.ambiguous && !record.caseSensitive && record.folded.replace(/ /g, '').length >= FUZZY_MIN_LENGTH;

/** Files a name under its first word: by opening letters and length, grouped with names sharing that word. */
function addFuzzyName(index: FuzzyIndex, record: AliasRecord): void {
  const words = record.folded.split(' ');
  const firstWord = words[0]!;
  const first = firstWord.charCodeAt(0);
  const second = firstWord.charCodeAt(1);
  const bucketKey = bucketOf(first, second, firstWord.length);
  if (bucketKey < 0) return;
  const pair = pairOf(first, second);
  index.openings[pair] = 1;
  index.shortest[pair] = Math.min(index.shortest[pair]!, firstWord.length);
  index.longest[pair] = Math.max(index.longest[pair]!, firstWord.length);
  if (index.bucketAt[bucketKey] === 0) index.bucketAt[bucketKey] = index.buckets.push([]);
  const bucket = index.buckets[index.bucketAt[bucketKey]! - 1]!;
  const entry = { record, words };
  const same = bucket.find((word) => word.word === firstWord);
  if (same) same.entries.push(entry);
  else bucket.push({ word: firstWord, length: firstWord.length, letters: letterMask(firstWord), entries: [entry] });
}

/** Everything the matcher needs, from the alias records: what a start-up compile and a build-time compile share. */
export function assembleLexicon(records: AliasRecord[], cues: Map<string, string[]>, entityTypes: Map<string, EntityType>): CompiledLexicon {
  const fuzzy = { capitalized: newFuzzyIndex(), lowercase: newFuzzyIndex() };
  for (const record of records) if (fuzzyMatchable(record)) addFuzzyName(record.capitalized ? fuzzy.capitalized : fuzzy.lowercase, record);
  return { records, automaton: buildAutomaton(records), fuzzy, cues, entityTypes };
}

export function compileLexicon(entities: readonly MatchableEntity[]): CompiledLexicon {
  // The same cue words and names come up again and again; folding each once keeps start-up short.
  const foldedOnce = new Map<string, string>();
  const foldString = (text: string) => {
    let folded = foldedOnce.get(text);
    if (folded === undefined) foldedOnce.set(text, (folded = foldStringOnce(text)));
    return folded;
  };
  const records: AliasRecord[] = [];
  const cues = new Map<string, string[]>();
  const entityTypes = new Map<string, EntityType>();
  for (const entity of entities) {
    entityTypes.set(entity.id, entity.type);
    cues.set(entity.id, [...new Set([...(entity.cues ?? []), ...(TYPE_CUES[entity.type] ?? [])].map(foldString).filter(Boolean))]);
    // Display names count as aliases too, without a parenthetical such as "(DEA)".
    // A name spelled like a listed alias adds nothing, and must not undo that alias's ambiguity.
    const listed = new Set(entity.aliases.map((alias) => foldString(alias.text)));
    const names = [entity.name.en, entity.name.es]
      .map((name) => ({ text: name.replace(/\s*\([^)]*\)\s*$/, '').replace(/^"|"$/g, '') }))
      .filter((name) => !listed.has(foldString(name.text)) && name.text.split(/\s+/).length <= 4);
    const seen = new Set<string>();
    for (const alias of [...entity.aliases, ...names]) {
      const record = recordFor(entity, alias, foldString);
      if (!record) continue;
      // Spelled alike in English and Spanish, an alias is kept once per language: plurals differ.
      const identity = `${record.folded}|${record.caseSensitive}|${record.lang ?? ''}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      records.push(record);
    }
  }
  return assembleLexicon(records, cues, entityTypes);
}
