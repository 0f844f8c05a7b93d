// Tells a page that never stops changing (a ticker, a clock, a live score) from one that changes
// now and then. On such a page the browser rebuilds every registered highlight's markers in each
// frame its DOM changed (Chromium's HighlightRegistry::ValidateHighlightMarkers), so the page
// session paints only what is near the viewport there, whatever the number of mentions.

/** Changes within one second past which a page counts as always changing. */
export const ALWAYS_CHANGING_PER_SECOND = 30;

export interface ChangeRate {
  /** Counts a batch of the page's changes at `now` (ms); true from the moment the rate was passed, for good. */
  changed(now: number): boolean;
}

export function createChangeRate(perSecond = ALWAYS_CHANGING_PER_SECOND): ChangeRate {
  let bucketStart = -Infinity;
  let inBucket = 0;
  let passed = false;
  return {
    changed(now) {
      if (passed) return true;
      if (now - bucketStart >= 1000) {
        bucketStart = now;
        inBucket = 0;
      }
      inBucket++;
      passed = inBucket > perSecond;
      return passed;
    },
  };
}
