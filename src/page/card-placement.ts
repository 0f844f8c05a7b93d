// Where the card goes, as pure decisions over numbers: beside the line being read or, on a narrow
// screen, as a sheet along the bottom; which of a mention's lines it follows; how tall the frame is.

/** Below this viewport width the card is a bottom sheet: a floating card would cover the text. */
export const SHEET_BELOW_WIDTH = 480;
/** Space kept between the card and the line, and between the card and the viewport's edges. */
export const CARD_GAP = 8;
export const CARD_MAX_HEIGHT = 640;
/** A card shorter than this is not worth showing beside the line; it scrolls inside instead. */
export const CARD_MIN_HEIGHT = 160;
/** The sheet never covers more than this share of the screen, so the article stays in sight. */
export const SHEET_MAX_SHARE = 0.7;

export type CardLayout = 'beside' | 'sheet';

export function layoutFor(viewportWidth: number): CardLayout {
  return viewportWidth < SHEET_BELOW_WIDTH ? 'sheet' : 'beside';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Which of a mention's line boxes the card belongs to: the one holding the point the reader
 * pointed at (or the nearest), the first one when the card was opened from the keyboard.
 */
export function lineIndexAt(lines: readonly Box[], point: { x: number; y: number } | null): number {
  if (!point || lines.length < 2) return 0;
  let best = 0;
  let bestDistance = Infinity;
  lines.forEach((line, index) => {
    const dx = Math.max(line.left - point.x, 0, point.x - line.right);
    const dy = Math.max(line.top - point.y, 0, point.y - line.bottom);
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/** The frame's height: all of the card if it fits the space, else the space (the card scrolls). */
export function frameHeightFor(contentHeight: number, availableHeight: number): number {
  const room = Math.min(CARD_MAX_HEIGHT, Math.max(CARD_MIN_HEIGHT, Math.floor(availableHeight)));
  return Math.max(0, Math.min(Math.ceil(contentHeight), room));
}

export function sheetHeightFor(contentHeight: number, viewportHeight: number): number {
  return Math.max(0, Math.min(Math.ceil(contentHeight), Math.floor(viewportHeight * SHEET_MAX_SHARE)));
}
