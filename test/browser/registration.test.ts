// The content script is registered by the background for the sites the settings allow, so on a
// site that is off the browser never runs it: no work, no storage read, nothing for the page to see.
import type { CDPSession, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_SELECTOR, waitForHighlights } from '../../scripts/lib/page-probes';
import { BROWSERS, startHarness, type Harness } from './harness';

/** The registered scripts' host patterns, as the background left them: the content script's first. */
async function registeredMatches(harness: Harness): Promise<{ id: string; runAt: string; js: string[]; matches: string[]; excludeMatches: string[] }[]> {
  const scripts = await harness.inExtension<{ id: string; runAt: string; js: string[]; matches: string[]; excludeMatches: string[] }[]>(
    `async (api) => (await api.scripting.getRegisteredContentScripts()).map((script) => ({ id: script.id, runAt: script.runAt, js: script.js, matches: script.matches ?? [], excludeMatches: script.excludeMatches ?? [] }))`,
  );
  return scripts.sort((a, b) => (a.id === 'counterpoint-content' ? -1 : b.id === 'counterpoint-content' ? 1 : 0));
}

/** Chromium: the extension worlds created in the page, seen from outside through the DevTools protocol. */
async function watchExtensionWorlds(page: Page): Promise<{ worlds: string[]; session: CDPSession }> {
  const session = await page.createCDPSession();
  const worlds: string[] = [];
  session.on('Runtime.executionContextCreated', ({ context }: { context: { origin: string; auxData?: { type?: string } } }) => {
    if (context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) worlds.push(context.origin);
  });
  await session.send('Runtime.enable');
  return { worlds, session };
}

/** Loads `url`, then lets a task pass: document_idle scripts run by then ("immediately after window.onload" at the latest). */
async function loadAndSettle(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe.each(BROWSERS)('content script registration in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    // 127.0.0.1 on; localhost, the same server under another name, off.
    harness = await startHarness(kind, { sitesOn: ['127.0.0.1'] });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('registers the script for the listed sites only, and the early style script for the same sites', async () => {
    const [script, style, ...others] = await registeredMatches(harness);
    expect(others).toEqual([]);
    expect(style).toMatchObject({ id: 'counterpoint-highlight-style', runAt: 'document_start', js: ['highlight-style.js'] });
    expect(style!.matches).toEqual(script!.matches);
    expect(style!.excludeMatches).toEqual(script!.excludeMatches);
    expect(script!.matches).toContain('*://127.0.0.1/*');
    expect(script!.matches).toContain('*://*.nytimes.com/*');
    expect(script!.matches.some((pattern) => pattern.includes('localhost'))).toBe(false);
  });

  it('never runs on a site that is off, and runs on one that is on', async () => {
    const off = harness.demoUrl('article-1').replace('127.0.0.1', 'localhost');
    const page = await harness.browser.newPage();
    const watched = kind === 'chrome' ? await watchExtensionWorlds(page) : null;
    await loadAndSettle(page, off);
    expect(await page.evaluate((selector: string) => document.querySelector(selector) === null && (CSS.highlights?.size ?? 0) === 0, HOST_SELECTOR)).toBe(true);
    // Chromium shows it directly: no world of ours was ever created in the page.
    if (watched) expect(watched.worlds).toEqual([]);
    // The same page on the host that is on: the script runs (and, in Chromium, its world is seen).
    await loadAndSettle(page, harness.demoUrl('article-1'));
    expect(await waitForHighlights(page, 5)).toContain('Rex Tillerson');
    if (watched) expect(watched.worlds.length).toBeGreaterThan(0);
    await watched?.session.detach();
    await page.close();
  });

  it('follows the settings: "all sites" mode runs everywhere but the sites turned off', async () => {
    await harness.setSettings({ siteMode: 'all-except-listed', excludedSites: ['127.0.0.1'] });
    const scripts = await registeredMatches(harness);
    expect(scripts.map((script) => script.id)).toEqual(['counterpoint-content', 'counterpoint-highlight-style']);
    for (const script of scripts) expect({ matches: script.matches, excludeMatches: script.excludeMatches }).toEqual({ matches: ['http://*/*', 'https://*/*'], excludeMatches: ['*://127.0.0.1/*'] });
    const page = await harness.browser.newPage();
    await loadAndSettle(page, harness.demoUrl('article-1').replace('127.0.0.1', 'localhost'));
    expect(await waitForHighlights(page, 5)).toContain('Rex Tillerson');
    await page.close();
    await harness.setSettings({ enabled: false });
    expect(await registeredMatches(harness)).toEqual([]);
    await harness.resetSettings();
  });
});
