// Which mention is under a point on screen. The caret APIs find the text position; the range's
// client rects then confirm the point is on the words, not on nearby whitespace.
import type { PageMention } from './annotator';
import { clientRectsOf } from './mention-geometry';

type CaretPositionDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(document: Document, x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as CaretPositionDocument;
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The client rect of the mention's line that holds the point, if any. */
export function rectAtPoint(rects: Iterable<DOMRect>, x: number, y: number): DOMRect | null {
  for (const rect of rects) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return null;
}

export function mentionAtPoint(
  document: Document,
  x: number,
  y: number,
  mentionsInNode: (node: Node) => readonly PageMention[],
): { pageMention: PageMention; rect: DOMRect } | null {
  const caret = caretAt(document, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const candidates = mentionsInNode(caret.node);
  // The caret lands between characters, so a point on a mention's last letter can report the
  // offset just past it; the rect check below is what decides.
  for (const pageMention of candidates) {
    const rect = rectAtPoint(clientRectsOf(pageMention), x, y);
    if (rect) return { pageMention, rect };
  }
  return null;
}
