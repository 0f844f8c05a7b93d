// The fuzzy step: a word the exact step left unmatched may still be a misspelt name ("Tilerson",
// "fentanly", "Lopez Obrado"). Only words that could be a name (capitalized, or sharing a name's
// first two letters and nearly its length) are compared, by edit distance, with the few names of
// the same opening; each distinct word is weighed once and cached.
import type { Lang } from '../types';
import type { CompiledLexicon, FirstWord, FuzzyIndex } from './compile';
import { bucketOf, FUZZY_MIN_LENGTH, letterMask, pairOf } from './compile';
import type { Candidate } from './find';
import { firstLetterIsUpper, readFolded, spells, type FoldedText } from './fold';

const SPACE = 0x20;
/** Longest run of tokens a fuzzy candidate may have. */
const MAX_FUZZY_TOKENS = 4;

/** Words near a name that are spelled like it but mean something else. */
const FUZZY_STOPWORDS = new Set(['heroine', 'heroines', 'heroina', 'heroinas', 'secretary', 'secretaria', 'opinion', 'optional', 'cartelera', 'carteles', 'fentanyl', 'merida', 'mérida', 'garlands', 'barrel', 'barren']);

/** Three rows of the distance table, reused: names are short, and this runs for many words. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Damerau–Levenshtein distance from the folded text's codes[from, to) to `b`, giving up once it
 * must exceed `limit`. It reads the codes in place: building a string per word compared showed.
 */
