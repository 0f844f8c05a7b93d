// Finds the browsers on this machine and launches them with the built extension loaded.
// Shared by `npm start`, the browser tests and the page suites, so all of them drive the same thing.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type LaunchOptions, type Page } from 'puppeteer';
import newsSites from '../../data/sites.json' with { type: 'json' };
import { locateBrowser, type BrowserKind } from './browser-setup';
import { defaultSettings, settingsFrom } from '../../src/core/settings';
import { CONTENT_SCRIPT_ID, contentScriptTargets } from '../../src/core/site-matches';

export type { BrowserKind } from './browser-setup';

/** The Firefox add-on id from manifest.json, and the internal UUID we pin so extension pages have a known URL. */
export const GECKO_ID = 'counterpoint@counterpoint.example';
export const FIREFOX_EXTENSION_UUID = '7c0e3c2a-5f1b-4d7e-9a59-c0a7e2b1d8f4';

export class BrowserNotFoundError extends Error {}

/** Where puppeteer keeps the browser it installs for this version, or null when it cannot say. */
export function puppeteerBrowserPath(kind: BrowserKind): string | null {
  try {
    return puppeteer.executablePath({ browser: kind }) || null;
  } catch {
    // puppeteer knows no build for this browser; the caller reports it missing.
    return null;
  }
}

/**
 * Waits until the background has registered the content script for the settings now stored
 * (src/platform/content-script-registration.ts): a page opened before that would find the old
 * sites. Builds without the scripting permission have nothing to wait for.
 */
export async function waitForRegistration(inExtension: ExtensionBrowser['inExtension']): Promise<void> {
  type Registered = { id: string; matches?: string[]; excludeMatches?: string[] };
  const same = (a: readonly string[] | undefined, b: readonly string[]) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());
  for (let attempt = 0; attempt < 200; attempt++) {
    const state = await inExtension<{ stored: Record<string, unknown>; scripts: Registered[] } | null>(
      `async (api) => api.scripting ? { stored: await api.storage.sync.get(null), scripts: await api.scripting.getRegisteredContentScripts() } : null`,
    );
    if (!state) return;
    const wanted = contentScriptTargets(settingsFrom(state.stored, defaultSettings(newsSites.sites)));
    // The early style script is registered before the content script, so the content script's being there means both are.
    const content = state.scripts.some((script) => script.id === CONTENT_SCRIPT_ID);
    const allFollow = state.scripts.every((script) => wanted !== null && same(script.matches, wanted.matches) && same(script.excludeMatches, wanted.excludeMatches));
    if (wanted === null ? state.scripts.length === 0 : content && allFollow) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The content script was not registered for the settings saved.');
}

/**
 * The hosts our local servers use. Counterpoint runs only on the listed news sites by default, so
 * the launcher switches it on for these after installing it, as a reader does with the popup's
 * switch (the setting the switch writes; see `withSiteActive` in src/core/settings.ts).
 */
export const LOCAL_SITES = ['127.0.0.1', 'localhost'];

/** The settings that switch: the default news list plus the given hosts. */
export const settingsWithSitesOn = (sites: readonly string[]) => ({ settingsVersion: 2, includedSites: [...newsSites.sites, ...sites] });

/** An environment variable wins, then a system browser, then puppeteer's own (`npm run setup:browsers`). */
export function findBrowser(kind: BrowserKind): string {
  const located = locateBrowser(kind, { env: process.env, exists: existsSync, puppeteerPath: puppeteerBrowserPath });
  if (located.found) return located.path;
  throw new BrowserNotFoundError(located.message);
}

/** Flags that keep Chromium quiet on a closed network and in containers. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export interface ExtensionBrowserOptions {
  /** The built extension to load; null launches the same browser without it (a baseline). */
  extensionDir?: string | null;
  /** Route every request that leaves the machine through this local proxy port (request logging). */
  proxyPort?: number;
  headless?: boolean;
  /** Interface language, such as 'es'. */
  lang?: string;
  /** Reuse a profile (for restart tests); a fresh temporary one otherwise. */
  userDataDir?: string;
  windowSize?: { width: number; height: number };
  /** Hosts to switch Counterpoint on for after install (LOCAL_SITES unless given; [] keeps a fresh install's defaults). */
  sitesOn?: readonly string[];
  /** The system's colour scheme as pages (ours included) see it in prefers-color-scheme; the system's own unless given. */
  colorScheme?: 'light' | 'dark';
  /** More Firefox preferences (the page benchmark turns off timer rounding). */
  firefoxPrefs?: Record<string, unknown>;
}

