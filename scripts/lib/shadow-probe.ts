// Reads inside Counterpoint's closed shadow root the way DevTools can: through the browser's
// debugging protocol (CDP in Chromium, WebDriver BiDi in Firefox). Page scripts have no such access.
import type { Page } from 'puppeteer';
import { HOST_TAG } from './page-probes';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Runs `fn(shadowRoot, ...args)` in the page with our closed shadow root, and returns its JSON result. */
export async function inShadow<T extends Json | undefined>(page: Page, fn: (root: ShadowRoot, ...args: Json[]) => T | Promise<T>, ...args: Json[]): Promise<T> {
  return (page.browser() as unknown as { protocol?: string }).protocol === 'webDriverBiDi' || page.browser().process()?.spawnfile.includes('firefox') ? inShadowBidi(page, fn.toString(), args) : inShadowCdp(page, fn.toString(), args);
}

async function inShadowCdp<T>(page: Page, functionDeclaration: string, args: Json[]): Promise<T> {
  const client = await page.createCDPSession();
  try {
    const { root } = await client.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: HOST_TAG });
    if (!nodeId) throw new Error('Counterpoint’s host element is not in the page.');
    const { node } = await client.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) throw new Error('The host element has no shadow root.');
    const { object } = await client.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await client.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (...args) { return (${functionDeclaration})(this, ...args); }`,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await client.detach().catch(() => {});
  }
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { type: string; value?: unknown; result?: BidiValue; exceptionDetails?: { text: string } } }>;
}
interface BidiValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

async function inShadowBidi<T>(page: Page, functionDeclaration: string, args: Json[]): Promise<T> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const host = await connection.send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(HOST_TAG)})`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const shadowRoot = (host.result.result?.value as { shadowRoot?: BidiValue } | undefined)?.shadowRoot;
  if (!shadowRoot?.sharedId) throw new Error('Counterpoint’s host element or its shadow root is not in the page.');
  const call = await connection.send('script.callFunction', {
    functionDeclaration: `(root, argsJson) => Promise.resolve((${functionDeclaration})(root, ...JSON.parse(argsJson))).then((value) => JSON.stringify(value === undefined ? null : value))`,
    arguments: [{ sharedId: shadowRoot.sharedId }, { type: 'string', value: JSON.stringify(args) }],
    target: { context },
    awaitPromise: true,
  });
  if (call.result.type === 'exception') throw new Error(call.result.exceptionDetails?.text ?? 'script error');
  return JSON.parse(String(call.result.result?.value)) as T;
}

/** The open card's visible text, or null when no card is open. */
export function cardText(page: Page): Promise<string | null> {
  return inShadow(page, (root) => {
    const card = root.querySelector('.card') as HTMLElement | null;
    return card && !card.hidden ? card.innerText : null;
  });
}

export async function waitForCard(page: Page, containing: string, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await cardText(page).catch(() => null);
    if (last?.toLowerCase().includes(containing.toLowerCase())) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No card containing ${JSON.stringify(containing)} opened. Last card text: ${JSON.stringify(last)}`);
}
