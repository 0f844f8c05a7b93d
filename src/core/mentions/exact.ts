// The exact step: from one word start, walk the alias trie as far as the text allows and keep the
// longest alias that ends on a word boundary, in the block's language.
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the engine reads typed arrays and tables at indices in bounds by construction, in its hottest loops; a check per read would cost speed (npm run bench) and add branches no input can reach */
import type { Candidate } from './candidate';
import type { AliasRecord, Matcher } from './compile';
import { firstLetterIsUpper, isWordCode, type FoldedText } from './fold';

const LOWER_S = 0x73;
const LOWER_E = 0x65;

export const isBoundary = (folded: FoldedText, index: number): boolean => index >= folded.length || index < 0 || !isWordCode(folded.codes[index]!);

/** English "s"/"es" and Spanish "s"/"es" plurals, only where the language allows them. */
function pluralLength(folded: FoldedText, end: number, record: AliasRecord): number {
  const { codes } = folded;
  const last = record.folded.charCodeAt(record.folded.length - 1);
  if (!isWordCode(last) || last < 0x61 || last > 0x7a) return 0;
  if (codes[end] === LOWER_S && isBoundary(folded, end + 1)) return last === LOWER_S ? 0 : 1;
  if (codes[end] === LOWER_E && codes[end + 1] === LOWER_S && isBoundary(folded, end + 2)) {
    const vowel = last === 0x61 || last === LOWER_E || last === 0x69 || last === 0x6f || last === 0x75;
    const sibilant = last === LOWER_S || last === 0x78 || last === 0x7a || last === 0x68;
    if (record.lang === 'es' ? !vowel : sibilant) return 2;
  }
  return 0;
}

/** The page's letters behind folded units [start, end), invisible characters left out, runs of space as one. */
function writtenLetters(text: string, folded: FoldedText, start: number, end: number): string {
  let written = '';
  for (let index = start; index < end; index++) {
    const code = folded.codes[index]!;
    written += code === 0x20 ? ' ' : text[folded.origin[index]!];
  }
  return written;
}

function acceptsCase(text: string, folded: FoldedText, start: number, end: number, record: AliasRecord): boolean {
  // An acronym is read in its own case, whatever soft hyphens or zero-width characters sit inside it ("D\u200bEA").
  if (record.caseSensitive) return writtenLetters(text, folded, start, end) === record.text.replace(/\s+/g, ' ');
  return !record.capitalized || firstLetterIsUpper(text, folded, start);
}

const COMBINING_MARK = /[\u0300-\u036f]/;

/**
 * Whether the page spells the alias as the fact base does, accents included ("cártel", not
 * "cartel"): where two aliases fold alike, the one spelled as written wins.
 */
function spelledAsWritten(text: string, folded: FoldedText, start: number, record: AliasRecord): boolean {
  const wanted = record.text.toLowerCase().replace(/\s+/g, ' ');
  if (wanted.length !== record.folded.length) return false;
  for (let index = 0; index < wanted.length; index++) {
    const unit = start + index;
    if (folded.codes[unit] === 0x20) {
      if (wanted[index] !== ' ' && wanted[index] !== '-') return false;
      continue;
    }
    const at = folded.origin[unit]!;
    let letter = text[at] ?? '';
    // Decomposed accents ("a\u0301") are read with their letter.
    for (let next = at + 1; next < text.length && COMBINING_MARK.test(text[next]!); next++) letter += text[next];
    if (letter.normalize('NFC').toLowerCase() !== wanted[index]) return false;
  }
  return true;
}

/**
 * The longest alias starting at folded offset `start`, in the block's language (`lang`: a record in
 * another language is skipped; null, nothing known, skips none), or null.
 */
export function exactAt(text: string, folded: FoldedText, matcher: Matcher, start: number, lang: string | null): Candidate | null {
  const { symbolOf, alphabetSize, dense, denseStates, sparse, records: recordsAt } = matcher.automaton;
  const { codes } = folded;
  let state = 0;
  let best: Candidate | null = null;
  let bestSpelled = false;
  for (let index = start; index < folded.length; index++) {
    const symbol = symbolOf[codes[index]!]!;
    if (symbol === 0) break;
    state = state < denseStates ? dense[state * alphabetSize + symbol]! - 1 : (sparse[state - denseStates]!.get(symbol) ?? -1);
    if (state < 0) break;
    const records = recordsAt[state];
    if (!records) continue;
    const end = index + 1;
    for (const record of records) {
      // A word of one language is not read in text of another ("cartel" is a poster in Spanish).
      if (!record.anyLanguage && lang !== null && record.lang !== lang) continue;
      // The boundary first: an acronym's letters open many words ("dea" in "deal"), and its case check reads the page.
      const plural = record.caseSensitive ? 0 : pluralLength(folded, end, record);
      if (!plural && !isBoundary(folded, end)) continue;
      if (!acceptsCase(text, folded, start, end, record)) continue;
      const matchEnd = end + plural;
      if (best && matchEnd < best.end) continue;
      if (best && matchEnd === best.end) {
        // Same length: the alias spelled as the page spells it wins ("cártel" over "cartel").
        if (bestSpelled || records.length === 1 || !spelledAsWritten(text, folded, start, record)) continue;
        bestSpelled = true;
      } else bestSpelled = records.length > 1 && spelledAsWritten(text, folded, start, record);
      best = { start, end: matchEnd, record, fuzzy: false, score: 1, edits: 0 };
    }
  }
  return best;
}
