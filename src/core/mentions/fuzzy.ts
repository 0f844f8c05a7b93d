// The fuzzy step: a word the exact step left unmatched may still be a misspelt name ("Tilerson",
// "fentanly", "Lopez Obrado"). Only words that could be a name (capitalized, or sharing two of a
// name's first three letters and nearly its length) are compared, by edit distance, with the few
// names filed under the same letters; each distinct word is weighed once and cached.
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the engine reads typed arrays and tables at indices in bounds by construction, in its hottest loops; a check per read would cost speed (npm run bench) and add branches no input can reach */
import type { Lang } from '../types';
import type { Candidate } from './candidate';
import type { FirstWord, FuzzyIndex, FuzzySide, Matcher } from './compile';
import { bucketOf, editsAllowedIn, FIRST_WORD_EDITS, FUZZY_MIN_LENGTH, letterMask, ONE_WORD_MIN, pairOf, pairsOf, REACH_BITS, SLIP_REACH } from './compile';
import { firstLetterIsUpper, readFolded, spells, type FoldedText } from './fold';

const SPACE = 0x20;

/** Words a vowel away from a name in the other language: English "heroine" is not Spanish "heroína". */
const NOT_MISSPELT = new Set(['heroine', 'heroines']);

/**
 * What a changed letter costs. Real slips hit a neighbouring key ("Tollerson") or swap one vowel
 * for another ("fintanyl"): those cost one edit. Any other change costs two, so that an ordinary
 * word a letter away from a name ("Blinker", "Bidet") is not read as the name.
 */
