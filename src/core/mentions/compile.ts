// Compiles the fact base's names once: a trie over every folded alias for the exact step, and a
// small index of the longer names for the fuzzy step. A lexicon (names, aliases, cues) goes in; a
// Matcher comes out.
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the engine reads typed arrays and tables at indices in bounds by construction, in its hottest loops; a check per read would cost speed (npm run bench) and add branches no input can reach */
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
  /** Written with a capital in the fact base, whatever the type: a name, or a place ("Sinaloa"). */
  properName: boolean;
  /** A person's one-word name ("Trump", "Kelly"): whoever else shares it must be told apart. */
  surname: boolean;
  /**
   * Whether it is read in text of any language: a name of several words is a name everywhere
   * ("Cártel de Sinaloa" in English, "Sinaloa Federation" in Spanish); a word ("cartel", "heroína")
   * only in its own language, or where the language is unknown.
   */
  anyLanguage: boolean;
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
/** Dense rows to start with; they double as the trie grows, up to DENSE_STATE_LIMIT. */
const INITIAL_DENSE_STATES = 64;

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
  let denseStates = INITIAL_DENSE_STATES;
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
  /** The last look-up that found this word: it is filed under up to three pairs and must be counted once. */
  seenBy: number;
}

/**
 * Names for the fuzzy step, found by their first word: bucketed by its first letter and length,
 * with a letter mask, so an ordinary word is turned away with a few integer comparisons.
 */
export interface FuzzyIndex {
  /**
   * bucketOf(a, b, length) → 1 + that bucket's place in `buckets`, or 0 for none. A first word of
   * five letters or more is filed under three pairs of its first three letters (1st+2nd, 1st+3rd,
   * 2nd+3rd), so one slip in any of them still finds it.
   */
  bucketAt: Uint16Array;
  /** First words that share their opening letters and length. Dense: a sparse array of 43,000 slots is a slow dictionary. */
  buckets: FirstWord[][];
  /** 1 for each pair of letters (pairOf) that some name's first word is filed under. */
  openings: Uint8Array;
  /**
   * For each pair, bit L set when a written word of L letters (up to 31) could be one of the first
   * words filed under it, misspelt (reachOf); longer words are always weighed.
   */
  reach: Uint32Array;
}

/**
 * One side of the fuzzy index (names that need a capital, or not): first words by their opening
 * pair of letters, and the longer ones also by the two other pairs of their first three letters
 * (`slips`), where one slip in the first or second letter leaves them.
 */
export interface FuzzySide {
  opening: FuzzyIndex;
  slips: FuzzyIndex;
  /** The shortest first word filed in `slips`, and the shortest written word looked up there. */
  slipLength: number;
}

