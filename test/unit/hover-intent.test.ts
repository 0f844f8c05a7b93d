// Hover intent as state transitions over a fake clock: when the card opens, stays and closes.
import { beforeEach, describe, expect, it } from 'vitest';
import { CLOSE_DELAY_MS, createHoverIntent, type Clock, type HoverIntent } from '../../src/page/hover-intent';

/** A clock that moves only when told to, running due callbacks in order. */
function fakeClock(): Clock & { advance(ms: number): void } {
  let now = 0;
  let next = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback, ms) {
      timers.set(++next, { at: now + ms, callback });
      return next;
    },
    clearTimeout(handle) {
      timers.delete(handle);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
  };
}

const OPEN_DELAY = 400;

describe('hover intent', () => {
  let clock: ReturnType<typeof fakeClock>;
  let card: { target: string | null; pinned: boolean };
  let events: string[];
  let hover: HoverIntent<string>;

  beforeEach(() => {
    clock = fakeClock();
    card = { target: null, pinned: false };
    events = [];
    hover = createHoverIntent<string>({
      clock,
      openDelayMs: () => OPEN_DELAY,
      card: () => card,
      onHoverStart: (target) => events.push(`start ${target}`),
      onOpen: (target) => {
        events.push(`open ${target}`);
        card = { target, pinned: false };
      },
      onClose: () => {
        events.push('close');
        card = { target: null, pinned: false };
      },
    });
  });

  it('gets ready at once and opens only once the pointer has rested for the delay', () => {
    hover.pointerAt('tillerson');
    expect(events).toEqual(['start tillerson']);
    clock.advance(OPEN_DELAY - 1);
    expect(events).toEqual(['start tillerson']);
    clock.advance(1);
    expect(events).toEqual(['start tillerson', 'open tillerson']);
  });

  it('opens nothing when the pointer passes over a mention on its way elsewhere', () => {
    hover.pointerAt('tillerson');
    clock.advance(OPEN_DELAY / 2);
    hover.pointerAt(null);
    clock.advance(OPEN_DELAY * 2);
    expect(events).toEqual(['start tillerson']);
  });

  it('closes a little after the pointer leaves the mention, and not if it comes back in time', () => {
    hover.pointerAt('tillerson');
    clock.advance(OPEN_DELAY);
    hover.pointerAt(null);
    clock.advance(CLOSE_DELAY_MS - 1);
    hover.pointerAt('tillerson');
    clock.advance(CLOSE_DELAY_MS * 2);
    expect(events).toEqual(['start tillerson', 'open tillerson', 'start tillerson']);
    hover.pointerAt(null);
    clock.advance(CLOSE_DELAY_MS);
    expect(events.at(-1)).toBe('close');
  });

  it('stays open while the pointer is on the card, and closes after it leaves', () => {
    hover.pointerAt('tillerson');
    clock.advance(OPEN_DELAY);
    hover.pointerAt(null);
    clock.advance(CLOSE_DELAY_MS / 2);
    hover.pointerOnCard(true);
    clock.advance(CLOSE_DELAY_MS * 10);
    expect(events).not.toContain('close');
    hover.pointerOnCard(false);
    clock.advance(CLOSE_DELAY_MS);
    expect(events.at(-1)).toBe('close');
  });

  it('replaces the card when the pointer rests on another mention', () => {
    hover.pointerAt('tillerson');
    clock.advance(OPEN_DELAY);
    hover.pointerAt('fentanyl');
    clock.advance(OPEN_DELAY);
    expect(events).toEqual(['start tillerson', 'open tillerson', 'start fentanyl', 'open fentanyl']);
    expect(card.target).toBe('fentanyl');
  });

  it('never replaces or closes a pinned card', () => {
    hover.pointerAt('tillerson');
    clock.advance(OPEN_DELAY);
    card.pinned = true;
    hover.pointerAt('fentanyl');
    clock.advance(OPEN_DELAY * 3);
    hover.pointerAt(null);
    clock.advance(CLOSE_DELAY_MS * 3);
    hover.pointerOnCard(true);
    hover.pointerOnCard(false);
    clock.advance(CLOSE_DELAY_MS * 3);
    expect(events).toEqual(['start tillerson', 'open tillerson', 'start fentanyl']);
    expect(card).toEqual({ target: 'tillerson', pinned: true });
  });

  it('does not reopen the card the pointer is already on', () => {
    hover.pointerAt('tillerson');
    clock.advance(OPEN_DELAY);
    hover.pointerAt(null);
    hover.pointerAt('tillerson');
    clock.advance(OPEN_DELAY * 2);
    expect(events.filter((event) => event.startsWith('open'))).toEqual(['open tillerson']);
  });

  it('drops what was pending when cancelled (a card opened another way)', () => {
    hover.pointerAt('tillerson');
    hover.cancel();
    clock.advance(OPEN_DELAY * 2);
    expect(events).toEqual(['start tillerson']);
    expect(hover.hovered()).toBe('tillerson');
  });
});
