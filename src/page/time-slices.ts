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

/**
 * Lets the page run its own queued tasks (timers, its scripts' work) before we continue, not only
 * input and painting: `scheduler.yield()` puts our continuation ahead of them, so a long pass of
 * slices would hold a page's timers back until it is done. A message to ourselves queues behind
 * them, without the 4 ms clamp of nested timers.
 */
export function yieldBehindPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