const MAX_BUCKET_LENGTH = 63;
/** A bucket key is pair × BUCKET_STRIDE + length. */
export const BUCKET_STRIDE = MAX_BUCKET_LENGTH + 1;
/** The bucket of first words filed under a pair of letters (pairOf) with this length, or -1 for none. */
export function bucketOf(pair: number, length: number): number {
  if (pair < 0 || length < 1 || length > MAX_BUCKET_LENGTH) return -1;
  return pair * BUCKET_STRIDE + length;
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

export interface Matcher {
  /** Every alias, in the order the fact base gives them. */
  records: AliasRecord[];
  automaton: AliasAutomaton;
  /** Names that need a capital, and names that do not: a lowercase word only meets the second. */
  fuzzy: { capitalized: FuzzySide; lowercase: FuzzySide };
  /** The most words a name for the fuzzy step has. */
  longestFuzzyName: number;
  /** Folded cue words per entity, plus the generic cues of its type. */
  cues: Map<string, string[]>;
  entityTypes: Map<string, EntityType>;
  /** Each person's own first names, folded ("donald", "joe", "joseph"): before the surname they are no one else's. */
  givenNames: Map<string, Set<string>>;
  /** Each entity's aliases, folded: what an acronym's parenthesis must spell out to be ours. */
  aliasesOf: Map<string, string[]>;
  /** Aliases that begin a longer name of the fuzzy step: after one of them, a misspelling of the longer name is looked for. */
  extendable: Set<AliasRecord>;
}

/** Cues any entity of a type accepts. A person's title counts only where it stands (see TITLES). */
const TYPE_CUES: Partial<Record<EntityType, string[]>> = {
  // Cartel context, not drug context: "fentanyl" beside "Sinaloa" says nothing about which Sinaloa.
  cartel: ['cartel', 'cartels', 'cártel', 'cárteles', 'carteles'],
  organization: ['drug enforcement', 'agents', 'agentes', 'agency', 'agencia', 'administrator', 'narcotics', 'antidrogas'],
};

/** The shortest word a misspelling can be found in (inside a name of several words; alone a name needs six letters). */
export const FUZZY_MIN_LENGTH = 5;
/** A display name longer than this is a description ("A senior Biden administration official"), not something a page writes. */
const DISPLAY_NAME_MAX_WORDS = 4;

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
    properName: first !== first.toLowerCase(),
    surname: entity.type === 'person' && alias.caseSensitive !== true && !/\s/.test(folded),
    anyLanguage: !alias.lang || (first !== first.toLowerCase() && /\s/.test(folded)),
  };
}

// 16 bits per slot: there are at most 26 × 26 × 64 buckets, and four of these tables sit in every page's heap.
export const newFuzzyIndex = (): FuzzyIndex => ({ bucketAt: new Uint16Array(26 * 26 * BUCKET_STRIDE), buckets: [], openings: new Uint8Array(26 * 26), reach: new Uint32Array(26 * 26) });

/** Whether a name is long and plain enough for the fuzzy step: ambiguous and case-sensitive ones match exactly only. */
const fuzzyMatchable = (record: AliasRecord) => {
  if (record.ambiguous || record.caseSensitive || record.folded.replace(/ /g, '').length < FUZZY_MIN_LENGTH) return false;
  // A one-word name shorter than a misspelling of it may be ("Trump", "narcos") is never looked for.
  return record.folded.includes(' ') || record.folded.length >= (record.capitalized ? ONE_WORD_MIN.capitalized : ONE_WORD_MIN.lowercase);
};

/**
 * A first word this long is also filed under the other two pairs of its first three letters, so a
 * slip in its first or second letter still finds it: names of six letters or more, as typos in
 * shorter ones make other words too often. Written words as long are looked up the same way.
 */
export const SLIP_PAIRS_MIN_LENGTH = { capitalized: 6, lowercase: 7 } as const;

/**
 * The pairs of letters a first word is filed under: its first two, and for a word of at least
 * `slipLength` letters the other two pairs of its first three. Lowercase names are looked up by
 * every lowercase word of a page, so only their longer first words get the extra pairs.
 */
export function pairsOf(word: ArrayLike<number>, start: number, length: number, slipLength: number): number[] {
  const first = word[start]!;
  const second = word[start + 1] ?? 0;
  const pairs = [pairOf(first, second)];
  if (length >= slipLength) {
    const third = word[start + 2]!;
    for (const pair of [pairOf(first, third), pairOf(second, third)]) if (!pairs.includes(pair)) pairs.push(pair);
  }
  return pairs.filter((pair) => pair >= 0);
}

/** Most edits a name's first word may take and still be that name. */
export const FIRST_WORD_EDITS = 2;
/** Two slips in a short word make another word ("Kalo" is not "Kelly"): first words shorter than this get one. */
const LONG_WORD = 6;
export const editsAllowedIn = (word: FirstWord) => (word.length >= LONG_WORD ? FIRST_WORD_EDITS : 1);
/**
 * A name of one word needs this many letters in the page before a misspelling of it is looked for:
 * six for a capitalized name, seven for a lowercase one ("heroic" is not "heroin", "Carter" not "cartel").
 */
