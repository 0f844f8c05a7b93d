// findMentions: every mention of a fact-base entity in a text, in one pass over the folded text.
// Exact step: from each word start, walk the alias trie as far as the text allows and keep the
// longest alias that ends on a word boundary. Words left unmatched go to the fuzzy step
// (fuzzy.ts). Ambiguous aliases then need context.
import type { EntityType, Lang, Mention } from '../types';
import type { AliasRecord, CompiledLexicon } from './compile';
import { firstLetterIsUpper, foldText, isWordCode, readFolded, type FoldedText } from './fold';
import { fuzzyAt } from './fuzzy';

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

/** A match the exact or the fuzzy step proposes, in folded offsets, before context decides. */
export interface Candidate {
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
