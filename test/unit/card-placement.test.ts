// Where the card goes and which mention the keys move to: decisions over numbers, no DOM.
import { describe, expect, it } from 'vitest';
import { CARD_MAX_HEIGHT, CARD_MIN_HEIGHT, frameHeightFor, layoutFor, lineIndexAt, SHEET_BELOW_WIDTH, sheetHeightFor } from '../../src/page/card-placement';
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

  it.each([
    [300, 800, 300],
    [900, 800, CARD_MAX_HEIGHT],
    [500, 350.6, 350],
    [500, 40, CARD_MIN_HEIGHT],
    [100, 40, 100],
  ])('a card %i px tall in %i px of room gets a %i px frame', (content, room, height) => {
    expect(frameHeightFor(content, room)).toBe(height);
  });

  it('keeps the bottom sheet to most of the screen, never all of it', () => {
    expect(sheetHeightFor(300, 800)).toBe(300);
    expect(sheetHeightFor(900, 800)).toBe(560);
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
    [0, -1, 'next', -1],
  ] as const)('among %i mentions, from %i, %s is %i', (count, current, direction, expected) => {
    expect(nextIndex(count, current, direction)).toBe(expected);
  });
});