export const ONE_WORD_MIN = { capitalized: 6, lowercase: 7 } as const;
/** A slip in the first or second letter changes a word's length by one at most. */
export const SLIP_REACH = 1;

/** The lengths of written word that could be this first word misspelt: [shortest, longest]. */
function reachOf(word: FirstWord, side: 'capitalized' | 'lowercase', slip: boolean): [number, number] {
  if (slip) return [word.length - SLIP_REACH, word.length + SLIP_REACH];
  if (word.length < FUZZY_MIN_LENGTH) return [word.length, word.length];
  // Two edits in a first word seldom both add or drop a letter: a written word one letter shorter or longer is reached.
  const alone = word.entries.every((entry) => entry.words.length === 1);
  return [Math.max(word.length - 1, alone ? ONE_WORD_MIN[side] : FUZZY_MIN_LENGTH), word.length + 1];
}

/** Written lengths above this share the last bit of a reach mask. */
export const REACH_BITS = 31;

/** A first word filed in one index under one pair: what settling the index's reach reads. */
interface Filing {
  index: FuzzyIndex;
  pair: number;
  word: FirstWord;
  side: 'capitalized' | 'lowercase';
  slip: boolean;
}

/** Files a first word in one index under one pair of letters, and notes it for settleReach. */
function fileUnder(index: FuzzyIndex, pair: number, filed: FirstWord, filing: Omit<Filing, 'index' | 'pair' | 'word'>, filings: Filing[]): void {
  const bucketKey = bucketOf(pair, filed.length);
  if (bucketKey < 0) return;
  index.openings[pair] = 1;
  if (index.bucketAt[bucketKey] === 0) index.bucketAt[bucketKey] = index.buckets.push([]);
  index.buckets[index.bucketAt[bucketKey]! - 1]!.push(filed);
  filings.push({ index, pair, word: filed, ...filing });
}

/**
 * Once every name is filed: the written lengths each pair can be reached from. Read from the list
 * of filings rather than by visiting every pair and length, which on a page load (cold code) cost
 * milliseconds for a few hundred names.
 */
function settleReach(filings: readonly Filing[]): void {
  for (const { index, pair, word, side, slip } of filings) {
    const [shortest, longest] = reachOf(word, side, slip);
    for (let written = shortest; written <= longest; written++) index.reach[pair]! |= written > REACH_BITS ? 1 << REACH_BITS : 1 << written;
  }
}

/** Files a name under its first word: by letter pairs and length, grouped with names sharing that word. */
function addFuzzyName(side: FuzzySide, which: Filing['side'], record: AliasRecord, known: Map<string, FirstWord>, filings: Filing[]): void {
  const words = record.folded.split(' ');
  const firstWord = words[0]!;
  const entry = { record, words };
  const same = known.get(firstWord);
  if (same) {
    same.entries.push(entry);
    return;
  }
  const filed: FirstWord = { word: firstWord, length: firstWord.length, letters: letterMask(firstWord), entries: [entry], seenBy: 0 };
  known.set(firstWord, filed);
  const [opening, ...slips] = pairsOf(Array.from(firstWord, (letter) => letter.charCodeAt(0)), 0, firstWord.length, side.slipLength);
  if (opening !== undefined) fileUnder(side.opening, opening, filed, { side: which, slip: false }, filings);
  for (const pair of slips) fileUnder(side.slips, pair, filed, { side: which, slip: true }, filings);
}

