// findMentions: every mention of a fact-base entity in a text, in one pass over the folded text.
// Each block of text (between blank lines) has a language: the page's lang attribute, else a guess
// from its function words. From each word start the exact step (exact.ts) proposes the longest
// alias; the fuzzy step (fuzzy.ts) a misspelt name, in English and Spanish only; the context rules
// (context-rules.ts) decide, and say why.
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the engine reads typed arrays and tables at indices in bounds by construction, in its hottest loops; a check per read would cost speed (npm run bench) and add branches no input can reach */
import type { EntityType, Mention } from '../types';
import type { Candidate } from './candidate';
import type { Matcher } from './compile';
import { exactAt } from './exact';
import { firstLetterIsUpper, foldText, isWordCode, type FoldedText } from './fold';
import { fuzzyAt } from './fuzzy';
import { countFunctionWords, isMatchingLanguage, languageFromCounts, newLanguageCounts, primaryLanguage, type BlockLanguage, type LanguageSpan } from './language';
import { detached, reasonToCount, writesInLowercase, type Surroundings } from './context-rules';

export interface DocumentContext {
  /** Entities already named unambiguously on this page (earlier chunks included), with the text that named them. */
  seen: Map<string, string>;
  /** Entities whose short name this page gives to someone else ("Julie Graham"): its bare "Graham" is hers. */
  namedOtherwise: Set<string>;
  /** Function-word points per language over everything read so far: the language of blocks too short to tell. */
  languageCounts: number[];
}

export const newDocumentContext = (): DocumentContext => ({ seen: new Map(), namedOtherwise: new Set(), languageCounts: newLanguageCounts() });

export interface FindOptions {
  /** Carries "named earlier" decisions and the page's language from chunk to chunk of one page. */
  context?: DocumentContext;
  fuzzy?: boolean;
  entityTypes?: ReadonlySet<EntityType>;
  /** The languages the page declares for stretches of the text (its `lang` attributes), in order. */
  languages?: readonly LanguageSpan[];
  /** Told how long each step took (the page benchmark's phase table); absent, nothing is timed. */
  onPhase?: (phase: ScanPhase, ms: number) => void;
}

/** The steps of one scan, as the page benchmark reports them. */
export type ScanPhase = 'fold' | 'language' | 'match' | 'context';

const APOSTROPHE = 0x27;

/** The fewest words a block needs for its own language guess. */
const GUESS_MIN_WORDS = 8;

/** Block b runs over words [firstWordOf(b), firstWordOf(b + 1)). */
const firstWordOf = (folded: FoldedText, block: number) => (block === 0 ? 0 : folded.breakWords[block - 1]!);

/** Each block's language: what the page declares, else what its words say, else what the page's words say so far. */
function blockLanguages(folded: FoldedText, spans: readonly LanguageSpan[] | undefined, context: DocumentContext): BlockLanguage[] {
  const blocks = folded.breakCount + 1;
  const languages: BlockLanguage[] = new Array<BlockLanguage>(blocks).fill(null);
  /** Blocks whose language is not settled by the page or their own words: they take the page's. */
  const undecided: number[] = [];
  const counts = newLanguageCounts();
  let span = 0;
  for (let block = 0; block < blocks; block++) {
    const first = firstWordOf(folded, block);
    const last = block + 1 < blocks ? firstWordOf(folded, block + 1) : folded.wordCount;
    if (spans && spans.length && first < folded.wordCount) {
      const at = folded.origin[folded.wordStarts[first]!]!;
      while (span + 1 < spans.length && spans[span + 1]!.start <= at) span++;
      const declared = spans[span]!.start <= at ? primaryLanguage(spans[span]!.lang) : null;
      if (declared !== null) {
        languages[block] = declared;
        continue;
      }
    }
    // A block of a few words (a menu item, a byline) says too little: it takes the page's language.
    if (last - first >= GUESS_MIN_WORDS) {
      counts.fill(0);
      countFunctionWords(folded, first, last, counts);
      for (let index = 0; index < counts.length; index++) context.languageCounts[index]! += counts[index]!;
      languages[block] = languageFromCounts(counts);
    }
    if (languages[block] === null) undecided.push(block);
  }
  if (undecided.length) {
    const page = languageFromCounts(context.languageCounts);
    for (const block of undecided) languages[block] = page;
  }
  return languages;
}

const FULL_STOP = 0x2e;
/** How many of a block's longer words are read to tell a headline. */
const HEADLINE_WORDS_READ = 40;
/** The share of a block's longer words that are capitalized in a headline (Title Case or ALL CAPS). */
const HEADLINE_CAPITALS = 0.9;

