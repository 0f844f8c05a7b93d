// A claim's date is when the words were said or written, and only as far as the document gives it:
// the words that give the date are quoted from it, and any part they do not give (a year taken from
// elsewhere in the text) is marked as inferred, with the reason.
import { isStated } from '../../provenance';
import { listed, phrase, type Phrase, type PhraseValue } from '../../phrase';
import type { DataError } from '../validate';
import { distanceBetween, excerptAround, occurrences, paragraphAt } from '../document-text';
import { quoteForMessage, ruleError, type RuleContext } from './context';

/** How far from the claim the words that date it may stand. */
export const DATE_WINDOW = 400;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_KEYS = ['monthJanuary', 'monthFebruary', 'monthMarch', 'monthApril', 'monthMay', 'monthJune', 'monthJuly', 'monthAugust', 'monthSeptember', 'monthOctober', 'monthNovember', 'monthDecember'] as const;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The parts of a YYYY[-MM[-DD]] date that `words` do not state. */
export function unstatedDateParts(date: string, words: string): Phrase[] {
  const [year, month, day] = date.split('-');
  const text = words.toLowerCase();
  const missing: Phrase[] = [];
  if (year && !new RegExp(`\\b${year}\\b`).test(text)) missing.push(phrase('ruleDatePartYear', year));
  if (month) {
    const index = Number(month) - 1;
    const monthKey = MONTH_KEYS[index];
    if (!new RegExp(`\\b(?:${MONTH_NAMES[index]}|${MONTHS[index]}\\.?)(?![a-z])`).test(text)) missing.push(phrase('ruleDatePartMonth', monthKey ? phrase(monthKey) : month));
  }
  if (day && !new RegExp(`\\b${Number(day)}\\b`).test(text)) missing.push(phrase('ruleDatePartDay', String(Number(day))));
  return missing;
}

export function dateErrors(context: RuleContext): DataError[] {
  const errors: DataError[] = [];
  context.pack.claims.forEach((claim, index) => {
    const error = (rest: string, expected: PhraseValue, found: PhraseValue) => errors.push(ruleError(context, 'claims', index, rest, claim.id, expected, found));
    if (!isStated(claim.date)) {
      if (claim.dateEvidence || claim.dateInferred) error('/date', phrase('ruleExpectedDate'), '"not stated"');
      return;
    }
    const doc = context.document(claim.source);
    const spans = context.spansOf(claim);
    if (!doc || !spans) return;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a located claim has at least one span
    const anchor = { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
    if (!claim.dateEvidence) {
      error('/dateEvidence', phrase('ruleExpectedDateEvidence', claim.source, claim.date), phrase('ruleFoundNoneNextToClaim', quoteForMessage(excerptAround(doc, anchor, 80))));
      return;
    }
    const paragraph = paragraphAt(doc, anchor.start);
    const near = occurrences(doc, claim.dateEvidence).filter((span) => span.start >= paragraph.start && span.end <= paragraph.end && distanceBetween(span, anchor) <= DATE_WINDOW);
    if (!near.length) {
      error('/dateEvidence', phrase('ruleExpectedDateEvidenceNear', quoteForMessage(claim.dateEvidence), claim.source, DATE_WINDOW), phrase('ruleFoundNotThereNextToClaim', quoteForMessage(excerptAround(doc, anchor, 80))));
      return;
    }
    const missing = unstatedDateParts(claim.date, claim.dateEvidence);
    if (missing.length && !claim.dateInferred) {
      error('/dateInferred', phrase('ruleExpectedDateInferred', listed(missing), claim.date), phrase('ruleFoundDocumentSaysOnly', quoteForMessage(claim.dateEvidence)));
    }
  });
  return errors;
}
