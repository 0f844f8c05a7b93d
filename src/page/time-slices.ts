// Keeps each task of ours short: work runs in slices and yields to the page between them.

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Lets the page handle input and paint before we continue. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Tells whether the current slice has used its budget. */
export function sliceClock(budgetMs: number): { spent(): boolean; reset(): void } {
  let started = performance.now();
  return {
    spent: () => performance.now() - started >= budgetMs,
    reset: () => {
      started = performance.now();
    },
  };
}