export interface ExtensionBrowser {
  kind: BrowserKind;
  browser: Browser;
  extensionDir: string | null;
  userDataDir: string;
  /** The origin of extension pages: chrome-extension://ID or moz-extension://UUID. */
  extensionOrigin: string;
  /** Runs `script` (an async function's source, given `api`, the extension API) in an extension page. */
  inExtension<T>(script: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * Evaluates `expression` every 100 ms until it is true, treating a failed evaluation as "not yet".
 * waitForFunction gives up on the first failure, and Firefox fails evaluations outright while a tab is
 * still leaving about:blank ("right-hand side of 'in' should be an object").
 */
export async function pollPage(page: Page, expression: string, what: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      if ((await page.evaluate(expression)) === true) return;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}${lastError ? ` (last error: ${lastError})` : ''}`);
}

/**
 * Opens one of the extension's pages in a new tab and resolves once it has loaded.
 * Firefox never resolves goto() for moz-extension:// pages, so there the navigation is started and polled.
 */
export async function openExtensionPage(browser: Browser, kind: BrowserKind, extensionOrigin: string, path: string, page?: Page): Promise<Page> {
  const tab = page ?? (await browser.newPage());
  const url = `${extensionOrigin}/${path}`;
  if (kind === 'chrome') await tab.goto(url, { waitUntil: 'load' });
  else {
    void tab.goto(url).catch(() => {});
    await pollPage(tab, `location.href.startsWith(${JSON.stringify(url.split(/[?#]/)[0])}) && document.readyState === 'complete'`, `${path} to open`);
  }
  return tab;
}

export function defaultExtensionDir(kind: BrowserKind): string {
  return resolve(import.meta.dirname, '..', '..', 'dist', kind);
}

export async function launchWithExtension(kind: BrowserKind, options: ExtensionBrowserOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir === null ? null : resolve(options.extensionDir ?? defaultExtensionDir(kind));
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}. Run \`npm run build\` first.`);
  }
  const executablePath = findBrowser(kind);
  const ownsProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), `counterpoint-${kind}-`)));
  const { width, height } = options.windowSize ?? { width: 1280, height: 900 };
  const headless = options.headless ?? true;

  let browser: Browser;
  let extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  if (kind === 'chrome') {
    const launch: LaunchOptions = {
      executablePath,
      headless,
      userDataDir,
      defaultViewport: null,
      // Extensions over a pipe: installExtension(), extensions() and the real toolbar popup.
      enableExtensions: true,
      pipe: true,
      args: [
        ...CHROMIUM_FLAGS,
        `--window-size=${width},${height}`,
        ...(options.lang ? [`--lang=${options.lang}`] : []),
        ...(options.colorScheme === 'dark' ? ['--force-dark-mode', '--blink-settings=preferredColorScheme=0'] : []),
        ...(options.proxyPort ? [`--proxy-server=http://127.0.0.1:${options.proxyPort}`] : []),
      ],
      env: { ...process.env, ...(options.lang ? { LANGUAGE: options.lang, LANG: `${options.lang}.UTF-8` } : {}) },
    };
    browser = await puppeteer.launch(launch);
    if (extensionDir) extensionOrigin = `chrome-extension://${await browser.installExtension(extensionDir)}`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless,
      userDataDir,
      defaultViewport: { width, height },
      args: ['--remote-allow-system-access', `--width=${width}`, `--height=${height}`],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
        'datareporting.policy.dataSubmissionEnabled': false,
        'browser.shell.checkDefaultBrowser': false,
        ...options.firefoxPrefs,
        ...(options.lang ? { 'intl.locale.requested': options.lang, 'intl.accept_languages': options.lang } : {}),
        ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1, 'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0 } : {}),
        ...(options.proxyPort
          ? {
              'network.proxy.type': 1,
              'network.proxy.http': '127.0.0.1',
              'network.proxy.http_port': options.proxyPort,
              'network.proxy.ssl': '127.0.0.1',
              'network.proxy.ssl_port': options.proxyPort,
              'network.proxy.share_proxy_settings': true,
            }
          : {}),
      },
    });
    if (extensionDir) await browser.installExtension(extensionDir);
  }

  const inExtension = async <T>(script: string): Promise<T> => {
    const page = await browser.newPage();
    try {
      await openExtensionPage(browser, kind, extensionOrigin, 'options/options.html', page);
      return (await page.evaluate(`(${script})((globalThis.browser ?? globalThis.chrome))`)) as T;
    } finally {
      await page.close().catch(() => {});
    }
  };
  if (extensionDir && (options.sitesOn ?? LOCAL_SITES).length) {
    await inExtension(`async (api) => { await api.storage.sync.set(${JSON.stringify(settingsWithSitesOn(options.sitesOn ?? LOCAL_SITES))}); }`);
    await waitForRegistration(inExtension);
  }

  return {
    kind,
    browser,
    extensionDir,
    userDataDir,
    extensionOrigin,
    inExtension,
    async close() {
      await browser.close().catch(() => {});
      if (ownsProfile) await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}
