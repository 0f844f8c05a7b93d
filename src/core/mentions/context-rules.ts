// Whether a candidate counts, and why: the rules that read the words around a name. An ambiguous
// alias needs support (a title, a cue in the same sentence, the full name earlier, an article);
// any name is turned away when the words around it say it is someone or something else.
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the engine reads typed arrays and tables at indices in bounds by construction, in its hottest loops; a check per read would cost speed (npm run bench) and add branches no input can reach */
import type { MentionReason } from '../types';
import type { Candidate } from './candidate';
import type { Matcher } from './compile';
import { exactAt, isBoundary } from './exact';
import { BLOCK_BREAK, firstLetterIsUpper, isWordCode, readFolded, spells, type FoldedText } from './fold';
import { isFunctionWord } from './language';
import {
  AGENCY_ARTICLES, FOREIGN_ARTICLES, GROUP_NOUNS, LOCATIVES, ORGANIZATION_ROLES, OTHER_SENSES_OF_CARTEL, PLACE_FOLLOWERS, SENTENCE_ADVERBS, TITLE_LINKS, TITLES,
  US_AFTER_DE, US_MARKERS,
} from './word-lists';

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const COMMA = 0x2c;
const PERIOD = 0x2e;
const OPEN_PARENTHESIS = 0x28;
/** How far around a name a cue may stand, in folded characters, within its sentence. */
const CUE_WINDOW = 120;
/** How many words a title may stand before the name it introduces ("Secretary of Homeland Security John Kelly"). */
const TITLE_REACH = 6;

/** What the rules know of the stretch of text a candidate sits in. */
export interface Surroundings {
  text: string;
  folded: FoldedText;
  matcher: Matcher;
  /** The block's language; null when nothing says. */
  lang: string | null;
  /** Whether the block is in English, Spanish or unknown: text in any other gets exact, unambiguous names only. */
  matchingLanguage: boolean;
  /** Whether the block's capitals say nothing (a headline in Title Case or ALL CAPS). */
  headline: () => boolean;
  /** Whether the text writes a folded word in lowercase somewhere (writesInLowercase), remembered per word. */
  writesInLowercase: (word: string) => boolean;
  /** Entities named in full earlier on the page, with the text that named them. */
  seen: ReadonlyMap<string, string>;
  /** Entities whose short name this page gives to someone else ("Julie Graham"). */
  namedOtherwise: Set<string>;
  /** The candidate just before, if any: an acronym in parentheses after its own full name is that name's. */
  previous: Candidate | null;
}

/** A word in the folded text: [start, end). */
interface Span {
  start: number;
  end: number;
}

/** '.', '!', '?' or a block break ends a sentence, except after short abbreviations ("Sen.", "Gen.", "Dr."). */
function endsSentence(folded: FoldedText, index: number): boolean {
  const code = folded.codes[index];
  if (code === 0x21 || code === 0x3f || code === BLOCK_BREAK) return true;
  if (code !== PERIOD || folded.codes[index + 1] !== SPACE) return false;
  let letters = 0;
  while (index - letters - 1 >= 0 && isWordCode(folded.codes[index - letters - 1]!)) letters++;
  return letters >= 4;
}

/** The part of the sentence around [start, end) that a cue may stand in. */
function sentenceWindow(folded: FoldedText, start: number, end: number): Span {
  let from = start;
  while (from > 0 && start - from < CUE_WINDOW && !endsSentence(folded, from - 1)) from--;
  let to = end;
  while (to < folded.length && to - end < CUE_WINDOW && !endsSentence(folded, to)) to++;
  return { start: from, end: to };
}

/** The first of `words` (folded) standing whole in the window and outside [start, end), as the page writes it; or null. */
function wordNear(text: string, folded: FoldedText, start: number, end: number, words: readonly string[]): string | null {
  const span = sentenceWindow(folded, start, end);
  const nearby = readFolded(folded, span.start, span.end);
  for (const word of words) {
    let at = nearby.indexOf(word);
    while (at >= 0) {
      const absolute = span.start + at;
      const after = absolute + word.length;
      const whole = (absolute === 0 || !isWordCode(folded.codes[absolute - 1]!)) && (isBoundary(folded, after) || folded.codes[after] === 0x73);
      if (whole && (after <= start || absolute >= end)) return text.slice(folded.origin[absolute]!, folded.origin[after - 1]! + 1);
      at = nearby.indexOf(word, at + 1);
    }
  }
  return null;
}

