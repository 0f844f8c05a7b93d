// findMentions: every mention of a fact-base entity in a text, in one pass over the folded text.
// Each block of text (between blank lines) has a language: the page's lang attribute, else a guess
// from its function words. From each word start the exact step (exact.ts) proposes the longest
// alias; the fuzzy step (fuzzy.ts) a misspelt name, in English and Spanish only; the context rules
// (context-rules.ts) decide, and say why.
import type { EntityType, Mention } from '../types';
import type { Candidate } from './candidate';
import type { Matcher } from './compile';
import { exactAt } from './exact';
import { firstLetterIsUpper, foldText, isWordCode, type FoldedText } from './fold';
import { fuzzyAt } from './fuzzy';
import { countFunctionWords, isMatchingLanguage, languageFromCounts, newLanguageCounts, primaryLanguage, type BlockLanguage, type LanguageSpan } from './language';
import { lowercaseWordsOf, reasonToCount, type Surroundings } from './context-rules';

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
}

const APOSTROPHE = 0x27;

/** Block b runs over words [firstWordOf(b), firstWordOf(b + 1)). */
const firstWordOf = (folded: FoldedText, block: number) => (block === 0 ? 0 : folded.breakWords[block - 1]!);

/** Each block's language: what the page declares, else what its words say, else what the page's words say so far. */
function blockLanguages(folded: FoldedText, spans: readonly LanguageSpan[] | undefined, context: DocumentContext): BlockLanguage[] {
  const blocks = folded.breakCount + 1;
  const guessed: BlockLanguage[] = new Array<BlockLanguage>(blocks);
  const declared: (string | null)[] = new Array<string | null>(blocks).fill(null);
  let span = 0;
  for (let block = 0; block < blocks; block++) {
    const first = firstWordOf(folded, block);
    const last = block + 1 < blocks ? firstWordOf(folded, block + 1) : folded.wordCount;
    if (spans && spans.length && first < folded.wordCount) {
      const at = folded.origin[folded.wordStarts[first]!]!;
      while (span + 1 < spans.length && spans[span + 1]!.start <= at) span++;
      declared[block] = spans[span]!.start <= at ? primaryLanguage(spans[span]!.lang) : null;
    }
    if (declared[block] !== null) continue;
    const counts = newLanguageCounts();
    countFunctionWords(folded, first, last, counts);
    guessed[block] = languageFromCounts(counts);
    counts.forEach((points, index) => (context.languageCounts[index]! += points));
  }
  const page = languageFromCounts(context.languageCounts);
  return declared.map((lang, block) => lang ?? guessed[block] ?? page);
}

/** The share of a block's longer words that are capitalized in a headline (Title Case or ALL CAPS). */
const HEADLINE_CAPITALS = 0.9;

/** Whether nearly all of the block's longer words are capitalized: a headline, where capitals say nothing. */
function isHeadline(text: string, folded: FoldedText, fromWord: number, toWord: number): boolean {
  let capitalized = 0;
  let long = 0;
  for (let word = fromWord; word < toWord && long < 40; word++) {
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
  const folded = foldText(text);
  const languages = blockLanguages(folded, options.languages, context);
  const useFuzzy = options.fuzzy !== false;
  const { codes, wordStarts, wordCount, breakWords, breakCount } = folded;
  const found: { candidate: Candidate; block: number }[] = [];
  /** Matches never overlap: a word inside the last match starts nothing. */
  let lastMatchEnd = 0;
  let block = 0;
  for (let word = 0; word < wordCount; word++) {
    while (block < breakCount && breakWords[block]! <= word) block++;
    const start = wordStarts[word]!;
    if (start < lastMatchEnd) continue;
    // A possessive is not a new word: "Tillerson's" starts no match at "s".
    if (start > 1 && codes[start - 1] === APOSTROPHE && isWordCode(codes[start - 2]!)) continue;
    const lang = languages[block]!;
    let candidate = exactAt(text, folded, matcher, start, lang);
    // Misspellings are looked for in English and Spanish only, and win over a shorter exact match
    // only by being longer ("Sinaloa Cartell" over the bare "Sinaloa").
    if (useFuzzy && isMatchingLanguage(lang)) {
      const near = fuzzyAt(text, folded, matcher, word, lang === 'en' || lang === 'es' ? lang : null);
      if (near && (!candidate || near.end > candidate.end)) candidate = near;
    }
    if (!candidate) continue;
    found.push({ candidate, block });
    lastMatchEnd = candidate.end;
  }
  const headlines = new Map<number, boolean>();
  let lowercase: Set<string> | null = null;
  const lowercaseWords = () => (lowercase ??= lowercaseWordsOf(text, folded));
  const mentions: Mention[] = [];
  let previous: Candidate | null = null;
  for (const { candidate, block: at } of found) {
    const lang = languages[at]!;
    const around: Surroundings = {
      text,
      folded,
      matcher,
      lang,
      matchingLanguage: isMatchingLanguage(lang),
      headline: () => {
        let known = headlines.get(at);
        if (known === undefined) headlines.set(at, (known = isHeadline(text, folded, firstWordOf(folded, at), at < breakCount ? breakWords[at]! : wordCount)));
        return known;
      },
      lowercaseWords,
      seen: context.seen,
      namedOtherwise: context.namedOtherwise,
      previous,
    };
    const reason = reasonToCount(around, candidate);
    previous = candidate;
    if (!reason) continue;
    const start = folded.origin[candidate.start]!;
    const end = folded.origin[candidate.end - 1]! + 1;
    // An unambiguous name lets later short forms count ("John Kelly … Kelly").
    if (!candidate.record.ambiguous && !context.seen.has(candidate.record.entityId)) context.seen.set(candidate.record.entityId, text.slice(start, end));
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
  return mentions;
}