/** Whether nearly all of the block's longer words are capitalized: a headline, where capitals say nothing. */
function isHeadline(text: string, folded: FoldedText, fromWord: number, toWord: number): boolean {
  // A sentence that ends with a full stop is prose, however many names it has.
  if (toWord > fromWord && folded.codes[folded.wordEnds[toWord - 1]!] === FULL_STOP) return false;
  let capitalized = 0;
  let long = 0;
  for (let word = fromWord; word < toWord && long < HEADLINE_WORDS_READ; word++) {
    const start = folded.wordStarts[word]!;
    if (folded.wordEnds[word]! - start < 4) continue;
    long++;
    if (firstLetterIsUpper(text, folded, start)) capitalized++;
  }
  return long >= 3 && capitalized >= long * HEADLINE_CAPITALS;
}

export function findMentions(text: string, matcher: Matcher, options: FindOptions = {}): Mention[] {
  if (!text) return [];
  const context = options.context ?? newDocumentContext();
  const { onPhase } = options;
  let phaseStart = onPhase ? performance.now() : 0;
  /** Reports the step that just ended and starts timing the next; a no-op unless timed. */
  const endPhase = (phase: ScanPhase) => {
    if (!onPhase) return;
    const now = performance.now();
    onPhase(phase, now - phaseStart);
    phaseStart = now;
  };
  const folded = foldText(text);
  endPhase('fold');
  const languages = blockLanguages(folded, options.languages, context);
  endPhase('language');
  const useFuzzy = options.fuzzy !== false;
  const { codes, wordStarts, wordCount, breakWords, breakCount } = folded;
  const found: Candidate[] = [];
  /** The block each found candidate is in. */
  const foundBlocks: number[] = [];
  /** Matches never overlap: a word inside the last match starts nothing. */
  let lastMatchEnd = 0;
  let wordBlock = 0;
  let lang = languages[0]!;
  /** Misspellings are looked for in English and Spanish only. */
  let fuzzyHere = useFuzzy && isMatchingLanguage(lang);
  for (let word = 0; word < wordCount; word++) {
    if (wordBlock < breakCount && breakWords[wordBlock]! <= word) {
      while (wordBlock < breakCount && breakWords[wordBlock]! <= word) wordBlock++;
      lang = languages[wordBlock]!;
      fuzzyHere = useFuzzy && isMatchingLanguage(lang);
    }
    const start = wordStarts[word]!;
    if (start < lastMatchEnd) continue;
    // A possessive is not a new word: "Tillerson's" starts no match at "s".
    if (start > 1 && codes[start - 1] === APOSTROPHE && isWordCode(codes[start - 2]!)) continue;
    let candidate = exactAt(text, folded, matcher, start, lang);
    // A misspelling wins over an exact match only by being longer, where the exact one is ambiguous
    // or begins a longer name ("Sinaloa Cartell" over the bare "Sinaloa").
    if (fuzzyHere && (candidate === null || candidate.record.ambiguous || matcher.extendable.has(candidate.record))) {
      const near = fuzzyAt(text, folded, matcher, word, lang === 'en' || lang === 'es' ? lang : null);
      if (near && (!candidate || near.end > candidate.end)) candidate = near;
    }
    if (!candidate) continue;
    found.push(candidate);
    foundBlocks.push(wordBlock);
    lastMatchEnd = candidate.end;
  }
  endPhase('match');
  const headlines = new Map<number, boolean>();
  const lowercase = new Map<string, boolean>();
  let block = 0;
  /** One description of the text for every candidate; `lang`, `matchingLanguage` and `previous` follow each. */
  const around: Surroundings = {
    text,
    folded,
    matcher,
    lang: null,
    matchingLanguage: true,
    headline: () => {
      let known = headlines.get(block);
      if (known === undefined) headlines.set(block, (known = isHeadline(text, folded, firstWordOf(folded, block), block < breakCount ? breakWords[block]! : wordCount)));
      return known;
    },
    writesInLowercase: (word) => {
      let known = lowercase.get(word);
      if (known === undefined) lowercase.set(word, (known = writesInLowercase(text, folded, word)));
      return known;
    },
    seen: context.seen,
    namedOtherwise: context.namedOtherwise,
    previous: null,
  };
  const mentions: Mention[] = [];
  for (let index = 0; index < found.length; index++) {
    const candidate = found[index]!;
    block = foundBlocks[index]!;
    around.lang = languages[block]!;
    around.matchingLanguage = isMatchingLanguage(around.lang);
    const reason = reasonToCount(around, candidate);
    around.previous = candidate;
    if (!reason) continue;
    const start = folded.origin[candidate.start]!;
    const end = folded.origin[candidate.end - 1]! + 1;
    // An unambiguous name lets later short forms count ("John Kelly … Kelly").
    if (!candidate.record.ambiguous && !context.seen.has(candidate.record.entityId)) context.seen.set(candidate.record.entityId, detached(text.slice(start, end)));
    if (options.entityTypes && !options.entityTypes.has(candidate.record.type)) continue;
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
  endPhase('context');
  return mentions;
}