/** The word ending right before `index` with one gap (a space, ". " or ", ") between, and which gap; or null. */
function wordBefore(folded: FoldedText, index: number): (Span & { gap: number }) | null {
  const { codes } = folded;
  let at = index - 1;
  if (at < 1 || codes[at] !== SPACE) return null;
  at--;
  let gap = SPACE;
  if (codes[at] === PERIOD || codes[at] === COMMA) gap = codes[at--]!;
  if (at < 0 || !isWordCode(codes[at]!)) return null;
  const end = at + 1;
  while (at > 0 && isWordCode(codes[at - 1]!)) at--;
  return { start: at, end, gap };
}

/** The word starting right after `index` with one space between, or null. */
function wordAfter(folded: FoldedText, index: number): Span | null {
  const { codes } = folded;
  if (codes[index] !== SPACE || !isWordCode(codes[index + 1] ?? 0)) return null;
  let end = index + 1;
  while (end < folded.length && isWordCode(codes[end]!)) end++;
  return { start: index + 1, end };
}

/** What may stand before the first word of a sentence or quote: . ! ? : " “ ” ( « and a block break. */
const SENTENCE_OPENERS = new Set([0x2e, 0x21, 0x3f, 0x3a, 0x22, 0x201c, 0x201d, 0x28, 0xab, 0xbf, 0xa1, BLOCK_BREAK]);

/** Whether the word at `start` opens a sentence or a quote, where a capital says nothing. */
function opensSentence(folded: FoldedText, start: number): boolean {
  let before = start - 1;
  while (before >= 0 && folded.codes[before] === SPACE) before--;
  return before < 0 || SENTENCE_OPENERS.has(folded.codes[before]!);
}

/**
 * A capitalized word right before the name that is not a title: someone else's first name, or
 * part of a longer name. At a sentence's start only a word that is no function word or adverb
 * counts ("Melania Trump wore…", but "Later Kelly said…").
 */
function capitalBefore(around: Surroundings, start: number): Span | null {
  const { text, folded } = around;
  const before = wordBefore(folded, start);
  if (!before || before.gap !== SPACE || before.end - before.start < 2) return null;
  // Joined by a hyphen ("the Obama-Biden administration"), the word before is a partner, not a first name.
  if (/[-\u2010\u2011\u2012\u2013]/.test(text[folded.origin[start - 1]!] ?? '')) return null;
  const word = readFolded(folded, before.start, before.end);
  if (!firstLetterIsUpper(text, folded, before.start) || TITLES.has(word)) return null;
  if (opensSentence(folded, before.start) && (isFunctionWord(folded, before.start, before.end) || SENTENCE_ADVERBS.has(word))) return null;
  return before;
}

/** Whether a capital before the name is someone else's first name: not the official's own, nor part of a title before it. */
function othersFirstName(around: Surroundings, candidate: Candidate): boolean {
  const before = capitalBefore(around, candidate.start);
  // "Secretary of State Blinken": the capital belongs to the title. "President Rafael Calderón": it is a first name.
  if (!before || titleBefore(around, candidate)?.linked) return false;
  return !around.matcher.givenNames.get(candidate.record.entityId)?.has(readFolded(around.folded, before.start, before.end));
}

/** "Kelly Clarkson", "Julie Graham", "Stanley Milgram": a surname inside someone else's full name. */
function partOfAnotherName(around: Surroundings, candidate: Candidate): boolean {
  if (around.headline()) return false;
  const after = wordAfter(around.folded, candidate.end);
  if (after && firstLetterIsUpper(around.text, around.folded, after.start)) return true;
  return othersFirstName(around, candidate);
}

/**
 * In a headline every word has a capital, so a capital before a surname is a first name only if
 * the page never writes that word in lowercase and it is no verb of the "Warns", "Blasts" kind:
 * "Handler Won't Interview Melania Trump", but "China Warns Trump", "Will Ask Trump To…".
 */
function headlineFirstName(around: Surroundings, candidate: Candidate): boolean {
  const { folded } = around;
  const before = capitalBefore(around, candidate.start);
  if (!before || before.end - before.start < 3 || folded.codes[before.end - 1] === 0x73) return false;
  const word = readFolded(folded, before.start, before.end);
  if (around.matcher.givenNames.get(candidate.record.entityId)?.has(word) || isFunctionWord(folded, before.start, before.end)) return false;
  return !around.writesInLowercase(word);
}

