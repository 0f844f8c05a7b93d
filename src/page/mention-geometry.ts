// Where a painted mention is and what it says: the one place the card reads a mention's range, so
// the way mentions are kept (live ranges today) can change without the card noticing.
import { textQuoteFor, type TextQuote } from '../core/reading-log';
import type { MentionMatch } from '../core/types';
import type { PageMention } from './annotator';

/** One rect per line the mention runs over, in viewport coordinates. */
export function clientRectsOf(pageMention: PageMention): DOMRect[] {
  return [...pageMention.range.getClientRects()];
}

/** The element holding the mention: its scroll containers are the ones the card follows. */
export function elementOf(pageMention: PageMention): Element | null {
  return pageMention.range.startContainer.parentElement;
}

/** What the painter draws for this mention. */
export function highlightOf(pageMention: PageMention): Range {
  return pageMention.range;
}

export function scrollToMention(pageMention: PageMention, behavior: ScrollBehavior): void {
  elementOf(pageMention)?.scrollIntoView({ block: 'center', behavior });
}

/** What the card's "Why this is highlighted" shows: the match without its place in the page. */
export function matchOf({ entityId, text, alias, fuzzy, score, reason }: PageMention): MentionMatch {
  return { entityId, text, alias, fuzzy, score, reason };
}

/** The mention's words with a little of the page text on either side, for the reading log. */
export function quoteAround(pageMention: PageMention): TextQuote {
  const { range } = pageMention;
  const before = range.startContainer.textContent ?? '';
  const after = range.endContainer.textContent ?? '';
  const exact = range.toString();
  const text = `${before.slice(0, range.startOffset)}${exact}${after.slice(range.endOffset)}`;
  return textQuoteFor(text, range.startOffset, range.startOffset + exact.length);
}
