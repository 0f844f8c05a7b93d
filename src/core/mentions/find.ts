// findMentions: every mention of a fact-base entity in a text, in one pass over the folded text.
// Exact step: from each word start, walk the alias trie as far as the text allows and keep the
// longest alias that ends on a word boundary. Fuzzy step: only words left unmatched that could
// be a name (capitalized, or sharing a name's first two letters) are compared, by edit distance,
// with the few names of the same length and opening. Ambiguous aliases then need context.
import type { EntityType, Lang, Mention } from '../types';
import type { AliasRecord, CompiledLexicon, FuzzyEntry, FuzzyIndex, TrieNode } from './compile';
import { bucketOf, FUZZY_MIN_LENGTH } from './compile';
import { foldText, isWordCode, type FoldedText } from './fold';

export interface DocumentContext {
  /** Entities already named unambiguously in this document (earlier chunks included). */
  seen: Set<string>;
  /** The document's language, once it is known. */
  lang: Lang | null;
  /** Whether enough text has been read to stop guessing the language. */
  langSettled: boolean;
}

export const newDocumentContext = (): DocumentContext => ({ seen: new Set(), lang: null, langSettled: false });

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
  const character = text[folded.origin[start]!] ?? '';
  return character !== character.toLowerCase();
}

function acceptsCase(text: string, folded: FoldedText, start: number, end: number, record: AliasRecord): boolean {
  if (record.caseSensitive) return originalOf(text, folded, start, end).replace(/[\s\u00a0]+/g, ' ') === record.text;
  return !record.capitalized || firstLetterIsUpper(text, folded, start);
}