/** Whether the text writes `word` (folded) in lowercase somewhere. */
export function writesInLowercase(text: string, folded: FoldedText, word: string): boolean {
  for (let index = 0; index < folded.wordCount; index++) {
    const start = folded.wordStarts[index]!;
    if (folded.wordEnds[index]! - start === word.length && spells(folded, start, word) && !firstLetterIsUpper(text, folded, start)) return true;
  }
  return false;
}

/** "Melania Trump", "Hunter Biden": a first name before a surname that is not the official's own. */
const otherFirstName = (around: Surroundings, candidate: Candidate) =>
  around.headline() ? headlineFirstName(around, candidate) : othersFirstName(around, candidate);

/** Words before a generic "cartels" that keep them Mexico's ("Mexican cartels", "Mexico's cartels"). */
const MEXICAN = new Set(['mexican', 'mexico', 'mexicanos', 'mexicanas', 'mexicano', 'sinaloa', 'jalisco']);

/**
 * "Colombian cartels", "Canada-based drug trafficking organizations": the generic word for the
 * cartels after another country's name is about that country's groups, not Mexico's.
 */
function anotherCountrys(around: Surroundings, candidate: Candidate): boolean {
  const { text, folded } = around;
  let before = wordBefore(folded, candidate.start);
  // "Canada-based": a place then "based", at a sentence's start too.
  const based = before !== null && before.gap === SPACE && readFolded(folded, before.start, before.end) === 'based';
  if (based) before = wordBefore(folded, before!.start);
  if (!before || before.gap !== SPACE || (!based && opensSentence(folded, before.start)) || !firstLetterIsUpper(text, folded, before.start)) {
    // "Colombia's cartels"
    const { codes } = folded;
    const start = candidate.start;
    if (!(start >= 4 && codes[start - 1] === SPACE && codes[start - 2] === 0x73 && codes[start - 3] === APOSTROPHE)) return false;
    let ownerStart = start - 4;
    while (ownerStart > 0 && isWordCode(codes[ownerStart - 1]!)) ownerStart--;
    return firstLetterIsUpper(text, folded, ownerStart) && !MEXICAN.has(readFolded(folded, ownerStart, start - 3));
  }
  return !MEXICAN.has(readFolded(folded, before.start, before.end)) && !TITLES.has(readFolded(folded, before.start, before.end));
}

/** "Donald Trump Jr.": the son, unless the official's own name has the Jr. */
function juniorOfTheName(around: Surroundings, candidate: Candidate): boolean {
  const { folded } = around;
  let at = candidate.end;
  if (folded.codes[at] === COMMA) at++;
  const after = wordAfter(folded, at);
  if (!after || readFolded(folded, after.start, after.end) !== 'jr') return false;
  return !(around.matcher.aliasesOf.get(candidate.record.entityId) ?? []).some((alias) => alias.endsWith(' jr.') || alias.endsWith(' jr'));
}

const originalOf = (around: Surroundings, span: Span) => around.text.slice(around.folded.origin[span.start]!, around.folded.origin[span.end - 1]! + 1);

/**
 * A title right before the name, or a few words before it linked by "of", "de" and capitalized
 * words ("Secretary of Homeland Security Kelly", "el secretario de Estado, Tillerson"); the title
 * as the page writes it.
 */
function titleBefore(around: Surroundings, candidate: Candidate): { title: string; linked: boolean } | null {
  const { text, folded } = around;
  let at = candidate.start;
  let commas = 0;
  /** Whether a link word ("of", "de") or a comma stands between the title and the name. */
  let linked = false;
  for (let words = 0; words < TITLE_REACH; words++) {
    const before = wordBefore(folded, at);
    if (!before) break;
    if (before.gap === COMMA && ++commas > 1) break;
    if (before.gap === COMMA) linked = true;
    const word = readFolded(folded, before.start, before.end);
    if (TITLES.has(word)) return { title: originalOf(around, before), linked: linked || words === 0 };
    if (TITLE_LINKS.has(word)) linked = true;
    else if (!firstLetterIsUpper(text, folded, before.start)) break;
    at = before.start;
  }
  return null;
}

/** A title in an apposition after the name: "Kelly, the Homeland Security secretary,", "Graham, senador republicano,". */
function titleAfter(around: Surroundings, candidate: Candidate): string | null {
  const { folded } = around;
  if (folded.codes[candidate.end] !== COMMA) return null;
  let next = candidate.end + 1;
  for (let words = 0; words < TITLE_REACH; words++) {
    const after = wordAfter(folded, next);
    if (!after) break;
    if (TITLES.has(readFolded(folded, after.start, after.end))) return originalOf(around, after);
    next = after.end;
  }
  return null;
}