function boundedEditDistance(codes: ArrayLike<number>, from: number, to: number, b: string, limit: number): number {
  const aLength = to - from;
  if (Math.abs(aLength - b.length) > limit) return limit + 1;
  if (b.length + 1 > rows[0]!.length) rows = rows.map(() => new Int32Array(b.length * 2 + 2));
  let [previousPrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= aLength; i++) {
    current[0] = i;
    let rowMin = i;
    const codeA = codes[from + i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = codeA === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && codeA === b.charCodeAt(j - 2) && codes[from + i - 2] === b.charCodeAt(j - 1)) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return previous[b.length]!;
}

/** The ends of the words from `word` on, for up to MAX_FUZZY_TOKENS words that single spaces join. */
function tokenEnds(folded: FoldedText, word: number): number[] {
  const { codes, wordStarts, wordEnds, wordCount } = folded;
  const ends = [wordEnds[word]!];
  for (let next = word + 1; next < wordCount && ends.length < MAX_FUZZY_TOKENS; next++) {
    const gap = wordEnds[next - 1]!;
    if (codes[gap] !== SPACE || wordStarts[next] !== gap + 1) break;
    ends.push(wordEnds[next]!);
  }
  return ends;
}

/** How many letters two letter masks do not share. */
function lettersApart(a: number, b: number): number {
  let bits = a ^ b;
  let count = 0;
  while (bits) {
    bits &= bits - 1;
    count++;
  }
  return count;
}

/** Most edits a name's first word may take and still be that name. */
const FIRST_WORD_EDITS = 2;

/** Two slips in a short word make another word ("Kalo" is not "Kelly"): short first words get one. */
const editsAllowedIn = (word: FirstWord) => (word.length >= 6 ? FIRST_WORD_EDITS : 1);

/**
 * First words of names within reach of the word at `start` (same opening letters, close in length
 * and letters), written into `into` from `count` on; returns the new count.
 */
function namesNear(index: FuzzyIndex, pair: number, folded: FoldedText, start: number, length: number, letters: number, into: FirstWord[], count: number): number {
  const first = folded.codes[start]!;
  const second = folded.codes[start + 1] ?? 0;
  const from = Math.max(-FIRST_WORD_EDITS, index.shortest[pair]! - length);
  const to = Math.min(FIRST_WORD_EDITS, index.longest[pair]! - length);
  for (let delta = from; delta <= to; delta++) {
    const key = bucketOf(first, second, length + delta);
    const place = key < 0 ? 0 : index.bucketAt[key]!;
    if (place === 0) continue;
    const bucket = index.buckets[place - 1]!;
    for (const word of bucket) {
      // A short word is never a slip (couldBeMisspelt): "was" only ever leads to a name that opens with "was".
      if (length < FUZZY_MIN_LENGTH || word.length < FUZZY_MIN_LENGTH) {
        if (delta === 0 && word.letters === letters && spells(folded, start, word.word)) into[count++] = word;
        continue;
      }
      // Within reach of editsAllowedIn(): one edit changes the length by at most one and the letters by at most two.
      const edits = editsAllowedIn(word);
      if ((delta < 0 ? -delta : delta) <= edits && lettersApart(word.letters, letters) <= edits + 1) into[count++] = word;
    }
  }
  return count;
}

/**
 * A misspelling sits in a long word and is not an ending: "drug was" is not "drug war",
 * "heroine" is not "heroin" plus a typo, and "States Department" is not "State Department".
 */
function couldBeMisspelt(folded: FoldedText, from: number, to: number, meant: string): boolean {
  const length = to - from;
  return length >= FUZZY_MIN_LENGTH && meant.length >= FUZZY_MIN_LENGTH && !(length > meant.length && spells(folded, from, meant));
}

/**
 * Edits from the written words (ending at `ends`, the first at `start`) to a name's words, word by
 * word; limit + 1 once past the limit or not a plausible slip.
 */
function wordEdits(folded: FoldedText, start: number, ends: readonly number[], meant: readonly string[], firstWordEdits: number, limit: number): number {
  let edits = 0;
  for (let index = 0; index < meant.length; index++) {
    const from = index === 0 ? start : ends[index - 1]! + 1;
    const to = ends[index]!;
    const target = meant[index]!;
    if (to - from === target.length && spells(folded, from, target)) continue;
    if (!couldBeMisspelt(folded, from, to, target)) return limit + 1;
    edits += index === 0 ? firstWordEdits : boundedEditDistance(folded.codes, from, to, target, limit - edits);
    if (edits > limit) return limit + 1;
  }
  return edits;
}

/** Reused for every word, with a count beside it: most words find no near name, and allocating or truncating for each one shows. */
const nearScratch: FirstWord[] = [];

/** Whether some name's first word opens with `pair` and is within an edit or two of `length` letters. */
const withinReach = (index: FuzzyIndex, pair: number, length: number) =>
  index.openings[pair] === 1 && index.shortest[pair]! - length <= FIRST_WORD_EDITS && length - index.longest[pair]! <= FIRST_WORD_EDITS;

/** The names' first words close enough to one written word, with the edits to each. */
interface NearNames {
  /** The folded word, and whether it was capitalized: together they decide what is near. */
  word: string;
  capitalized: boolean;
  firstWords: FirstWord[];
  edits: number[];
}

/**
 * Most words recur through a page and across pages, so each is weighed once per lexicon and kept in
 * a fixed-size cache: two slots per hash, the word used last in the first, the other dropped when
 * a third word needs room.
 */
const MEMO_SLOTS = 16_384;
const NONE: FirstWord[] = [];
const NO_EDITS: number[] = [];
const memos = new WeakMap<CompiledLexicon, (NearNames | undefined)[]>();

/** A hash of a folded word and its capital: the first of its two cache slots. */
function wordSlot(codes: Uint16Array, start: number, end: number, capitalized: boolean): number {
  let hash = capitalized ? 1 : 0;
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + codes[index]!) | 0;
  return (hash ^ (hash >>> 12)) & (MEMO_SLOTS - 2);
}

const isNearNamesOf = (known: NearNames | undefined, folded: FoldedText, start: number, wordEnd: number, capitalized: boolean): known is NearNames =>
  known !== undefined && known.capitalized === capitalized && known.word.length === wordEnd - start && spells(folded, start, known.word);

function nearNames(lexicon: CompiledLexicon, folded: FoldedText, start: number, wordEnd: number, pair: number, lowercaseNear: boolean, capitalized: boolean): NearNames {
  let memo = memos.get(lexicon);
  if (!memo) memos.set(lexicon, (memo = new Array<NearNames | undefined>(MEMO_SLOTS).fill(undefined)));
  const slot = wordSlot(folded.codes, start, wordEnd, capitalized);
  const first = memo[slot];
  if (isNearNamesOf(first, folded, start, wordEnd, capitalized)) return first;
  const second = memo[slot + 1];
  const found = isNearNamesOf(second, folded, start, wordEnd, capitalized) ? second : weighNearNames(lexicon, folded, start, wordEnd, pair, lowercaseNear, capitalized);
  memo[slot + 1] = first;
  memo[slot] = found;
  return found;
}

