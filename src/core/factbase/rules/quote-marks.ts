// A claim labelled "quote" must be words the document puts in quotation marks: the reporter's own
// sentences are "reported" or "framing", never a speaker's quote.
import type { DataError } from '../validate';
import { phrase } from '../../phrase';
import { excerptAround, quotedStretchAround } from '../document-text';
import { quoteForMessage, ruleError, type RuleContext } from './context';

export function quoteMarkErrors(context: RuleContext): DataError[] {
  const errors: DataError[] = [];
  context.pack.claims.forEach((claim, index) => {
    if (claim.kind !== 'quote') return;
    const doc = context.document(claim.source);
    const spans = context.spansOf(claim);
    if (!doc || !spans) return;
    const outside = spans.find((span) => !quotedStretchAround(doc, span));
    if (outside) {
      errors.push(
        ruleError(context, 'claims', index, '/kind', claim.id, phrase('ruleExpectedInsideMarks', claim.source), phrase('ruleFoundOutsideMarks', quoteForMessage(excerptAround(doc, outside, 60)))),
      );
    }
  });
  return errors;
}