/** Whether the place name at the candidate is the place: "in Sinaloa", "Culiacán, Sinaloa", "Sinaloa state", "Jalisco y Michoacán". */
function readsAsPlace(around: Surroundings, candidate: Candidate): boolean {
  const { text, folded, matcher } = around;
  const before = wordBefore(folded, candidate.start);
  if (before) {
    const word = readFolded(folded, before.start, before.end);
    if (before.gap === SPACE && LOCATIVES.has(word)) {
      const owner = word === 'de' || word === 'del' || word === 'of' ? wordBefore(folded, before.start) : null;
      if (!owner || !GROUP_NOUNS.has(readFolded(folded, owner.start, owner.end))) return true;
    }
    // "Culiacán, Sinaloa": a city, then its state (at a sentence's start too, but "However, Sinaloa…" is no city).
    if (before.gap === COMMA && firstLetterIsUpper(text, folded, before.start)) {
      const opener = opensSentence(folded, before.start) && (isFunctionWord(folded, before.start, before.end) || SENTENCE_ADVERBS.has(word));
      if (!opener) return true;
    }
  }
  let at = candidate.end;
  if (folded.codes[at] === APOSTROPHE && folded.codes[at + 1] === 0x73) at += 2;
  const after = wordAfter(folded, at);
  if (!after) return false;
  const word = readFolded(folded, after.start, after.end);
  if (PLACE_FOLLOWERS.has(word)) return true;
  // "Jalisco y Michoacán", "Sinaloa and Sonora": a list of states, unless the next is a cartel too ("Sinaloa and Jalisco cartels").
  if (word === 'y' || word === 'and') {
    const next = wordAfter(folded, after.end);
    if (next && firstLetterIsUpper(text, folded, next.start)) return exactAt(text, folded, matcher, next.start, around.lang)?.record.type !== 'cartel';
  }
  return false;
}

/** "OPEC, the oil cartel", "el cartel del festival": "cartel" in another sense than the drug trade. */
const otherSenseOfCartel = (around: Surroundings, candidate: Candidate) =>
  wordNear(around.text, around.folded, candidate.start, candidate.end, OTHER_SENSES_OF_CARTEL) !== null;

/**
 * "Texas Department of State Health Services", "Brazil's National Security Council", "el Consejo
 * de Seguridad Nacional de México": a longer name of another body that contains ours.
 */
function longerOrganizationName(around: Surroundings, candidate: Candidate): boolean {
  const { text, folded } = around;
  const { start, end } = candidate;
  // "The State Department Bureau of International Narcotics…": the capital before is a name of ours just matched.
  const afterOurs = around.previous !== null && around.previous.end === start - 1;
  const before = around.headline() || afterOurs ? null : wordBefore(folded, start);
  if (before && before.gap === SPACE && firstLetterIsUpper(text, folded, before.start) && !opensSentence(folded, before.start)) {
    const word = readFolded(folded, before.start, before.end);
    if (!US_MARKERS.has(word) && !TITLES.has(word) && word.length > 1) return true;
  }
  // "Brazil's National Security Council": someone else's.
  const { codes } = folded;
  // "the State Department's Bureau of International Narcotics…" is ours: its owner is a name of ours just matched.
  const ownerIsOurs = around.previous !== null && around.previous.end === start - 3;
  if (!ownerIsOurs && start >= 4 && codes[start - 1] === SPACE && codes[start - 2] === 0x73 && codes[start - 3] === APOSTROPHE && isWordCode(codes[start - 4]!)) {
    let ownerStart = start - 4;
    while (ownerStart > 0 && isWordCode(codes[ownerStart - 1]!)) ownerStart--;
    if (firstLetterIsUpper(text, folded, ownerStart) && !US_MARKERS.has(readFolded(folded, ownerStart, start - 3))) return true;
  }
  if (candidate.record.caseSensitive || around.headline() || usBefore(folded, start)) return false;
  const after = wordAfter(folded, end);
  if (!after) return false;
  const next = readFolded(folded, after.start, after.end);
  if (firstLetterIsUpper(text, folded, after.start)) return !ORGANIZATION_ROLES.has(next);
  // "…de México", "…del Estado de Jalisco"; but "…de Estados Unidos", "…de la Casa Blanca" are ours.
  if (next === 'de' || next === 'del') {
    const owner = wordAfter(folded, after.end);
    return owner !== null && firstLetterIsUpper(text, folded, owner.start) && !US_AFTER_DE.has(readFolded(folded, owner.start, owner.end));
  }
  return false;
}