function weighNearNames(lexicon: CompiledLexicon, folded: FoldedText, start: number, wordEnd: number, pair: number, lowercaseNear: boolean, capitalized: boolean): NearNames {
  const { codes } = folded;
  const length = wordEnd - start;
  const word = readFolded(folded, start, wordEnd);
  const letters = letterMask(word);
  const near = nearScratch;
  let nearCount = 0;
  if (lowercaseNear) nearCount = namesNear(lexicon.fuzzy.lowercase, pair, folded, start, length, letters, near, nearCount);
  if (capitalized) nearCount = namesNear(lexicon.fuzzy.capitalized, pair, folded, start, length, letters, near, nearCount);
  // Most words have no name near them: they share one pair of empty lists, so the cache stays small.
  const found: NearNames = { word, capitalized, firstWords: NONE, edits: NO_EDITS };
  for (let index = 0; index < nearCount; index++) {
    const firstWord = near[index]!;
    // Names sharing a first word are weighed together: one far first word rules them all out.
    const limit = editsAllowedIn(firstWord);
    const distance = boundedEditDistance(codes, start, wordEnd, firstWord.word, limit);
    if (distance > limit) continue;
    if (found.firstWords === NONE) (found.firstWords = []), (found.edits = []);
    found.firstWords.push(firstWord);
    found.edits.push(distance);
  }
  return found;
}

export function fuzzyAt(text: string, folded: FoldedText, lexicon: CompiledLexicon, word: number, docLang: Lang | null): Candidate | null {
  const { codes } = folded;
  const start = folded.wordStarts[word]!;
  // Most words open with two letters no name opens with, or are far shorter or longer: turned away before any other work.
  const pair = pairOf(codes[start]!, codes[start + 1] ?? 0);
  if (pair < 0) return null;
  const wordEnd = folded.wordEnds[word]!;
  const length = wordEnd - start;
  const { lowercase, capitalized: capitalizedIndex } = lexicon.fuzzy;
  // Most words are lowercase, and only the few lowercase names (drugs, programs) can match them.
  const lowercaseNear = withinReach(lowercase, pair, length);
  const capitalized = withinReach(capitalizedIndex, pair, length) && firstLetterIsUpper(text, folded, start);
  if (!lowercaseNear && !capitalized) return null;
  const near = nearNames(lexicon, folded, start, wordEnd, pair, lowercaseNear, capitalized);
  if (near.firstWords.length === 0) return null;
  const ends = tokenEnds(folded, word);
  let best: Candidate | null = null;
  for (let nearIndex = 0; nearIndex < near.firstWords.length; nearIndex++) {
    const firstWord = near.firstWords[nearIndex]!;
    const firstWordEdits = near.edits[nearIndex]!;
    for (const { record, words } of firstWord.entries) {
      const tokens = words.length;
      const end = ends[tokens - 1];
      if (end === undefined) continue;
      const length = end - start;
      // One short common word is too likely to be another word ("heroic" is not "heroin", "Carter" is not "cartel").
      if (length < (tokens === 1 && !record.capitalized ? 7 : FUZZY_MIN_LENGTH)) continue;
      if (record.lang && docLang && record.lang !== docLang) continue;
      const limit = record.folded.length >= 9 ? 2 : 1;
      if (Math.abs(length - record.folded.length) > limit) continue;
      const distance = wordEdits(folded, start, ends, words, firstWordEdits, limit);
      if (distance === 0 || distance > limit) continue;
      if (tokens === 1 && FUZZY_STOPWORDS.has(readFolded(folded, start, end))) continue;
      const score = 1 - distance / record.folded.length;
      if (!best || score > best.score || (score === best.score && end > best.end)) best = { start, end, record, fuzzy: true, score };
    }
  }
  return best;
}
