// findMentions: every mention of a fact-base entity in a text, in one pass over the folded text.
// Exact step: from each word start, walk the alias trie as far as the text allows and keep the
// longest alias that ends on a word boundary. Fuzzy step: only words left unmatched that could
// be a name (capitalized, or sharing a name's first two letters) are compared, by edit distance,
// with the few names of the same length and opening. Ambiguous aliases then need context.
import type { EntityType, Lang, Mention } from '../types';
import type { AliasRecord, CompiledLexicon, FirstWord, FuzzyIndex } from './compile';
import { bucketOf, FUZZY_MIN_LENGTH, pairOf } from './compile';
import { foldText, isWordCode, type FoldedText } from './fold';

export interface DocumentContext {
  /** Entities already named unambiguously in this document (earlier chunks included). */
  seen: Set<string>;
  /** Entities whose short name this document gives to someone else ("Julie Graham"): its bare "Graham" is hers. */
  namedOtherwise: Set<string>;
  /** The document's language, once it is known. */
  lang: Lang | null;
  /** Whether enough text has been read to stop guessing the language. */
  langSettled: boolean;
}

export const newDocumentContext = (): DocumentContext => ({ seen: new Set(), namedOtherwise: new Set(), lang: null, langSettled: false });

export interface FindOptions {
  /** Carries "named earlier" decisions from chunk to chunk of one page. */
  context?: DocumentContext;
  fuzzy?: boolean;
  entityTypes?: ReadonlySet<EntityType>;
}

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const LOWER_S = 0x73;
const LOWER_E = 0x65;
/** How far around an ambiguous alias a cue word may stand, in folded characters. */
const CUE_WINDOW = 48;
/** Longest run of tokens a fuzzy candidate may have. */
const MAX_FUZZY_TOKENS = 4;

/** Words near a name that are spelled like it but mean something else. */
const FUZZY_STOPWORDS = new Set(['heroine', 'heroines', 'heroina', 'heroinas', 'secretary', 'secretaria', 'opinion', 'optional', 'cartelera', 'carteles', 'fentanyl', 'merida', 'mérida', 'garlands', 'barrel', 'barren']);

interface Candidate {
  start: number;
  end: number;
  record: AliasRecord;
  fuzzy: boolean;
  score: number;
}

const isBoundary = (folded: FoldedText, index: number) => index >= folded.length || index < 0 || !isWordCode(folded.codes[index]!);

/** English "s"/"es" and Spanish "s"/"es" plurals, only where the language allows them. */
function pluralLength(folded: FoldedText, end: number, record: AliasRecord): number {
  const { codes } = folded;
  const last = record.folded.charCodeAt(record.folded.length - 1);
  if (!isWordCode(last) || last < 0x61 || last > 0x7a) return 0;
  if (codes[end] === LOWER_S && isBoundary(folded, end + 1)) return 1;
  if (codes[end] === LOWER_E && codes[end + 1] === LOWER_S && isBoundary(folded, end + 2)) {
    const vowel = last === 0x61 || last === LOWER_E || last === 0x69 || last === 0x6f || last === 0x75;
    const sibilant = last === LOWER_S || last === 0x78 || last === 0x7a || last === 0x68;
    if (record.lang === 'es' ? !vowel : sibilant) return 2;
  }
  return 0;
}

/** The original text of a folded span, to check case where case matters. */
const originalOf = (text: string, folded: FoldedText, start: number, end: number) => text.slice(folded.origin[start]!, folded.origin[end - 1]! + 1);

function firstLetterIsUpper(text: string, folded: FoldedText, start: number): boolean {
  const code = text.charCodeAt(folded.origin[start]!);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const character = text[folded.origin[start]!] ?? '';
  return character !== character.toLowerCase();
}

function acceptsCase(text: string, folded: FoldedText, start: number, end: number, record: AliasRecord): boolean {
  if (record.caseSensitive) return originalOf(text, folded, start, end).replace(/[\s\u00a0]+/g, ' ') === record.text;
  return !record.capitalized || firstLetterIsUpper(text, folded, start);
}