function exactAt(text: string, folded: FoldedText, lexicon: CompiledLexicon, start: number, docLang: Lang | null): Candidate | null {
  let node: TrieNode | undefined = lexicon.trie;
  let best: Candidate | null = null;
  for (let index = start; index < folded.length && node; index++) {
    node = node.next.get(folded.codes[index]!);
    if (!node?.records) continue;
    const end = index + 1;
    for (const record of node.records) {
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

/** Damerau–Levenshtein distance, giving up once it must exceed `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

function readFolded(folded: FoldedText, start: number, end: number): string {
  let out = '';
  for (let index = start; index < end; index++) out += String.fromCharCode(folded.codes[index]!);
  return out;
}

/** Word ends after `start`, for up to MAX_FUZZY_TOKENS tokens. */
function tokenEnds(folded: FoldedText, start: number): number[] {
  const ends: number[] = [];
  let index = start;
  while (ends.length < MAX_FUZZY_TOKENS && index < folded.length) {
    while (index < folded.length && isWordCode(folded.codes[index]!)) index++;
    ends.push(index);
    if (folded.codes[index] !== SPACE) break;
    index++;
    if (index >= folded.length || !isWordCode(folded.codes[index]!)) break;
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

/** Names whose first word is within reach of the word at `start` (same opening letters, close length and letters). */
function namesNear(index: FuzzyIndex, folded: FoldedText, start: number, wordEnd: number, letters: number, into: FuzzyEntry[]): void {
  const length = wordEnd - start;
  const first = folded.codes[start]!;
  const second = folded.codes[start + 1] ?? 0;
  for (let delta = -2; delta <= 2; delta++) {
    const key = bucketOf(first, second, length + delta);
    const bucket = key < 0 ? undefined : index.firstWords[key];
    if (!bucket) continue;
    for (const word of bucket) if (lettersApart(word.letters, letters) <= 3) for (const entry of word.entries) into.push(entry);
  }
}

/**
 * A misspelling sits in a long word and is not an ending: "drug was" is not "drug war",
 * "heroine" is not "heroin" plus a typo, and "States Department" is not "State Department".
 */
function wordsCouldBeMisspelt(candidate: string, alias: string): boolean {
  const written = candidate.split(' ');
  const meant = alias.split(' ');
  if (written.length !== meant.length) return false;
  return written.every((word, index) => {
    const target = meant[index]!;
    if (word === target) return true;
    return word.length >= FUZZY_MIN_LENGTH && target.length >= FUZZY_MIN_LENGTH && !(word.length > target.length && word.startsWith(target));
  });
}

/** Reused for every word: most words find no near name, and allocating for each one shows. */
const nearScratch: FuzzyEntry[] = [];

function fuzzyAt(text: string, folded: FoldedText, lexicon: CompiledLexicon, start: number, docLang: Lang | null): Candidate | null {
  const { codes } = folded;
  let wordEnd = start;
  let letters = 0;
  while (wordEnd < folded.length && isWordCode(codes[wordEnd]!)) {
    const code = codes[wordEnd]!;
    if (code >= 0x61 && code <= 0x7a) letters |= 1 << (code - 0x61);
    wordEnd++;
  }
  const capitalized = firstLetterIsUpper(text, folded, start);
  // Most words are lowercase, and only the few lowercase names (drugs, programs) can match them.
  const near = nearScratch;
  near.length = 0;
  namesNear(lexicon.fuzzy.lowercase, folded, start, wordEnd, letters, near);
  if (capitalized) namesNear(lexicon.fuzzy.capitalized, folded, start, wordEnd, letters, near);
  if (!near.length) return null;
  const ends = tokenEnds(folded, start);
  let best: Candidate | null = null;
  for (const { record, tokens } of near) {
    const end = ends[tokens - 1];
    if (end === undefined) continue;
    const length = end - start;
    // One short common word is too likely to be another word ("heroic" is not "heroin", "Carter" is not "cartel").
    if (length < (tokens === 1 && !record.capitalized ? 7 : FUZZY_MIN_LENGTH)) continue;
    if (record.lang && docLang && record.lang !== docLang) continue;
    const candidate = readFolded(folded, start, end);
    if (FUZZY_STOPWORDS.has(candidate) || !wordsCouldBeMisspelt(candidate, record.folded)) continue;
    const limit = record.folded.length >= 9 ? 2 : 1;
    const distance = boundedEditDistance(candidate, record.folded, limit);
    if (distance === 0 || distance > limit) continue;
    const score = 1 - distance / record.folded.length;
    if (!best || score > best.score || (score === best.score && end > best.end)) best = { start, end, record, fuzzy: true, score };
  }
  return best;
}

const SPANISH_WORDS = new Set(['de', 'la', 'el', 'los', 'las', 'que', 'del', 'por', 'para', 'con', 'una', 'es', 'y']);
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'by']);

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
        const token = readFolded(folded, wordStart, index);
        if (SPANISH_WORDS.has(token)) spanish++;
        else if (ENGLISH_WORDS.has(token)) english++;
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

/** "Kelly Clarkson", "Stanley Milgram": a surname inside someone else's full name. */
function partOfAnotherName(text: string, folded: FoldedText, start: number, end: number): boolean {
  const next = end + 1;
  if (folded.codes[end] === SPACE && next < folded.length && isWordCode(folded.codes[next]!) && firstLetterIsUpper(text, folded, next)) {
    return true;
  }
  if (start >= 2 && folded.codes[start - 1] === SPACE && isWordCode(folded.codes[start - 2]!)) {
    let wordStart = start - 2;
    while (wordStart > 0 && isWordCode(folded.codes[wordStart - 1]!)) wordStart--;
    const word = readFolded(folded, wordStart, start - 1);
    const sentenceStart = wordStart === 0 || /[.!?"“]/.test(text[folded.origin[wordStart - 1]!] ?? '');
    if (firstLetterIsUpper(text, folded, wordStart) && !sentenceStart && word.length > 1) return true;
  }
  return false;
}

/** An ambiguous alias counts only with support: the full name earlier, or a cue nearby. */
function decide(text: string, folded: FoldedText, lexicon: CompiledLexicon, candidate: Candidate, context: DocumentContext): string | null {
  const { record } = candidate;
  if (!record.ambiguous) {
    return candidate.fuzzy ? `close spelling of "${record.text}" (score ${candidate.score.toFixed(2)})` : `exact match of "${record.text}"`;
  }
  const cue = hasCueNear(folded, candidate.start, candidate.end, lexicon.cues.get(record.entityId) ?? []);
  if ((record.type === 'person' || record.type === 'organization') && partOfAnotherName(text, folded, candidate.start, candidate.end) && !cue) return null;
  if (context.seen.has(record.entityId)) return `ambiguous "${record.text}", counted because the full name appears earlier in this document`;
  if (cue) return `ambiguous "${record.text}", counted because "${cue}" stands nearby`;
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
  for (let start = 0; start < folded.length; start++) {
    if (!isWordCode(folded.codes[start]!) || (start > 0 && isWordCode(folded.codes[start - 1]!))) continue;
    // A possessive is not a new word: "Tillerson's" starts no match at "s".
    if (start > 0 && folded.codes[start - 1] === APOSTROPHE && start > 1 && isWordCode(folded.codes[start - 2]!)) continue;
    const candidate = exactAt(text, folded, lexicon, start, context.lang) ?? (useFuzzy ? fuzzyAt(text, folded, lexicon, start, context.lang) : null);
    if (!candidate) continue;
    found.push(candidate);
    start = candidate.end - 1;
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