const QWERTY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const ROW_SHIFT = [0, 0.25, 0.75];
const VOWELS = 'aeiou';
const SLIP = 1;
const OTHER_CHANGE = 2;
const CHANGE_COST = new Uint8Array(128 * 128).fill(OTHER_CHANGE);
/** 1 where two keys are neighbours. */
const NEIGHBOURS = new Uint8Array(128 * 128);
{
  const place = new Map<string, [number, number]>();
  QWERTY_ROWS.forEach((row, y) => [...row].forEach((key, x) => place.set(key, [x + ROW_SHIFT[y]!, y])));
  for (const [a, [ax, ay]] of place) {
    for (const [b, [bx, by]] of place) {
      const neighbours = Math.abs(ay - by) <= 1 && Math.abs(ax - bx) <= 1 && a !== b;
      if (neighbours) NEIGHBOURS[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = 1;
      if (neighbours || (VOWELS.includes(a) && VOWELS.includes(b))) CHANGE_COST[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = SLIP;
    }
  }
}
const changeCost = (a: number, b: number) => (a === b ? 0 : a < 128 && b < 128 ? CHANGE_COST[a * 128 + b]! : OTHER_CHANGE);
/** A letter typed twice, or a neighbouring key hit with it. */
const isSlipBeside = (letter: number, neighbour: number | undefined) =>
  neighbour !== undefined && (letter === neighbour || (letter < 128 && neighbour < 128 && NEIGHBOURS[letter * 128 + neighbour] === 1));
/** What the page's letter at `at` costs when the name has no letter there. */
function extraLetter(codes: ArrayLike<number>, from: number, to: number, at: number): number {
  const letter = codes[at]!;
  return isSlipBeside(letter, at > from ? codes[at - 1] : undefined) || isSlipBeside(letter, at + 1 < to ? codes[at + 1] : undefined) ? SLIP : OTHER_CHANGE;
}

/** Three rows of the distance table, reused: names are short, and this runs for many words. Not reentrant. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Damerau–Levenshtein distance from the folded text's codes[from, to) to `b`, giving up once it
 * must exceed `limit`. Weighted, a changed letter costs what CHANGE_COST says; unweighted, one.
 * It reads the codes in place: building a string per word compared showed.
 */
function boundedEditDistance(codes: ArrayLike<number>, from: number, to: number, b: string, limit: number, weighted = true): number {
  const aLength = to - from;
  if (Math.abs(aLength - b.length) > limit) return limit + 1;
  if (b.length + 1 > rows[0]!.length) rows = rows.map(() => new Int32Array(b.length * 2 + 2));
  let [previousPrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= aLength; i++) {
    current[0] = i;
    let rowMin = i;
    const codeA = codes[from + i - 1]!;
    // A letter the page has and the name has not: a doubled key or a neighbour's slip costs one edit,
    // any other letter two ("cuartel" is not "cartel").
    const extraLetterCost = weighted ? extraLetter(codes, from, to, from + i - 1) : 1;
    for (let j = 1; j <= b.length; j++) {
      const codeB = b.charCodeAt(j - 1);
      const cost = codeA === codeB ? 0 : weighted ? changeCost(codeA, codeB) : 1;
      let value = Math.min(previous[j]! + extraLetterCost, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && codeA === b.charCodeAt(j - 2) && codes[from + i - 2] === codeB) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return previous[b.length]!;
}

/** The ends of the words from `word` on, for up to `most` words that single spaces join. */
function tokenEnds(folded: FoldedText, word: number, most: number): number[] {
  const { codes, wordStarts, wordEnds, wordCount } = folded;
  const ends = [wordEnds[word]!];
  for (let next = word + 1; next < wordCount && ends.length < most; next++) {
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

/** A whole name of this many letters or more may take two edits; a shorter one, one. */
const LONG_NAME = 9;
/** A word that is a name cut short by this many letters is a different word ("Tillers"), not a slip. */
const TRUNCATION = 2;

/** One written word, as the look-up for names near it sees it. */
interface WordAt {
  folded: FoldedText;
  start: number;
  end: number;
  length: number;
}

/** Counts look-ups, so a first word filed under several pairs is collected once per look-up. */
let lookups = 0;

/**
 * First words of names within reach of `word` (filed under one of its letter pairs, close in
 * length and letters), written into `into` from `count` on; returns the new count.
 */
function namesNear(index: FuzzyIndex, pairs: readonly number[], reach: number, word: WordAt, letters: number, into: FirstWord[], count: number): number {
  const { folded, start, length } = word;
  for (const pair of pairs) {
    if (!withinReach(index, pair, length)) continue;
    for (let delta = -reach; delta <= reach; delta++) {
      const key = bucketOf(pair, length + delta);
      const place = key < 0 ? 0 : index.bucketAt[key]!;
      if (place === 0) continue;
      for (const firstWord of index.buckets[place - 1]!) {
        if (firstWord.seenBy === lookups) continue;
        // A short word is never a slip (couldBeMisspelt): "was" only ever leads to a name that opens with "was".
        if (length < FUZZY_MIN_LENGTH || firstWord.length < FUZZY_MIN_LENGTH) {
          if (delta === 0 && firstWord.letters === letters && spells(folded, start, firstWord.word)) (firstWord.seenBy = lookups), (into[count++] = firstWord);
          continue;
        }
        // Within reach of editsAllowedIn(): one edit changes the length by at most one and the letters by at most two.
        const edits = editsAllowedIn(firstWord);
        if ((delta < 0 ? -delta : delta) <= edits && lettersApart(firstWord.letters, letters) <= edits + 1) (firstWord.seenBy = lookups), (into[count++] = firstWord);
      }
    }
  }
  return count;
}

/**
 * A misspelling sits in a long word and is neither an ending nor a name cut short: "drug was" is
 * not "drug war", "heroine" is not "heroin" plus a typo, "States Department" is not "State
 * Department", and "Tillers" is not "Tillerson".
 */
function couldBeMisspelt(folded: FoldedText, from: number, to: number, meant: string): boolean {
  const length = to - from;
  if (length < FUZZY_MIN_LENGTH || meant.length < FUZZY_MIN_LENGTH) return false;
  // A doubled last letter is a slip ("Cartell"); any other letter after the name makes another word.
  if (length > meant.length && spells(folded, from, meant)) return length === meant.length + 1 && folded.codes[to - 1] === folded.codes[to - 2];
  return !(length <= meant.length - TRUNCATION && spells(folded, from, meant.slice(0, length)));
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

/** Letters changed between the written words and the name, each counted once: what the reader is told. */
function plainEdits(folded: FoldedText, start: number, ends: readonly number[], meant: readonly string[]): number {
  let edits = 0;
  meant.forEach((target, index) => {
    const from = index === 0 ? start : ends[index - 1]! + 1;
    edits += boundedEditDistance(folded.codes, from, ends[index]!, target, target.length, false);
  });
  return edits;
}

/** A capitalized name's words keep their capitals in the page: "Luis Videgaray cayó" is not "Luis Videgaray Caso". */
function capitalsKept(text: string, folded: FoldedText, start: number, ends: readonly number[], record: Candidate['record']): boolean {
  const written = record.text.split(/[\s-]+/);
  for (let index = 1; index < written.length && index < ends.length; index++) {
    const first = written[index]![0] ?? '';
    if (first !== first.toUpperCase() || first === first.toLowerCase()) continue;
    if (!firstLetterIsUpper(text, folded, ends[index - 1]! + 1)) return false;
  }
  return true;
}

/** Reused for every word, with a count beside it: most words find no near name, and allocating or truncating for each one shows. */
const nearScratch: FirstWord[] = [];

/** Whether a written word of `length` letters could be one of the first words filed under `pair`, misspelt. */
const withinReach = (index: FuzzyIndex, pair: number, length: number) => pair >= 0 && (index.reach[pair]! & (length > REACH_BITS ? 1 << REACH_BITS : 1 << length)) !== 0;

/** The names' first words close enough to one written word, with the edits to each. */
interface NearNames {
  /** The folded word, and whether it was capitalized: together they decide what is near. */
  word: string;
  capitalized: boolean;
  firstWords: FirstWord[];
  edits: number[];
}

/**
 * Most words recur through a page and across pages, so each is weighed once per matcher and kept in
 * a fixed-size cache: two slots per hash, the word used last in the first, the other dropped when
 * a third word needs room.
 */
const MEMO_SLOTS = 16_384;
const NONE: FirstWord[] = [];
const NO_EDITS: number[] = [];
const NO_NEAR_NAMES: NearNames = { word: '', capitalized: false, firstWords: NONE, edits: NO_EDITS };
const memos = new WeakMap<Matcher, (NearNames | undefined)[]>();

/** A hash of a folded word and its capital: the first of its two cache slots, always even. */
function wordSlot(codes: Uint16Array, start: number, end: number, capitalized: boolean): number {
  let hash = capitalized ? 1 : 0;
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + codes[index]!) | 0;
  // MEMO_SLOTS - 2 masks off the lowest bit: slot and slot + 1 are the word's two ways.
  return (hash ^ (hash >>> 12)) & (MEMO_SLOTS - 2);
}

const isNearNamesOf = (known: NearNames | undefined, word: WordAt, capitalized: boolean): known is NearNames =>
  known !== undefined && known.capitalized === capitalized && known.word.length === word.length && spells(word.folded, word.start, known.word);

function nearNames(matcher: Matcher, word: WordAt, lowercaseNear: boolean, capitalized: boolean): NearNames {
  let memo = memos.get(matcher);
  if (!memo) memos.set(matcher, (memo = new Array<NearNames | undefined>(MEMO_SLOTS).fill(undefined)));
  const slot = wordSlot(word.folded.codes, word.start, word.end, capitalized);
  const first = memo[slot];
  if (isNearNamesOf(first, word, capitalized)) return first;
  const second = memo[slot + 1];
  const found = isNearNamesOf(second, word, capitalized) ? second : weighNearNames(matcher, word, lowercaseNear, capitalized);
  memo[slot + 1] = first;
  memo[slot] = found;
  return found;
}

/** A short word only ever starts a name whose first word it spells exactly ("war on drugs"): found without the cache. */
function shortNearNames(matcher: Matcher, word: WordAt, lowercaseNear: boolean, capitalized: boolean): NearNames | typeof NO_NEAR_NAMES {
  const { folded, start, length } = word;
  const key = bucketOf(pairOf(folded.codes[start]!, folded.codes[start + 1]!), length);
  if (key < 0) return NO_NEAR_NAMES;
  let found: FirstWord[] = NONE;
  for (const side of [lowercaseNear ? matcher.fuzzy.lowercase : null, capitalized ? matcher.fuzzy.capitalized : null]) {
    const place = side ? side.opening.bucketAt[key]! : 0;
    if (place === 0) continue;
    for (const firstWord of side!.opening.buckets[place - 1]!) {
      if (firstWord.length === length && spells(folded, start, firstWord.word) && !found.includes(firstWord)) found = found === NONE ? [firstWord] : [...found, firstWord];
    }
  }
  return found === NONE ? NO_NEAR_NAMES : { word: '', capitalized, firstWords: found, edits: found.map(() => 0) };
}

function weighNearNames(matcher: Matcher, word: WordAt, lowercaseNear: boolean, capitalized: boolean): NearNames {
  const { folded, start, end } = word;
  const written = readFolded(folded, start, end);
  const letters = letterMask(written);
  const near = nearScratch;
  let nearCount = 0;
  lookups++;
  const lookUp = (side: FuzzySide) => {
    const pairs = pairsOf(folded.codes, start, word.length, side.slipLength - SLIP_REACH);
    nearCount = namesNear(side.opening, pairs.slice(0, 1), FIRST_WORD_EDITS, word, letters, near, nearCount);
    if (pairs.length > 1) {
      nearCount = namesNear(side.opening, pairs.slice(1), SLIP_REACH, word, letters, near, nearCount);
      nearCount = namesNear(side.slips, pairs, SLIP_REACH, word, letters, near, nearCount);
    }
  };
  if (lowercaseNear) lookUp(matcher.fuzzy.lowercase);
  if (capitalized) lookUp(matcher.fuzzy.capitalized);
  // Most words have no name near them: they share one pair of empty lists, so the cache stays small.
  const found: NearNames = { word: written, capitalized, firstWords: NONE, edits: NO_EDITS };
  for (let index = 0; index < nearCount; index++) {
    const firstWord = near[index]!;
    // Names sharing a first word are weighed together: one far first word rules them all out.
    const limit = editsAllowedIn(firstWord);
    const distance = boundedEditDistance(folded.codes, start, end, firstWord.word, limit);
    if (distance > limit) continue;
    if (found.firstWords === NONE) (found.firstWords = []), (found.edits = []);
    found.firstWords.push(firstWord);
    found.edits.push(distance);
  }
  return found;
}

/**
 * Whether a word could lead to some name's first word: its opening pair among the names' opening
 * pairs (within two letters of length), or, for a word long enough, any of its three pairs among
 * any of the names' pairs (within one letter: a single slip). One slip in the first three letters
 * always leaves one pair of the name's three in the word's three.
 */
function anyWithinReach(side: FuzzySide, codes: Uint16Array, start: number, length: number): boolean {
  const first = codes[start]!;
  const second = codes[start + 1]!;
  const opening = pairOf(first, second);
  if (withinReach(side.opening, opening, length)) return true;
  if (length < side.slipLength - SLIP_REACH) return false;
  const third = codes[start + 2]!;
  const skipSecond = pairOf(first, third);
  const skipFirst = pairOf(second, third);
  return (
    withinReach(side.slips, opening, length) ||
    withinReach(side.opening, skipSecond, length) ||
    withinReach(side.slips, skipSecond, length) ||
    withinReach(side.opening, skipFirst, length) ||
    withinReach(side.slips, skipFirst, length)
  );
}

/** The closest name that the words from `word` on misspell, or null. `lang` is the block's language, when known. */
export function fuzzyAt(text: string, folded: FoldedText, matcher: Matcher, word: number, lang: Lang | null): Candidate | null {
  const start = folded.wordStarts[word]!;
  const end = folded.wordEnds[word]!;
  const length = end - start;
  if (length < 2) return null;
  const { lowercase, capitalized: capitalizedIndex } = matcher.fuzzy;
  // Most words are lowercase, and only the few lowercase names (drugs, programs) can match them.
  // Most words also have letters no name is filed under, or are far shorter or longer: turned away here.
  const lowercaseNear = anyWithinReach(lowercase, folded.codes, start, length);
  const capitalized = firstLetterIsUpper(text, folded, start) && anyWithinReach(capitalizedIndex, folded.codes, start, length);
  if (!lowercaseNear && !capitalized) return null;
  const at: WordAt = { folded, start, end, length };
  const near = length < FUZZY_MIN_LENGTH ? shortNearNames(matcher, at, lowercaseNear, capitalized) : nearNames(matcher, at, lowercaseNear, capitalized);
  if (near.firstWords.length === 0) return null;
  const ends = tokenEnds(folded, word, matcher.longestFuzzyName);
  let best: Candidate | null = null;
  for (let nearIndex = 0; nearIndex < near.firstWords.length; nearIndex++) {
    const firstWord = near.firstWords[nearIndex]!;
    const firstWordEdits = near.edits[nearIndex]!;
    for (const { record, words } of firstWord.entries) {
      const tokens = words.length;
      const nameEnd = ends[tokens - 1];
      if (nameEnd === undefined) continue;
      const written = nameEnd - start;
      if (tokens === 1 && written < (record.capitalized ? ONE_WORD_MIN.capitalized : ONE_WORD_MIN.lowercase)) continue;
      if (!record.anyLanguage && lang && record.lang !== lang) continue;
      const limit = record.folded.length >= LONG_NAME ? 2 : 1;
      if (Math.abs(written - record.folded.length) > limit) continue;
      const distance = wordEdits(folded, start, ends, words, firstWordEdits, limit);
      if (distance === 0 || distance > limit) continue;
      if (record.capitalized && !capitalsKept(text, folded, start, ends, record)) continue;
      if (tokens === 1 && NOT_MISSPELT.has(readFolded(folded, start, nameEnd))) continue;
      const score = 1 - distance / record.folded.length;
      if (!best || score > best.score || (score === best.score && nameEnd > best.end)) best = { start, end: nameEnd, record, fuzzy: true, score, edits: 0 };
    }
  }
  if (best) best.edits = plainEdits(folded, start, ends, best.record.folded.split(' '));
  return best;
}
