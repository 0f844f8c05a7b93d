// Sending and receiving the messages declared in message-types.ts.
import browser, { type Runtime } from 'webextension-polyfill';
import { reportProblem } from '../core/report';
import { classifyMessageError, withRetries } from './message-faults';
import { parseEnvelope, type Envelope, type MessageType, type RequestOf, type ResponseOf } from './message-types';

export * from './message-types';

const reported = new Set<string>();
/** Log a rejected message once per kind of problem, not once per message. */
function reportOnce(problem: string): void {
  if (reported.has(problem)) return;
  reported.add(problem);
  reportProblem(problem);
}

/** Whether the extension is still there for this script: its runtime id goes when it is reloaded or removed. */
function runtimeAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
    // eslint-disable-next-line no-restricted-syntax -- the throw is the answer: this script's extension is gone
  } catch {
    // Firefox: an orphaned script's browser object is a dead wrapper that throws when touched.
    return false;
  }
}

/**
 * Only an invalidated context ends a session. A worker restart ("Receiving end does not exist",
 * "Could not establish connection") is transient: sendToBackground retries it.
 */
export function isExtensionContextGone(error: unknown): boolean {
  return classifyMessageError(error) === 'context-gone' || !runtimeAlive();
}

/** The card frame's name for the same question. */
export const isContextInvalidated = isExtensionContextGone;

/** Sends to the background, retrying with backoff while its worker restarts. */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return withRetries(() => browser.runtime.sendMessage({ type, payload } satisfies Envelope) as Promise<ResponseOf<T>>, { contextAlive: runtimeAlive });
}

export async function sendToTab<T extends MessageType>(tabId: number, type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return browser.tabs.sendMessage(tabId, { type, payload } satisfies Envelope) as Promise<ResponseOf<T>>;
}

export type Handlers = {
  [T in MessageType]?: (payload: RequestOf<T>, sender: Runtime.MessageSender) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

/**
 * Listens for the declared messages this part of the extension handles. Messages for other
 * parts are left alone (returning undefined lets another listener answer).
 */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const parsed = parseEnvelope(message);
    if (!parsed.ok) {
      reportOnce(`Rejected ${parsed.error}`);
      return undefined;
    }
    const handler = handlers[parsed.type] as ((payload: unknown, sender: Runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(parsed.payload, sender))
      .catch((error: unknown) => {
        reportOnce(`Handler for ${parsed.type} failed: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
