// How soon cards show, for the test builds' card benchmark (npm run bench:card): from the moment a
// card is due (the hover delay over, a click, a key) to its content on screen, and, for the first
// card, how long the frame took to start.

export interface CardTiming {
  first: boolean;
  how: 'pointer' | 'keyboard';
  openToShownMs: number;
  /** First card only: from the first call for the frame (a hover start, click or key) to its hello. */
  frameStartMs?: number;
}

export interface CardTimer {
  frameAsked(): void;
  frameStarted(): void;
  shown(how: CardTiming['how'], openedAt: number): void;
}

export function createCardTimer(report: ((timing: CardTiming) => void) | undefined): CardTimer {
  let askedAt = 0;
  let frameStartMs: number | undefined;
  let shown = 0;
  return {
    frameAsked: () => void (askedAt ||= performance.now()),
    frameStarted: () => void (frameStartMs ??= performance.now() - askedAt),
    shown(how, openedAt) {
      const first = shown++ === 0;
      report?.({ first, how, openToShownMs: performance.now() - openedAt, ...(first ? { frameStartMs } : {}) });
    },
  };
}
