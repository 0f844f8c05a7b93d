// Reads the card the way DevTools can: inside Counterpoint's card frame, an extension page in an
// <iframe> in the page. Puppeteer reaches the frame through the browser's debugging protocol (CDP
// in Chromium, WebDriver BiDi in Firefox); page scripts cannot (it has another origin).
import type { Frame, Page } from 'puppeteer';
import { HOST_SELECTOR } from './page-probes';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The frame's path. With `use_dynamic_url` its origin is not the extension id, so the path is matched. */
export const CARD_FRAME_PATH = '/card/card.html';

/**
 * The page's card frame, or null. Firefox reports such frames' URL as about:blank to puppeteer, so
 * each child frame is asked for its own location. The newest frame wins: the extension rebuilds
 * the frame when a page removes or moves it.
 */
export async function cardFrame(page: Page): Promise<Frame | null> {
  const frames = page.frames().filter((frame) => frame !== page.mainFrame() && !frame.detached);
  for (const frame of frames.reverse()) {
    const path = frame.url().includes(CARD_FRAME_PATH) ? CARD_FRAME_PATH : await frame.evaluate(() => location.pathname).catch(() => '');
    if (path === CARD_FRAME_PATH) return frame;
  }
  return null;
}

/** Runs `fn(document, ...args)` in the card frame and returns its JSON result. */
export async function inCard<T extends Json | undefined>(page: Page, fn: (document: Document, ...args: Json[]) => T | Promise<T>, ...args: Json[]): Promise<T> {
  const frame = await cardFrame(page);
  if (!frame) throw new Error('Counterpoint’s card frame is not in the page.');
  return frame.evaluate(`(${fn.toString()})(document, ...${JSON.stringify(args)})`) as Promise<T>;
}

/** The open card's visible text, or null when no card is showing. */
export async function cardText(page: Page): Promise<string | null> {
  if (!(await cardFrame(page))) return null;
  try {
    return await inCard(page, (document) => {
      const card = document.querySelector('.card') as HTMLElement | null;
      // A hidden frame (display: none) has no viewport: its card is not showing.
      return card && innerWidth > 0 && innerHeight > 0 ? card.innerText : null;
    });
  } catch (error) {
    // The frame went away between finding it and reading it (the extension let go of it).
    if (!(await cardFrame(page))) return null;
    throw error;
  }
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

/** Clicks the first element matching `selector` inside the card, as the reader would (a real mouse click). */
export async function clickInCard(page: Page, selector: string): Promise<void> {
  const frame = await cardFrame(page);
  if (!frame) throw new Error('Counterpoint’s card frame is not in the page.');
  const element = await frame.waitForSelector(selector, { timeout: 10_000 });
  if (!element) throw new Error(`Nothing in the card matches ${selector}.`);
  await element.click();
  await element.dispose();
}

/** Where the card's frame is on screen, in the page's viewport coordinates, or null when it is not showing. */
export async function cardFrameBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const frame = await cardFrame(page);
  const element = await frame?.frameElement();
  if (!element) return null;
  const box = await element.boundingBox();
  await element.dispose();
  return box;
}

/**
 * Runs `fn(shadowRoot, ...args)` in the page's own world with our closed shadow root in hand: what
 * a page could do if it ever got hold of the root. No page can (the tests show it); the debugging
 * protocol can, which lets the tests check what the root holds and that even then the card frame
 * takes no orders from the page.
 */
export async function asPageHoldingOurRoot<T extends Json | undefined>(page: Page, fn: (root: ShadowRoot, ...args: Json[]) => T | Promise<T>, ...args: Json[]): Promise<T> {
  const firefox = (page.browser() as unknown as { protocol?: string }).protocol === 'webDriverBiDi' || page.browser().process()?.spawnfile.includes('firefox');
  return firefox ? withRootBidi(page, fn.toString(), args) : withRootCdp(page, fn.toString(), args);
}

async function withRootCdp<T>(page: Page, functionDeclaration: string, args: Json[]): Promise<T> {
  const client = await page.createCDPSession();
  try {
    const { root } = await client.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: HOST_SELECTOR });
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

async function withRootBidi<T>(page: Page, functionDeclaration: string, args: Json[]): Promise<T> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const host = await connection.send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(HOST_SELECTOR)})`,
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
