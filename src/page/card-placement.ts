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

export interface Viewport {
  width: number;
  height: number;
}

/** Which side of the line the card sits on. */
export type Side = 'below' | 'above' | 'right' | 'left';

export interface BesidePlacement {
  side: Side;
  x: number;
  y: number;
  height: number;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

/**
 * Where a floating card goes so that the line being read stays in sight: below the line if the
 * whole card fits there, else above it, else beside it (right, then left) where the viewport is
 * wide enough, else on whichever of below and above has more room, shortened to it (the card then
 * scrolls inside). It may run off the screen, never over the line. `row` is the text line's
 * horizontal extent (the paragraph's), so a card beside the line never covers the rest of it.
 */
export function placeBeside(line: Box, viewport: Viewport, card: { width: number; contentHeight: number }, row: { left: number; right: number } = line): BesidePlacement {
  const wanted = Math.min(CARD_MAX_HEIGHT, Math.ceil(card.contentHeight));
  const roomBelow = viewport.height - line.bottom - 2 * CARD_GAP;
  const roomAbove = line.top - 2 * CARD_GAP;
  const x = clamp(line.left, CARD_GAP, viewport.width - card.width - CARD_GAP);
  const below = (height: number): BesidePlacement => ({ side: 'below', x, y: Math.round(line.bottom + CARD_GAP), height });
  const above = (height: number): BesidePlacement => ({ side: 'above', x, y: Math.round(line.top - CARD_GAP - height), height });
  if (wanted <= roomBelow) return below(wanted);
  if (wanted <= roomAbove) return above(wanted);
  if (wanted <= viewport.height - 2 * CARD_GAP) {
    // Level with the line where the screen allows, so the eye does not travel far.
    const y = Math.round(clamp(line.top - CARD_GAP, CARD_GAP, viewport.height - CARD_GAP - wanted));
    const right = Math.max(row.right, line.right);
    const left = Math.min(row.left, line.left);
    if (card.width <= viewport.width - right - 2 * CARD_GAP) return { side: 'right', x: Math.round(right + CARD_GAP), y, height: wanted };
    if (card.width <= left - 2 * CARD_GAP) return { side: 'left', x: Math.round(left - CARD_GAP - card.width), y, height: wanted };
  }
  const shortened = (room: number) => Math.min(wanted, Math.max(Math.floor(room), Math.min(CARD_MIN_HEIGHT, wanted)));
  return roomBelow >= roomAbove ? below(shortened(roomBelow)) : above(shortened(roomAbove));
}

export interface SheetPlacement {
  edge: 'bottom' | 'top';
  y: number;
  height: number;
}

/**
 * The narrow screen's sheet, along the bottom edge unless that would cover the line being read:
 * then along the top, or on whichever edge leaves more room, shortened so the line stays in sight.
 */
export function placeSheet(line: Box, viewport: Viewport, contentHeight: number): SheetPlacement {
  const cap = Math.floor(viewport.height * SHEET_MAX_SHARE);
  const wanted = Math.min(Math.ceil(contentHeight), cap);
  const roomBottom = Math.max(0, Math.min(cap, Math.floor(viewport.height - line.bottom - CARD_GAP)));
  const roomTop = Math.max(0, Math.min(cap, Math.floor(line.top - CARD_GAP)));
  const bottom = (height: number): SheetPlacement => ({ edge: 'bottom', y: viewport.height - height, height });
  if (wanted <= roomBottom) return bottom(wanted);
  if (wanted <= roomTop) return { edge: 'top', y: 0, height: wanted };
  return roomBottom >= roomTop ? bottom(roomBottom) : { edge: 'top', y: 0, height: roomTop };
}
