// One harness for every browser test: the built extension in a real Chromium or Firefox,
// fixture and demo pages from a local server, and helpers to reach the extension's pages.
import { resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { launchWithExtension, LOCAL_SITES, openExtensionPage as openExtensionTab, pollPage, settingsWithSitesOn, waitForRegistration, type BrowserKind, type ExtensionBrowser, type ExtensionBrowserOptions } from '../../scripts/lib/browsers';
import { waitForContentScript } from '../../scripts/lib/page-probes';
import { directoryRoute, startServer, type RunningServer } from '../../scripts/lib/static-server';
import { demoRoute, PROJECT_ROOT } from '../../scripts/demo/routes';
import { SETTINGS_VERSION } from '../../src/core/settings';

export const BROWSERS: BrowserKind[] = (process.env.COUNTERPOINT_BROWSERS?.split(',') as BrowserKind[] | undefined) ?? ['chrome', 'firefox'];

export interface Harness extends ExtensionBrowser {
  server: RunningServer;
  demoUrl(slug: string): string;
  fixtureUrl(name: string): string;
  /** The same fixture, served with a strict Content-Security-Policy header. */
  strictCspFixtureUrl(name: string): string;
  /** The same fixture, served with `Content-Security-Policy: sandbox` (no scripts, in the page or its frames). */
  sandboxedFixtureUrl(name: string): string;
  /** A new tab on `url`, once the content script has started there. */
  openPage(url: string): Promise<Page>;
  /** The toolbar popup for `forPage` (Chromium: the real popup; Firefox: the popup page in a tab). */
  openPopup(forPage: Page): Promise<Page>;
  openOptions(): Promise<Page>;
  /** An extension page by path, such as 'viewer/viewer.html?source=…'. */
  openExtensionPage(path: string): Promise<Page>;
  /** Saves these settings (over the defaults) as the options page would; the open tabs follow. */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  /** One key of storage.local, read from an extension page. */
  readLocal(key: string): Promise<unknown>;
  /** Console errors and page errors seen in pages the harness opened. */
  errors: string[];
  /** Settings back to a fresh install's, with Counterpoint switched on for the local test sites (as launched). */
  resetSettings(): Promise<void>;
  /** resetSettings(), and no packs, no reading log. */
  resetStorage(): Promise<void>;
}

/** The slice of the extension API the helpers below call from inside an extension page. */
interface StorageApi {
  storage: {
    sync: { set(items: object): Promise<void>; clear(): Promise<void> };
    local: { get(key: string): Promise<Record<string, unknown>>; clear(): Promise<void> };
  };
}

/** A page that allows nothing: no scripts, styles or frames of its own, nor anyone else's. */
export const STRICT_CSP = "default-src 'none'; frame-src 'none'; style-src 'none'";

export async function startHarness(kind: BrowserKind, options: ExtensionBrowserOptions = {}): Promise<Harness> {
  const fixtures = resolve(PROJECT_ROOT, 'test', 'fixtures', 'pages');
  const server = await startServer([
    demoRoute(),
    directoryRoute('/fixtures/', fixtures),
    directoryRoute('/strict-csp/', fixtures, { 'content-security-policy': STRICT_CSP }),
    directoryRoute('/sandboxed/', fixtures, { 'content-security-policy': 'sandbox' }),
  ]);
  let extensionBrowser: ExtensionBrowser;
  try {
    extensionBrowser = await launchWithExtension(kind, options);
  } catch (error) {
    await server.close();
    throw error;
  }
  const { browser, extensionOrigin } = extensionBrowser;
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.text().includes('[Counterpoint]')) errors.push(`console: ${message.text()}`);
    });
    return page;
  };

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = watch(await browser.newPage());
    await openExtensionTab(browser, kind, extensionOrigin, path, page);
    // The page's own app renders after load; the tests read what it rendered.
    await pollPage(page, `(document.getElementById('app')?.childElementCount ?? 0) > 0`, `${path} to render`);
    return page;
  };

  /** Runs `fn` with the extension API in a short-lived options page. */
  const inExtensionPage = async <T>(fn: (api: StorageApi, arg: unknown) => Promise<T>, arg?: unknown): Promise<T> => {
    const page = await openExtensionPage('options/options.html');
    try {
      return (await page.evaluate(
        `(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg ?? null)})`,
      )) as T;
    } finally {
      await page.close();
    }
  };

  return {
    ...extensionBrowser,
    server,
    errors,
    async setSettings(settings) {
      const stored = { settingsVersion: SETTINGS_VERSION, ...settings };
      await inExtensionPage((api, items) => api.storage.sync.set(items as object), stored);
      await waitForRegistration(extensionBrowser.inExtension);
    },
    readLocal: (key) => inExtensionPage(async (api, name) => (await api.storage.local.get(name as string))[name as string] ?? null, key),
    demoUrl: (slug) => `${server.origin}/articles/${slug}.html`,
    fixtureUrl: (name) => `${server.origin}/fixtures/${name}`,
    strictCspFixtureUrl: (name) => `${server.origin}/strict-csp/${name}`,
    sandboxedFixtureUrl: (name) => `${server.origin}/sandboxed/${name}`,
    async openPage(url) {
      const page = watch(await browser.newPage());
      await page.goto(url, { waitUntil: 'load' }).catch(async (error: unknown) => {
        // Firefox now and then drops a fresh tab's first navigation ("Address rejected" from its
        // remote agent; seen once in CI, on a shared page with its scripts off): it is tried once more.
        if (kind !== 'firefox' || !/browsingContext\.navigate/.test(String(error))) throw error;
        await page.goto(url, { waitUntil: 'load' });
      });
      await waitForContentScript(page);
      return page;
    },
    async openPopup(forPage) {
      await forPage.bringToFront();
      if (kind === 'chrome') {
        const extension = [...(await browser.extensions()).values()].find((candidate) => extensionOrigin.endsWith(candidate.id));
        if (!extension) throw new Error('The extension is not installed in this browser.');
        await forPage.triggerExtensionAction(extension);
        const target = await browser.waitForTarget((candidate) => candidate.url().startsWith(`${extensionOrigin}/popup/popup.html`), { timeout: 15_000 });
        const popup = await target.asPage();
        watch(popup);
        await popup.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, { timeout: 15_000, polling: 100 });
        return popup;
      }
      return openExtensionPage('popup/popup.html');
    },
    openOptions: () => openExtensionPage('options/options.html'),
    async resetSettings() {
      await extensionBrowser.inExtension(`async (api) => { await api.storage.sync.clear(); await api.storage.sync.set(${JSON.stringify(settingsWithSitesOn(options.sitesOn ?? LOCAL_SITES))}); }`);
      await waitForRegistration(extensionBrowser.inExtension);
    },
    async resetStorage() {
      await extensionBrowser.inExtension(`async (api) => { await api.storage.local.clear(); await api.storage.sync.clear(); await api.storage.sync.set(${JSON.stringify(settingsWithSitesOn(options.sitesOn ?? LOCAL_SITES))}); }`);
      await waitForRegistration(extensionBrowser.inExtension);
    },
    openExtensionPage,
    async close() {
      await extensionBrowser.close();
      await server.close();
    },
  };
}