function exactAt(text: string, folded: FoldedText, lexicon: CompiledLexicon, start: number, docLang: Lang | null): Candidate | null {
  const { symbolOf, alphabetSize, dense, denseStates, sparse, records: recordsAt } = lexicon.automaton;
  const { codes } = folded;
  let state = 0;
  let best: Candidate | null = null;
  for (let index = start; index < folded.length; index++) {
    const symbol = symbolOf[codes[index]!]!;
    if (symbol === 0) break;
    state = state < denseStates ? dense[state * alphabetSize + symbol]! - 1 : (sparse[state - denseStates]!.get(symbol) ?? -1);
    if (state < 0) break;
    const records = recordsAt[state];
    if (!records) continue;
    const end = index + 1;
    for (const record of records) {
      // A word of one language is not read in a document of the other ("cartel" is a poster in Spanish).
      if (record.lang && docLang && record.lang !== docLang) continue;
      if (!acceptsCase(text, folded, start, end, record)) continue;
      const plural = record.caseSensitive ? 0 : pluralLength(folded, end, record);
      if (!plural && !isBoundary(folded, end)) continue;
      if (!best || end + plural > best.end) best = { start, end: end + plural, record, fuzzy: false, score: 1 };
    }
  }
  return best;
}

/** Three rows of the distance table, reused: names are short, and this runs for many words. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Damerau–Levenshtein distance from the folded text's codes[from, to) to `b`, giving up once it
 * must exceed `limit`. It reads the codes in place: building a string per word compared showed.
 */
