// A claim's date is when the words were said or written, and only as far as the document gives it:
// the words that give the date are quoted from it, and any part they do not give (a year taken from
// elsewhere in the text) is marked as inferred, with the reason.
import { isStated } from '../../provenance';
import type { DataError } from '../validate';
import { distanceBetween, excerptAround, occurrences, paragraphAt } from '../document-text';
import { quoteForMessage, ruleError, type RuleContext } from './context';

/** How far from the claim the words that date it may stand. */
export const DATE_WINDOW = 400;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The parts of a YYYY[-MM[-DD]] date that `words` do not state. */
export function unstatedDateParts(date: string, words: string): string[] {
  const [year, month, day] = date.split('-');
  const text = words.toLowerCase();
  const missing: string[] = [];
  if (year && !new RegExp(`\\b${year}\\b`).test(text)) missing.push(`the year ${year}`);
  if (month) {
    const index = Number(month) - 1;
    if (!new RegExp(`\\b(?:${MONTH_NAMES[index]}|${MONTHS[index]}\\.?)(?![a-z])`).test(text)) missing.push(`the month ${MONTH_NAMES[index]}`);
  }
  if (day && !new RegExp(`\\b${Number(day)}\\b`).test(text)) missing.push(`the day ${Number(day)}`);
  return missing;
}

export function dateErrors(context: RuleContext): DataError[] {
  const errors: DataError[] = [];
  context.pack.claims.forEach((claim, index) => {
    const error = (rest: string, expected: string, found: string) => errors.push(ruleError(context, 'claims', index, rest, claim.id, expected, found));
    if (!isStated(claim.date)) {
      if (claim.dateEvidence || claim.dateInferred) error('/date', 'a date, since the claim gives words that date it', '"not stated"');
      return;
    }
    const doc = context.document(claim.source);
    const spans = context.spansOf(claim);
    if (!doc || !spans) return;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a located claim has at least one span
    const anchor = { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
    if (!claim.dateEvidence) {
      error('/dateEvidence', `the words of ${claim.source} that give the date ${claim.date} (or the date "not stated")`, `none; next to the claim the document says ${quoteForMessage(excerptAround(doc, anchor, 80))}`);
      return;
    }
    const paragraph = paragraphAt(doc, anchor.start);
    const near = occurrences(doc, claim.dateEvidence).filter((span) => span.start >= paragraph.start && span.end <= paragraph.end && distanceBetween(span, anchor) <= DATE_WINDOW);
    if (!near.length) {
      error('/dateEvidence', `${quoteForMessage(claim.dateEvidence)} as written in ${claim.source}, within ${DATE_WINDOW} characters of the claim`, `it is not there; next to the claim the document says ${quoteForMessage(excerptAround(doc, anchor, 80))}`);
      return;
    }
    const missing = unstatedDateParts(claim.date, claim.dateEvidence);
    if (missing.length && !claim.dateInferred) {
      error('/dateInferred', `a reason why ${missing.join(' and ')} of ${claim.date} is inferred, or a date the document states`, `the document says only ${quoteForMessage(claim.dateEvidence)}`);
    }
  });
  return errors;
}