/** "U.S. Border Patrol …", "US State Department …": named as the US body, whatever capitals follow. */
function usBefore(folded: FoldedText, start: number): boolean {
  const before = readFolded(folded, Math.max(0, start - 6), start);
  return /(?:^|[^a-z0-9])(?:u\. ?s\.|us|usa|u\.s\.a\.) $/.test(before);
}

/**
 * An acronym beside a name that spells out someone else's: "DEA (Deutsche Erdöl AG)", "the
 * National Safety Council (NSC)".
 */
function acronymOfAnotherName(around: Surroundings, candidate: Candidate): boolean {
  const { text, folded, matcher } = around;
  const { start, end } = candidate;
  const aliases = matcher.aliasesOf.get(candidate.record.entityId) ?? [];
  const { codes } = folded;
  if (codes[end] === SPACE && codes[end + 1] === OPEN_PARENTHESIS && isWordCode(codes[end + 2] ?? 0) && firstLetterIsUpper(text, folded, end + 2)) {
    const spelled = readFolded(folded, end + 2, Math.min(folded.length, end + 2 + 80));
    return !aliases.some((alias) => spelled.startsWith(alias));
  }
  if (folded.codes[start - 1] === OPEN_PARENTHESIS) {
    const previous = around.previous;
    if (previous && previous.record.entityId === candidate.record.entityId && previous.end >= start - 3) return false;
    const before = start - 2 >= 0 && folded.codes[start - 2] === SPACE ? start - 3 : start - 2;
    if (before >= 0 && isWordCode(folded.codes[before]!)) {
      let wordStart = before;
      while (wordStart > 0 && isWordCode(folded.codes[wordStart - 1]!)) wordStart--;
      return firstLetterIsUpper(text, folded, wordStart);
    }
  }
  return false;
}

/** "the DEA", "la DEA": an acronym after an article, which English and Spanish news write only for the agency. */
function agencyArticle(around: Surroundings, candidate: Candidate): string | null {
  const before = wordBefore(around.folded, candidate.start);
  if (!before || before.gap !== SPACE) return null;
  const word = readFolded(around.folded, before.start, before.end);
  return AGENCY_ARTICLES.has(word) ? around.text.slice(around.folded.origin[before.start]!, around.folded.origin[before.end - 1]! + 1) : null;
}

/** "das Blinken": an article right before; but in "die Trump-Politik", "die Trump'sche Politik" it is the compound's. */
function afterForeignArticle(text: string, folded: FoldedText, candidate: Candidate): boolean {
  const before = wordBefore(folded, candidate.start);
  if (!before || before.gap !== SPACE || !FOREIGN_ARTICLES.has(readFolded(folded, before.start, before.end))) return false;
  const next = folded.codes[candidate.end];
  const joined = next === APOSTROPHE || (next === SPACE && /[-\u2010\u2011]/.test(text[folded.origin[candidate.end]!] ?? ''));
  return !joined;
}

/** How far back a web address may begin before a name inside it. */
const ADDRESS_REACH = 200;

/** Whether folded offset `start` sits inside a web address ("https://…/fentanilo-cartel", "www.…"): not prose. */
function insideAddress(text: string, folded: FoldedText, start: number): boolean {
  const { codes } = folded;
  const limit = Math.max(0, start - ADDRESS_REACH);
  for (let at = start - 1; at >= limit; at--) {
    const code = codes[at]!;
    // A hyphen between letters folds to a space, but inside an address it is part of it.
    if (code === BLOCK_BREAK || (code === SPACE && !/[-\u2010\u2011]/.test(text[folded.origin[at]!] ?? ''))) return false;
    if (code === 0x2f && codes[at - 1] === 0x2f && codes[at - 2] === 0x3a) return true;
    if (code === PERIOD && codes[at - 1] === 0x77 && codes[at - 2] === 0x77 && codes[at - 3] === 0x77) return true;
  }
  return false;
}

/**
 * A copy of a slice of the page's text that does not keep the whole chunk alive: V8 keeps a
 * slice's parent string, and a reason or an earlier full name outlives its 32 K chunk.
 */
export const detached = (slice: string): string => [...slice].join('');