export function boundedEditDistance(codes: ArrayLike<number>, from: number, to: number, b: string, limit: number): number {
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

function readFolded(folded: FoldedText, start: number, end: number): string {
  let out = '';
  for (let index = start; index < end; index++) out += String.fromCharCode(folded.codes[index]!);
  return out;
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

/** Whether the folded text at `start` spells `word`. */
function spells(folded: FoldedText, start: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) if (folded.codes[start + index] !== word.charCodeAt(index)) return false;
  return true;
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
  let letters = 0;
  for (let index = start; index < wordEnd; index++) {
    const code = codes[index]!;
    if (code >= 0x61 && code <= 0x7a) letters |= 1 << (code - 0x61);
  }
  const near = nearScratch;
  let nearCount = 0;
  if (lowercaseNear) nearCount = namesNear(lexicon.fuzzy.lowercase, pair, folded, start, length, letters, near, nearCount);
  if (capitalized) nearCount = namesNear(lexicon.fuzzy.capitalized, pair, folded, start, length, letters, near, nearCount);
  // Most words have no name near them: they share one pair of empty lists, so the cache stays small.
  const found: NearNames = { word: readFolded(folded, start, wordEnd), capitalized, firstWords: NONE, edits: NO_EDITS };
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

function fuzzyAt(text: string, folded: FoldedText, lexicon: CompiledLexicon, word: number, docLang: Lang | null): Candidate | null {
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

/** A word of up to four ASCII letters packed into one integer, so counting them allocates nothing. */
function shortWordKey(codes: ArrayLike<number>, start: number, end: number): number {
  let key = 0;
  for (let index = start; index < end; index++) {
    const code = codes[index]!;
    if (code > 0x7f) return -1;
    key = key * 128 + code;
  }
  return key;
}
const keysOf = (words: string[]) => new Set(words.map((word) => shortWordKey(Array.from(word, (letter) => letter.charCodeAt(0)), 0, word.length)));
const SPANISH_WORDS = keysOf(['de', 'la', 'el', 'los', 'las', 'que', 'del', 'por', 'para', 'con', 'una', 'es', 'y']);
const ENGLISH_WORDS = keysOf(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'by']);

/** A cheap language guess from function words, to keep Spanish names out of English fuzzy matching. */
function guessLanguage(folded: FoldedText): Lang | null {
  let spanish = 0;
  let english = 0;
  let wordStart = -1;
  const limit = Math.min(folded.length, 20_000);
  for (let index = 0; index <= limit; index++) {
    const word = index < limit && isWordCode(folded.codes[index]!);
    if (word && wordStart < 0) wordStart = index;
    else if (!word && wordStart >= 0) {
      if (index - wordStart <= 4) {
        const key = shortWordKey(folded.codes, wordStart, index);
        if (SPANISH_WORDS.has(key)) spanish++;
        else if (ENGLISH_WORDS.has(key)) english++;
      }
      wordStart = -1;
    }
  }
  if (spanish + english < 5) return null;
  return spanish > english * 1.5 ? 'es' : english > spanish * 1.5 ? 'en' : null;
}

/** A '.', '!' or '?' ends a sentence, except after short abbreviations ("Sen.", "Gen.", "Dr."). */
function endsSentence(folded: FoldedText, index: number): boolean {
  const code = folded.codes[index];
  if (code === 0x21 || code === 0x3f || code === 0x0a) return true;
  if (code !== 0x2e || folded.codes[index + 1] !== SPACE) return false;
  let letters = 0;
  while (index - letters - 1 >= 0 && isWordCode(folded.codes[index - letters - 1]!)) letters++;
  return letters >= 4;
}

function hasCueNear(folded: FoldedText, start: number, end: number, cues: readonly string[]): string | null {
  let from = start;
  while (from > 0 && start - from < CUE_WINDOW && !endsSentence(folded, from - 1)) from--;
  let to = end;
  while (to < folded.length && to - end < CUE_WINDOW && !endsSentence(folded, to)) to++;
  const nearby = readFolded(folded, from, to);
  for (const cue of cues) {
    let at = nearby.indexOf(cue);
    while (at >= 0) {
      const absolute = from + at;
      const beforeOk = absolute === 0 || !isWordCode(folded.codes[absolute - 1]!);
      const after = absolute + cue.length;
      const afterOk = after >= folded.length || !isWordCode(folded.codes[after]!) || folded.codes[after] === LOWER_S;
      const outside = after <= start || absolute >= end;
      if (beforeOk && afterOk && outside) return cue;
      at = nearby.indexOf(cue, at + 1);
    }
  }
  return null;
}

/** Words that stand before a surname as a title, not as a first name ("Secretary Kelly", "AG Barr"). */
const TITLES = new Set([
  'secretary', 'secretario', 'secretaria', 'sen', 'senator', 'senador', 'senadora', 'rep', 'representative', 'gen', 'general',
  'attorney', 'fiscal', 'administrator', 'administradora', 'ambassador', 'embajador', 'embajadora', 'president', 'presidente',
  'minister', 'ministro', 'canciller', 'mr', 'mrs', 'ms', 'dr', 'ag', 'gov', 'governor', 'gobernador', 'chief', 'director',
  'directora', 'spokesperson', 'spokesman', 'spokeswoman', 'portavoz', 'vocero', 'lic', 'judge', 'juez', 'sr', 'sra',
]);

/** What may stand before the first word of a sentence or quote: . ! ? : " “ ” ( and a line break. */
const SENTENCE_OPENERS = new Set([0x2e, 0x21, 0x3f, 0x3a, 0x22, 0x201c, 0x201d, 0x28, 0x0a]);

/** "Kelly Clarkson", "Stanley Milgram": a surname inside someone else's full name. */
function partOfAnotherName(text: string, folded: FoldedText, start: number, end: number): boolean {
  const { codes } = folded;
  const next = end + 1;
  if (codes[end] === SPACE && next < folded.length && isWordCode(codes[next]!) && firstLetterIsUpper(text, folded, next)) return true;
  // The word before, if a space (not ". ", as in "Sen. Graham") parts it from the name.
  const gap = start - 1;
  if (gap < 1 || codes[gap] !== SPACE || !isWordCode(codes[gap - 1]!)) return false;
  let wordStart = gap - 1;
  while (wordStart > 0 && isWordCode(codes[wordStart - 1]!)) wordStart--;
  const word = readFolded(folded, wordStart, gap);
  if (word.length < 2 || TITLES.has(word) || !firstLetterIsUpper(text, folded, wordStart)) return false;
  // A capital that only opens a sentence or a quote ("Later Kelly said") is no first name.
  let before = wordStart - 1;
  while (before >= 0 && codes[before] === SPACE) before--;
  return before >= 0 && !SENTENCE_OPENERS.has(codes[before]!);
}

/** Reasons repeat across a page's mentions (tens of thousands on a long one): keep one copy of each. */
const sharedReasons = new Map<string, string>();
function shared(reason: string): string {
  const known = sharedReasons.get(reason);
  if (known !== undefined) return known;
  sharedReasons.set(reason, reason);
  return reason;
}

/** An ambiguous alias counts only with support: the full name earlier, or a cue nearby. */
function decide(text: string, folded: FoldedText, lexicon: CompiledLexicon, candidate: Candidate, context: DocumentContext): string | null {
  const { record } = candidate;
  if (!record.ambiguous) {
    return shared(candidate.fuzzy ? `close spelling of "${record.text}" (score ${candidate.score.toFixed(2)})` : `exact match of "${record.text}"`);
  }
  const cue = hasCueNear(folded, candidate.start, candidate.end, lexicon.cues.get(record.entityId) ?? []);
  if ((record.type === 'person' || record.type === 'organization') && partOfAnotherName(text, folded, candidate.start, candidate.end)) {
    // Decided for the whole document: after "Julie Graham … Graham said", the bare name is hers.
    if (record.type === 'person') {
      context.namedOtherwise.add(record.entityId);
      return null;
    }
    if (!cue) return null;
  }
  if (context.seen.has(record.entityId)) return shared(`ambiguous "${record.text}", counted because the full name appears earlier in this document`);
  if (context.namedOtherwise.has(record.entityId)) return null;
  if (cue) return shared(`ambiguous "${record.text}", counted because "${cue}" stands nearby`);
  return null;
}

export function findMentionsIn(text: string, lexicon: CompiledLexicon, options: FindOptions = {}): Mention[] {
  if (!text) return [];
  const context = options.context ?? newDocumentContext();
  const folded = foldText(text);
  if (!context.langSettled) {
    context.lang = guessLanguage(folded);
    context.langSettled = context.lang !== null || folded.length > 2_000;
  }
  const useFuzzy = options.fuzzy !== false;
  const found: Candidate[] = [];
  const { codes, wordStarts, wordCount } = folded;
  /** Matches never overlap: a word inside the last match starts nothing. */
  let free = 0;
  for (let word = 0; word < wordCount; word++) {
    const start = wordStarts[word]!;
    if (start < free) continue;
    // A possessive is not a new word: "Tillerson's" starts no match at "s".
    if (start > 1 && codes[start - 1] === APOSTROPHE && isWordCode(codes[start - 2]!)) continue;
    const candidate = exactAt(text, folded, lexicon, start, context.lang) ?? (useFuzzy ? fuzzyAt(text, folded, lexicon, word, context.lang) : null);
    if (!candidate) continue;
    found.push(candidate);
    free = candidate.end;
  }
  const mentions: Mention[] = [];
  for (const candidate of found) {
    const reason = decide(text, folded, lexicon, candidate, context);
    // An unambiguous name lets later short forms count ("John Kelly … Kelly").
    if (!candidate.record.ambiguous) context.seen.add(candidate.record.entityId);
    if (!reason) continue;
    if (options.entityTypes && !options.entityTypes.has(candidate.record.type)) continue;
    const start = folded.origin[candidate.start]!;
    const end = folded.origin[candidate.end - 1]! + 1;
    mentions.push({
      entityId: candidate.record.entityId,
      start,
      end,
      text: text.slice(start, end),
      alias: candidate.record.text,
      fuzzy: candidate.fuzzy,
      score: Number(candidate.score.toFixed(3)),
      reason,
    });
  }
  return mentions;
}
