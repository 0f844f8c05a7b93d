// Where the card goes and which mention the keys move to: decisions over numbers, no DOM.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CARD_GAP, CARD_MAX_HEIGHT, CARD_MIN_HEIGHT, layoutFor, lineIndexAt, placeBeside, placeSheet, SHEET_BELOW_WIDTH, SHEET_MAX_SHARE } from '../../src/page/card-placement';
import { navigationKey, nextIndex } from '../../src/core/keyboard';

const line = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('card placement', () => {
  it.each([
    [320, 'sheet'],
    [SHEET_BELOW_WIDTH - 1, 'sheet'],
    [SHEET_BELOW_WIDTH, 'beside'],
    [1280, 'beside'],
  ])('a %i px wide viewport gets the card %s the text', (width, layout) => {
    expect(layoutFor(width)).toBe(layout);
  });

  it('follows the line the reader pointed at, the nearest one if the point is between lines', () => {
    // A mention broken over two lines: the end of one line and the start of the next.
    const lines = [line(600, 100, 700, 120), line(20, 124, 80, 144)];
    expect(lineIndexAt(lines, { x: 650, y: 110 })).toBe(0);
    expect(lineIndexAt(lines, { x: 40, y: 130 })).toBe(1);
    expect(lineIndexAt(lines, { x: 50, y: 122.5 })).toBe(1);
    expect(lineIndexAt(lines, null)).toBe(0);
    expect(lineIndexAt([line(0, 0, 10, 10)], { x: 500, y: 500 })).toBe(0);
  });

  const desktop = { width: 1280, height: 800 };
  const card = (contentHeight: number) => ({ width: 460, contentHeight });

  it('puts the whole card below the line when it fits, else above, keeping it on screen sideways', () => {
    expect(placeBeside(line(100, 100, 200, 120), desktop, card(300))).toEqual({ side: 'below', x: 100, y: 128, height: 300 });
    expect(placeBeside(line(100, 600, 200, 620), desktop, card(300))).toEqual({ side: 'above', x: 100, y: 292, height: 300 });
    expect(placeBeside(line(1200, 100, 1260, 120), desktop, card(300)).x).toBe(1280 - 460 - CARD_GAP);
    expect(placeBeside(line(0, 100, 60, 120), desktop, card(900)).height).toBe(CARD_MAX_HEIGHT);
  });

  it('goes beside the line when neither above nor below holds the card but the side does', () => {
    // A line in the middle of a short screen, with room on its right.
    expect(placeBeside(line(100, 290, 300, 310), { width: 1280, height: 600 }, card(400))).toEqual({ side: 'right', x: 308, y: 192, height: 400 });
    expect(placeBeside(line(800, 290, 1000, 310), { width: 1100, height: 600 }, card(400))).toMatchObject({ side: 'left', x: 800 - CARD_GAP - 460 });
    // Beside the whole text line, not only the mention: the rest of the line stays in sight.
    expect(placeBeside(line(100, 290, 200, 310), { width: 1280, height: 600 }, card(400), { left: 100, right: 700 })).toMatchObject({ side: 'right', x: 708 });
    expect(placeBeside(line(100, 290, 200, 310), { width: 1280, height: 600 }, card(400), { left: 100, right: 900 })).toMatchObject({ side: 'below', height: 274 });
  });

  it('shortens the card to the larger side when nothing holds it whole', () => {
    expect(placeBeside(line(300, 290, 900, 310), { width: 1000, height: 600 }, card(500))).toEqual({ side: 'below', x: 300, y: 318, height: 274 });
    expect(placeBeside(line(300, 560, 900, 580), { width: 1000, height: 640 }, card(700))).toMatchObject({ side: 'above', height: 544 });
    // Less room than a card is worth: the card keeps a readable height and runs off the screen instead.
    expect(placeBeside(line(300, 40, 900, 60), { width: 1000, height: 120 }, card(500)).height).toBe(CARD_MIN_HEIGHT);
  });

  it('puts the narrow screen’s sheet along the bottom unless it would cover the line, and never over most of the screen', () => {
    const phone = { width: 390, height: 844 };
    expect(placeSheet(line(20, 100, 120, 120), phone, 300)).toEqual({ edge: 'bottom', y: 544, height: 300 });
    expect(placeSheet(line(20, 100, 120, 120), phone, 2000)).toEqual({ edge: 'bottom', y: 844 - 590, height: Math.floor(844 * SHEET_MAX_SHARE) });
    expect(placeSheet(line(20, 700, 120, 720), phone, 300)).toEqual({ edge: 'top', y: 0, height: 300 });
    expect(placeSheet(line(20, 400, 120, 420), phone, 600)).toEqual({ edge: 'bottom', y: 844 - 416, height: 416 });
  });

  const intersects = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it('never covers the line, wherever it is and however tall the card', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 2000 }), fc.integer({ min: 200, max: 1400 }), fc.integer({ min: 0, max: 3000 }),
        fc.double({ min: -0.2, max: 1.2, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 20, max: 300 }),
        (width, height, contentHeight, top, left, lineWidth) => {
          const viewport = { width, height };
          const lineTop = Math.round(top * height);
          const lineLeft = Math.round(left * (width - 20));
          const box = line(lineLeft, lineTop, Math.min(width, lineLeft + lineWidth), lineTop + 20);
          const cardWidth = Math.min(460, width - 16);
          const rect = layoutFor(width) === 'sheet'
            ? (({ y, height: h }) => line(0, y, width, y + h))(placeSheet(box, viewport, contentHeight))
            : (({ x, y, height: h }) => line(x, y, x + cardWidth, y + h))(placeBeside(box, viewport, { width: cardWidth, contentHeight }));
          expect(intersects(rect, box), JSON.stringify({ viewport, box, rect })).toBe(false);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('keyboard navigation', () => {
  it.each([
    [{ code: 'Period', altKey: true, shiftKey: true, ctrlKey: false, metaKey: false }, 'next'],
    [{ code: 'Comma', altKey: true, shiftKey: true, ctrlKey: false, metaKey: false }, 'previous'],
    [{ code: 'Period', altKey: true, shiftKey: false, ctrlKey: false, metaKey: false }, null],
    [{ code: 'Period', altKey: true, shiftKey: true, ctrlKey: true, metaKey: false }, null],
    [{ code: 'Period', altKey: true, shiftKey: true, ctrlKey: false, metaKey: true }, null],
    [{ code: 'KeyN', altKey: true, shiftKey: true, ctrlKey: false, metaKey: false }, null],
    [{ code: 'Period', altKey: false, shiftKey: true, ctrlKey: false, metaKey: false }, null],
    [{ code: 'Comma', altKey: false, shiftKey: true, ctrlKey: false, metaKey: false }, null],
    [{ code: 'Comma', altKey: true, shiftKey: true, ctrlKey: true, metaKey: false }, null],
  ])('%j is %s', (press, direction) => {
    expect(navigationKey(press)).toBe(direction);
  });

  it.each([
    [5, -1, 'next', 0],
    [5, -1, 'previous', 4],
    [5, 4, 'next', 0],
    [5, 0, 'previous', 4],
    [5, 2, 'next', 3],
    [5, 9, 'next', 0],
    [5, 9, 'previous', 4],
    [5, 5, 'next', 0],
    [5, 5, 'previous', 4],
    [5, 3, 'previous', 2],
    [5, 0, 'next', 1],
    [1, 0, 'next', 0],
    [1, 0, 'previous', 0],
    [0, -1, 'next', -1],
    [0, -1, 'previous', -1],
    [-1, 0, 'next', -1],
  ] as const)('among %i mentions, from %i, %s is %i', (count, current, direction, expected) => {
    expect(nextIndex(count, current, direction)).toBe(expected);
  });
});