/** Reasons repeat across a page's mentions (tens of thousands on a long one): one object for each. */
const sharedReasons = new Map<string, MentionReason>();
function shared(reason: MentionReason): MentionReason {
  const detail = reason.rule === 'exact' ? '' : reason.rule === 'fuzzy' ? reason.edits : reason.rule === 'cue' ? reason.cue : reason.rule === 'title' ? reason.title : reason.rule === 'namedEarlier' ? reason.fullName : reason.article;
  const key = `${reason.rule}\u0000${detail}`;
  const known = sharedReasons.get(key);
  if (known) return known;
  const kept: MentionReason =
    reason.rule === 'cue' ? { rule: 'cue', cue: detached(reason.cue) }
    : reason.rule === 'title' ? { rule: 'title', title: detached(reason.title) }
    : reason.rule === 'namedEarlier' ? { rule: 'namedEarlier', fullName: detached(reason.fullName) }
    : reason.rule === 'article' ? { rule: 'article', article: detached(reason.article) }
    : reason;
  sharedReasons.set(detached(key), kept);
  return kept;
}
const EXACT: MentionReason = shared({ rule: 'exact' });

/** A cue the fact base gives for the candidate's entity, standing in its sentence. */
const cueNear = (around: Surroundings, candidate: Candidate) =>
  wordNear(around.text, around.folded, candidate.start, candidate.end, around.matcher.cues.get(candidate.record.entityId) ?? []);

/** Why the candidate counts, or null when it does not. */
export function reasonToCount(around: Surroundings, candidate: Candidate): MentionReason | null {
  const { record } = candidate;
  if (insideAddress(around.text, around.folded, candidate.start)) return null;
  const { type } = record;
  if (type === 'person') {
    if (record.ambiguous && partOfAnotherName(around, candidate)) {
      // Decided for the whole page: after "Julie Graham … Graham said", the bare name is hers.
      around.namedOtherwise.add(record.entityId);
      return null;
    }
    if (record.surname && otherFirstName(around, candidate)) return null;
    if (juniorOfTheName(around, candidate)) return null;
  }
  if (type === 'organization' && (longerOrganizationName(around, candidate) || (record.caseSensitive && acronymOfAnotherName(around, candidate)))) return null;
  if (type === 'cartel' && !record.properName && (otherSenseOfCartel(around, candidate) || (!firstLetterIsUpper(around.text, around.folded, candidate.start) && anotherCountrys(around, candidate)))) return null;

  if (!around.matchingLanguage) {
    // In other languages only unambiguous names count, and a bare surname only after the full name,
    // and never after an article ("das Blinken der Warnleuchte").
    if (record.ambiguous || (record.surname && (!around.seen.has(record.entityId) || afterForeignArticle(around.text, around.folded, candidate)))) return null;
    return EXACT;
  }
  if (!record.ambiguous) return candidate.fuzzy ? shared({ rule: 'fuzzy', edits: candidate.edits }) : EXACT;

  if (type === 'person' || type === 'organization') {
    if (type === 'person') {
      const title = titleBefore(around, candidate)?.title ?? titleAfter(around, candidate);
      if (title) return shared({ rule: 'title', title });
    }
    const fullName = around.seen.get(record.entityId);
    if (fullName !== undefined) return shared({ rule: 'namedEarlier', fullName });
    if (type === 'person' && around.namedOtherwise.has(record.entityId)) return null;
    const cue = cueNear(around, candidate);
    if (cue) return shared({ rule: 'cue', cue });
    if (record.caseSensitive) {
      const article = agencyArticle(around, candidate);
      if (article) return shared({ rule: 'article', article });
    }
    return null;
  }
  // A place name (Sinaloa, Jalisco, Mérida) is ours only with context in its own sentence, and never as the place.
  if (record.properName) {
    if (readsAsPlace(around, candidate)) return null;
    const cue = cueNear(around, candidate);
    return cue ? shared({ rule: 'cue', cue }) : null;
  }
  // A word ("precursors", "heroína", "cartel" in Spanish) with context nearby, or on a page that
  // named the thing in full, in words of its own ("precursor chemicals"; "cárteles" says nothing of "carteles").
  const cue = cueNear(around, candidate);
  if (cue) return shared({ rule: 'cue', cue });
  const fullName = around.seen.get(record.entityId);
  return fullName !== undefined && /\s/.test(fullName) ? shared({ rule: 'namedEarlier', fullName }) : null;
}