/** Everything the matcher needs, from the alias records: what a start-up compile and a build-time compile share. */
/** `automaton`: the one the build already made for these records (serialize.ts); built here otherwise. */
export function assembleMatcher(records: AliasRecord[], cues: Map<string, string[]>, entityTypes: Map<string, EntityType>, automaton?: AliasAutomaton): Matcher {
  const side = (slipLength: number): FuzzySide => ({ opening: newFuzzyIndex(), slips: newFuzzyIndex(), slipLength });
  const fuzzy = { capitalized: side(SLIP_PAIRS_MIN_LENGTH.capitalized), lowercase: side(SLIP_PAIRS_MIN_LENGTH.lowercase) };
  const filed = { capitalized: new Map<string, FirstWord>(), lowercase: new Map<string, FirstWord>() };
  const filings: Filing[] = [];
  let longestFuzzyName = 1;
  const givenNames = new Map<string, Set<string>>();
  const aliasesOf = new Map<string, string[]>();
  for (const record of records) {
    if (fuzzyMatchable(record)) {
      // A proper name of a cartel, program or policy is written either way: it is filed on both sides.
      if (!record.capitalized) addFuzzyName(fuzzy.lowercase, 'lowercase', record, filed.lowercase, filings);
      if (record.capitalized || record.properName) addFuzzyName(fuzzy.capitalized, 'capitalized', record, filed.capitalized, filings);
      longestFuzzyName = Math.max(longestFuzzyName, record.folded.split(' ').length);
    }
    const words = record.folded.split(' ');
    if (record.type === 'person' && words.length > 1 && !record.caseSensitive) {
      const names = givenNames.get(record.entityId) ?? new Set<string>();
      for (const word of words.slice(0, -1)) if (word.length > 1) names.add(word);
      givenNames.set(record.entityId, names);
    }
    aliasesOf.set(record.entityId, [...(aliasesOf.get(record.entityId) ?? []), record.folded]);
  }
  settleReach(filings);
  // A name that begins a longer one the fuzzy step knows ("Luis Videgaray" in "Luis Videgaray Caso"):
  // after it matches exactly, a misspelt longer name may still start there.
  const namePrefixes = new Set<string>();
  for (const record of records) {
    if (!fuzzyMatchable(record)) continue;
    const words = record.folded.split(' ');
    for (let count = 1; count < words.length; count++) namePrefixes.add(words.slice(0, count).join(' '));
  }
  const extendable = new Set(records.filter((record) => namePrefixes.has(record.folded)));
  return { records, automaton: automaton ?? buildAutomaton(records), fuzzy, longestFuzzyName, cues, entityTypes, givenNames, aliasesOf, extendable };
}

export function compileMatcher(entities: readonly MatchableEntity[]): Matcher {
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
    // An entity's own names are no cue for it: "los cárteles … pegaron carteles" says nothing of the posters.
    const ownNames = new Set(entity.aliases.flatMap((alias) => [foldString(alias.text), `${foldString(alias.text)}s`, `${foldString(alias.text)}es`]));
    cues.set(entity.id, [...new Set([...(entity.cues ?? []), ...(TYPE_CUES[entity.type] ?? [])].map(foldString).filter((cue) => cue && !ownNames.has(cue)))]);
    // Display names count as aliases too, without a parenthetical such as "(DEA)".
    // A name spelled like a listed alias adds nothing, and must not undo that alias's ambiguity.
    const listed = new Set(entity.aliases.map((alias) => foldString(alias.text)));
    const names = [entity.name.en, entity.name.es]
      .map((name) => ({ text: name.replace(/\s*\([^)]*\)\s*$/, '').replace(/^"|"$/g, '') }))
      .filter((name) => !listed.has(foldString(name.text)) && name.text.split(/\s+/).length <= DISPLAY_NAME_MAX_WORDS);
    const seen = new Set<string>();
    for (const alias of [...entity.aliases, ...names]) {
      const record = recordFor(entity, alias, foldString);
      if (!record) continue;
      // Spelled alike in English and Spanish, an alias is kept once per language: plurals differ.
      // Spelled alike but for an accent, both are kept: the page's spelling chooses ("cártel", "cartel").
      const identity = `${record.text.toLowerCase()}|${record.caseSensitive}|${record.lang ?? ''}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      records.push(record);
    }
  }
  return assembleMatcher(records, cues, entityTypes);
}
