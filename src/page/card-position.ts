// Keeps the card's frame beside the line being read: below it or, if there is more room, above it,
// never over it; moved sideways to stay on screen; a bottom sheet on narrow screens. It follows
// the line as the page scrolls or resizes until stopped.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { CARD_GAP, CARD_MAX_HEIGHT, frameHeightFor, layoutFor, sheetHeightFor } from './card-placement';

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

export function followAnchor({ frame, anchor, contentHeight, inheritedZoom }: FollowOptions): Following {
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- the frame is in the page's document, which has its window
  const window = frame.ownerDocument.defaultView!;
  let stopped = false;
  let lastRect: DOMRect | null = null;
  const reference = {
    getBoundingClientRect: () => {
      const lines = anchor.lines();
      const rect = lines[anchor.lineIndex] ?? lines[0] ?? lastRect;
      if (rect) lastRect = rect;
      return rect ?? new window.DOMRect(0, 0, 0, 0);
    },
    contextElement: anchor.element ?? undefined,
  };

  const update = () => {
    if (stopped) return;
    const zoom = inheritedZoom();
    frame.style.zoom = zoom > 0 && zoom !== 1 ? String(1 / zoom) : '';
    const sheet = layoutFor(window.innerWidth) === 'sheet';
    frame.classList.toggle('sheet', sheet);
    if (sheet) {
      frame.style.left = '';
      frame.style.top = '';
      frame.style.height = `${sheetHeightFor(contentHeight(), window.innerHeight)}px`;
      return;
    }
    // The whole card's height first, so flip() can tell whether it fits below the line.
    frame.style.height = `${frameHeightFor(contentHeight(), CARD_MAX_HEIGHT)}px`;
    void computePosition(reference, frame, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(CARD_GAP),
        flip({ fallbackPlacements: ['top-start'], padding: CARD_GAP, crossAxis: false }),
        // Sideways only: moving up or down would put the card over the line being read.
        shift({ padding: CARD_GAP, crossAxis: false }),
        size({
          padding: CARD_GAP,
          apply: ({ availableHeight }) => {
            frame.style.height = `${frameHeightFor(contentHeight(), availableHeight)}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      if (stopped) return;
      frame.style.left = `${Math.round(x)}px`;
      frame.style.top = `${Math.round(y)}px`;
    });
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
