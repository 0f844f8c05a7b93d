// When a page counts as always changing (src/page/change-rate.ts).
import { describe, expect, it } from 'vitest';
import { createChangeRate } from '../../src/page/change-rate';

/** Feeds `count` changes `everyMs` apart from `from`; the answer to the last one. */
function feed(rate: ReturnType<typeof createChangeRate>, count: number, everyMs: number, from = 0): boolean {
  let answer = false;
  for (let index = 0; index < count; index++) answer = rate.changed(from + index * everyMs);
  return answer;
}

describe('the page’s change rate', () => {
  it('is not passed by exactly the limit within a second', () => {
    expect(feed(createChangeRate(30), 30, 10)).toBe(false);
  });

  it('is passed by one change more than the limit within a second', () => {
    expect(feed(createChangeRate(30), 31, 10)).toBe(true);
  });

  it('starts counting again each second: a change every 40 ms (25 a second) for a minute never passes 30', () => {
    expect(feed(createChangeRate(30), 1500, 40)).toBe(false);
  });

  it('stays passed once passed, however quiet the page is after', () => {
    const rate = createChangeRate(30);
    feed(rate, 100, 10);
    expect(rate.changed(600_000)).toBe(true);
  });
});
