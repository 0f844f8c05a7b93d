// Keeps the card's frame beside the line being read, never over it (card-placement.ts decides
// where), and follows the line as the page scrolls, reflows or resizes, until stopped. floating-ui
// only tells us when to place the frame again.
import { autoUpdate } from '@floating-ui/dom';
import { layoutFor, placeBeside, placeSheet } from './card-placement';

export interface CardAnchor {
  /** The mention's line boxes now (they move as the page scrolls and reflows). */
  lines(): readonly DOMRect[];
  /** Which line the card belongs to. */
  lineIndex: number;
  /** The element holding the mention: its scroll containers are watched. */
  element: Element | null;
}

export interface FollowOptions {
  frame: HTMLIFrameElement;
  anchor: CardAnchor;
  /** The card's natural height, as the frame last reported it. */
  contentHeight(): number;
  /** The zoom the frame inherits from the page (`zoom` on <html>), to be undone. */
  inheritedZoom(): number;
}

export interface Following {
  /** Places the frame again now (its content height changed). */
  update(): void;
  stop(): void;
}

/** The block the mention's text line belongs to (its paragraph), whose width the line spans. */
function blockOf(element: Element | null): Element | null {
  let current = element;
  while (current && current.parentElement && getComputedStyle(current).display.startsWith('inline')) current = current.parentElement;
  return current;
}

export function followAnchor({ frame, anchor, contentHeight, inheritedZoom }: FollowOptions): Following {
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- the frame is in the page's document, which has its window
  const window = frame.ownerDocument.defaultView!;
  let stopped = false;
  let lastRect: DOMRect | null = null;
  const lineRect = () => {
    const lines = anchor.lines();
    const rect = lines[anchor.lineIndex] ?? lines[0] ?? lastRect;
    if (rect) lastRect = rect;
    return rect ?? new window.DOMRect(0, 0, 0, 0);
  };
  const reference = { getBoundingClientRect: lineRect, contextElement: anchor.element ?? undefined };
  const block = blockOf(anchor.element);

  const update = () => {
    if (stopped) return;
    const zoom = inheritedZoom();
    frame.style.zoom = zoom > 0 && zoom !== 1 ? String(1 / zoom) : '';
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const line = lineRect();
    const sheet = layoutFor(viewport.width) === 'sheet';
    frame.classList.toggle('sheet', sheet);
    if (sheet) {
      const placed = placeSheet(line, viewport, contentHeight());
      frame.style.left = '';
      frame.style.top = `${placed.y}px`;
      frame.style.height = `${placed.height}px`;
      frame.style.borderRadius = placed.edge === 'top' ? '0 0 12px 12px' : '';
      return;
    }
    frame.style.borderRadius = '';
    const row = block?.getBoundingClientRect() ?? line;
    const placed = placeBeside(line, viewport, { width: frame.getBoundingClientRect().width, contentHeight: contentHeight() }, row);
    frame.style.left = `${placed.x}px`;
    frame.style.top = `${placed.y}px`;
    frame.style.height = `${placed.height}px`;
  };

  const stopAutoUpdate = autoUpdate(reference, frame, update);
  return {
    update,
    stop() {
      stopped = true;
      stopAutoUpdate();
    },
  };
}
