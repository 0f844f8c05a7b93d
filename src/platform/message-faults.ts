// What a failed extension message means, and retrying the ones that mean "try again". A worker
// restart in Chromium answers "Receiving end does not exist" or "Could not establish connection"
// for a moment; only an invalidated context (the extension reloaded, updated or removed) is final.
// No browser APIs here, so the rules are unit-tested in Node.

export type MessageFault = 'context-gone' | 'transient' | 'other';

const CONTEXT_GONE = /Extension context invalidated|context invalidated/i;
const TRANSIENT = /Receiving end does not exist|Could not establish connection|message port closed|message channel closed|disconnected port|no response/i;

export function classifyMessageError(error: unknown): MessageFault {
  const message = error instanceof Error ? error.message : String(error);
  if (CONTEXT_GONE.test(message)) return 'context-gone';
  if (TRANSIENT.test(message)) return 'transient';
  return 'other';
}

/** Waits before each retry: about 6 s in all, longer than a worker takes to start again. */
export const RETRY_DELAYS_MS: readonly number[] = [100, 200, 400, 800, 1600, 3200];

export interface RetryOptions {
  delaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  /** Checked before each retry: an invalidated context is not worth another try. */
  contextAlive?: () => boolean;
}

/** Sends, and sends again after a transient failure; any other failure, or the last one, is the caller's. */
export async function withRetries<T>(send: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { delaysMs = RETRY_DELAYS_MS, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)), contextAlive = () => true } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined || classifyMessageError(error) !== 'transient' || !contextAlive()) throw error;
      await sleep(delay);
    }
  }
}
