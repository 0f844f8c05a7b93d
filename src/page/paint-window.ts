// On a page with thousands of mentions, only those within a few screens of the viewport are
// painted. The browser revalidates every range of a registered Highlight after each DOM change the
// page makes (measured in Chromium 156: 30,000 StaticRanges in a Highlight added 1.3 s to 2,000 of the
// page's own insertions, with no extension at all), so the registry is kept to what the reader can
// reach soon. Every mention is still held, counted and reachable by the keyboard; the window
// follows scrolling in one animation frame.
import type { PageMention } from './annotator';

/** Up to this many mentions, all are painted. */
export const PAINT_ALL_UP_TO = 400;
/** How far beyond the viewport, in viewport heights, mentions are painted. */
export const MARGIN_SCREENS = 1.5;
/** The same on a page that never stops changing, where each painted range costs every frame. */
export const CHANGING_PAGE_MARGIN_SCREENS = 0.5;
/** Mentions out of the window in a row before a scan stops: layouts are not strictly in document order. */
const TOLERANCE = 24;

type Box = { top: number; bottom: number } | null;

/**
 * The slice [from, to) of `mentions` (document order) near the viewport: a binary search on the
 * mentions' boxes, then a scan either way that allows some disorder (floats, columns, grids).
 */
export function windowNearViewport(mentions: readonly PageMention[], viewportHeight: number, boxOf: (pageMention: PageMention) => Box, marginScreens = MARGIN_SCREENS): [number, number] {
  const margin = viewportHeight * marginScreens;
  const boxAt = (index: number): Box => {
    const pageMention = mentions[index];
    return pageMention ? boxOf(pageMention) : null;
  };
  const near = (box: Box) => box !== null && box.bottom >= -margin && box.top <= viewportHeight + margin;
  const above = (box: Box) => box !== null && box.bottom < -margin;
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (above(boxAt(middle))) low = middle + 1;
    else high = middle;
  }
  let from = low;
  for (let index = low - 1, misses = 0; index >= 0 && misses < TOLERANCE; index--) {
    if (near(boxAt(index))) {
      from = index;
      misses = 0;
    } else misses++;
  }
  let to = low;
  for (let index = low, misses = 0; index < mentions.length && misses < TOLERANCE; index++) {
    if (near(boxAt(index))) {
      to = index + 1;
      misses = 0;
    } else misses++;
  }
  return [from, Math.max(from, to)];
}
