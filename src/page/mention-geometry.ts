// Where a painted mention is and what it says: the one place the card reads a mention's range.
// Mentions are kept as StaticRanges (text-index.ts), which have no geometry: a live Range is made
// only to measure, one shared per document and collapsed again at once, so the page never carries
// more than that one (and the open card's, made at open time).
import { textQuoteFor, type TextQuote } from '../core/reading-log';
import type { PageMention } from './annotator';

const measuring = new WeakMap<Document, Range>();

/** A live Range over the mention, or null when its offsets no longer fit its text (the page changed it). */
export function liveRangeOf(pageMention: PageMention): Range | null {
  const document = placedIn(pageMention);
  if (!document) return null;
  const range = document.createRange();
  setTo(range, pageMention);
  return range;
}

/** The mention's document while its offsets still fit its text nodes on the page, else null. */
function placedIn({ range: { startContainer, startOffset, endContainer, endOffset } }: PageMention): Document | null {
  const document = startContainer.ownerDocument;
  if (!document || !startContainer.isConnected || !endContainer.isConnected) return null;
  return startOffset > lengthOf(startContainer) || endOffset > lengthOf(endContainer) ? null : document;
}

function setTo(range: Range, { range: { startContainer, startOffset, endContainer, endOffset } }: PageMention): void {
  range.setStart(startContainer, startOffset);
  range.setEnd(endContainer, endOffset);
}

/** Runs `measure` on the document's one measuring Range set to the mention, then collapses it again. */
function measured<T>(pageMention: PageMention, empty: T, measure: (range: Range) => T): T {
  const document = placedIn(pageMention);
  if (!document) return empty;
  let range = measuring.get(document);
  if (!range) measuring.set(document, (range = document.createRange()));
  setTo(range, pageMention);
  try {
    return measure(range);
  } finally {
    // Collapsed on the document itself: it holds no page node, and the page's edits barely touch it.
    range.setStart(document, 0);
    range.collapse(true);
  }
}

function lengthOf(node: Node): number {
  return (node as CharacterData).length ?? node.childNodes.length;
}

/** One rect per line the mention runs over, in viewport coordinates. */
export function clientRectsOf(pageMention: PageMention): DOMRect[] {
  return measured(pageMention, [], (range) => [...range.getClientRects()]);
}

/** The element holding the mention: its scroll containers are the ones the card follows. */
export function elementOf(pageMention: PageMention): Element | null {
  return pageMention.range.startContainer.parentElement;
}

/** What the painter draws for this mention. */
export function highlightOf(pageMention: PageMention): AbstractRange {
  return pageMention.range;
}

export function scrollToMention(pageMention: PageMention, behavior: ScrollBehavior): void {
  elementOf(pageMention)?.scrollIntoView({ block: 'center', behavior });
}

/** The mention's words with a little of the page text on either side, for the reading log. */
export function quoteAround(pageMention: PageMention): TextQuote {
  const { range } = pageMention;
  const before = range.startContainer.textContent ?? '';
  const after = range.endContainer.textContent ?? '';
  const exact = range.startContainer === range.endContainer
    ? before.slice(range.startOffset, range.endOffset)
    : measured(pageMention, pageMention.match.text, (live) => live.toString());
  const text = `${before.slice(0, range.startOffset)}${exact}${after.slice(range.endOffset)}`;
  return textQuoteFor(text, range.startOffset, range.startOffset + exact.length);
}
