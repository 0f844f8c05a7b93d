// `npm run test:pages [DIR…]`: the built extension on every real page, in Chromium and Firefox.
// Each page is loaded without and with the extension. Every DOM change is attributed to its
// author (change-recorder.ts): the page's own changes never fail a page, and any change with no
// page-script author while Counterpoint is on does, unless it is our host or the page makes the
// same change without us. With no folder given it reads both shared folders, and says so and
// stops, passing, when they are not there. Exits non-zero on any failure.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'puppeteer';
import { defaultExtensionDir, launchWithExtension, LOCAL_SITES, openExtensionPage, pollPage, settingsWithSitesOn, type BrowserKind, type ExtensionBrowser } from '../lib/browsers';
import { HOST_SELECTOR, highlightedTexts } from '../lib/page-probes';
import { startRefusingProxy, type RefusingProxy } from '../lib/refusing-proxy';
import { startServer } from '../lib/static-server';
import { changesBetween, changeSignature, describeChange, loadedAt, markChanges, maskedTextNodes, recordChanges, textSnapshot, type RecordedChange, type TextSnapshot } from './change-recorder';
import { listRealPages, realPagesRoute, resolvePagesDir, SHARED_PAGES_DIRS, type RealPage } from './page-set';


/**
 * The browsers' own infrastructure (component and safe-browsing updates, account checks,
 * telemetry). Their timing is the browser's, so a baseline run does not always catch them; the
 * extension has no network code at all (test/unit/conventions.test.ts), so these are not ours.
 */
const BROWSER_INFRASTRUCTURE = /^(CONNECT |GET |POST )(https?:\/\/)?([a-z0-9-]+\.)*(update\.googleapis\.com|accounts\.google\.com|clients\d?\.google\.com|optimizationguide-pa\.googleapis\.com|safebrowsing\.googleapis\.com|content-autofill\.googleapis\.com|redirector\.gvt1\.com|edgedl\.me\.gvt1\.com|firefox\.settings\.services\.mozilla\.com|content-signature-2\.cdn\.mozilla\.net|push\.services\.mozilla\.com|incoming\.telemetry\.mozilla\.org|aus5\.mozilla\.org|location\.services\.mozilla\.com|shavar\.services\.mozilla\.com|detectportal\.firefox\.com|normandy\.cdn\.mozilla\.net|services\.addons\.mozilla\.org|versioncheck-bg\.addons\.mozilla\.org)(:\d+)?([/?].*)?$/;

/**
 * Hosts the pages themselves name (scripts, fonts, preconnect hints). Chromium opens preconnects
 * outside request interception and sometimes only after the page has closed, so they can land in
 * the next page's window. Those connections are the page's, not ours: the extension has no
 * network code and no reason to contact a host some saved page names.
 */
function hostsNamedByPages(dir: string, pages: readonly RealPage[]): Set<string> {
  const hosts = new Set<string>();
  for (const page of pages) {
    const source = readFileSync(join(dir, page.file), 'utf8');
    for (const match of source.matchAll(/(?:https?:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) hosts.add(match[1]!.toLowerCase());
  }
  return hosts;
}

/** The host a proxy attempt was for ("CONNECT host:443", "GET http://host/path"). */
const attemptHost = (attempt: string) => /^[A-Z]+ (?:https?:\/\/)?([^/:\s]+)/.exec(attempt)?.[1]?.toLowerCase() ?? '';

interface Snapshot {
  errors: string[];
  ourLogs: string[];
  text: string;
  /** The DOM without any <div> directly in <html>, where Counterpoint's host goes. */
  dom: string;
  /** How many such <div>s there are (the page's own, plus ours when it is mounted). */
  hosts: number;
  blocked: number;
}

export interface PageResult {
  page: RealPage;
  browser: BrowserKind;
  highlights: string[];
  failures: string[];
  /** Changes the page made itself while Counterpoint was on (ignored, counted). */
  pageChanges: number;
  /** Changes with no page-script author that the run without the extension made too (ignored, counted). */
  excusedChanges: number;
}

export interface SuiteOptions {
  dirs: string[];
  browsers: BrowserKind[];
  only?: string;
  /** A folder holding chrome/ and firefox/ builds to test instead of dist/ (the broken-build fixture uses it). */
  dist?: string;
  log?: (line: string) => void;
}

export interface SuiteResult {
  results: PageResult[];
  extensionPageRequests: string[];
  passed: number;
  failed: number;
  seconds: number;
}

/** Resolves when the highlight count has stopped changing (annotation runs in slices). */
async function settle(page: Page): Promise<void> {
  let last = -1;
  let stableFor = 0;
  for (let round = 0; round < 60 && stableFor < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const count = await page.evaluate(() => {
      let total = 0;
      CSS.highlights?.forEach((highlight) => (total += highlight.size));
      return total;
    });
    stableFor = count === last ? stableFor + 1 : 0;
    last = count;
  }
}

async function openBlockingNetwork(browser: Browser, origin: string): Promise<{ page: Page; snapshot: () => Promise<Snapshot> }> {
  const page = await browser.newPage();
  await recordChanges(page, HOST_SELECTOR);
  const errors: string[] = [];
  const ourLogs: string[] = [];
  let blocked = 0;
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (message) => {
    if (message.text().includes('[Counterpoint]')) ourLogs.push(message.text());
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') void request.continue().catch(() => {});
    else {
      blocked++;
      void request.abort('blockedbyclient').catch(() => {});
    }
  });
  return {
    page,
    snapshot: async () => ({
      errors: [...errors],
      ourLogs: [...ourLogs],
      blocked,
      ...(await page.evaluate((selector: string) => {
        const clone = document.documentElement.cloneNode(true) as Element;
        for (const host of clone.querySelectorAll(`:scope > ${selector.replace(/^:root > /, '')}`)) host.remove();
        return { text: document.body?.innerText ?? '', dom: clone.outerHTML, hosts: document.querySelectorAll(selector).length };
      }, HOST_SELECTOR)),
    }),
  };
}

async function load(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(async () => {
    await pollPage(page, `document.readyState !== 'loading'`, `${url} to load`, 10_000);
  });
}

/** Words of the page text that a highlight falls inside, e.g. "heroines" for a highlight on "heroin". */
async function trappedHighlights(page: Page, traps: string[]): Promise<string[]> {
  if (!traps.length) return [];
  return page.evaluate((trapWords: string[]) => {
    const lowered = trapWords.map((word) => word.toLowerCase());
    const found: string[] = [];
    CSS.highlights?.forEach((highlight) => {
      for (const range of highlight as unknown as Iterable<Range>) {
        const node = range.startContainer;
        const text = node.textContent ?? '';
        let start = range.startOffset;
        let end = range.startContainer === range.endContainer ? range.endOffset : text.length;
        while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start--;
        while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) end++;
        const word = text.slice(start, end).toLowerCase();
        if (lowered.some((trap) => word === trap || word.split(/\s+/).includes(trap))) found.push(`${range.toString()} in "${text.slice(start, end)}"`);
      }
    });
    return found;
  }, traps);
}

function firstDifference(a: string, b: string): string {
  let index = 0;
  while (index < a.length && a[index] === b[index]) index++;
  return `at ${index}: ${JSON.stringify(a.slice(Math.max(0, index - 40), index + 60))} vs ${JSON.stringify(b.slice(Math.max(0, index - 40), index + 60))}`;
}

/** On: the test site added to the news list, as the popup's switch does; off: a fresh install's settings, which leave it alone. */
async function setSiteEnabled(control: Page, enabled: boolean): Promise<void> {
  await control.evaluate(async (on: boolean, settings: object) => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
      storage: { sync: { set(items: object): Promise<void>; clear(): Promise<void> } };
    };
    await api.storage.sync.clear();
    if (on) await api.storage.sync.set(settings);
  }, enabled, settingsWithSitesOn(LOCAL_SITES));
}

/** Changes with no page-script author the page makes on its own, after its markup was read. */
async function ownChanges(page: Page): Promise<Set<string>> {
  const changes = await changesBetween(page, await loadedAt(page), await markChanges(page));
  return new Set(changes.filter((change) => change.author === 'none').map(changeSignature));
}

/** Text of the nodes no page script (nor an excused change) touched; null when the page restyled itself. */
function steadyText(snapshot: TextSnapshot, masked: Set<number>): string {
  return snapshot.filter(([id]) => !masked.has(id)).map(([, visible, text]) => (visible ? text : `[hidden]${text}`)).join('\u241e');
}

/**
 * One page, both ways. The baseline browser (no extension) gives the page's own errors, the
 * browser's own background traffic, and the changes the page makes with no author we can see. In
 * the extension's browser the page first loads with Counterpoint switched off for the site, then it
 * is switched on live, then off again; every change in that window is attributed to its author.
 */
async function checkPage(
  kind: BrowserKind,
  baseline: ExtensionBrowser,
  withExtension: ExtensionBrowser,
  control: Page,
  proxy: RefusingProxy,
  browserTraffic: Set<string>,
  origin: string,
  page: RealPage,
): Promise<PageResult & { attempts: string[] }> {
  const failures: string[] = [];
  const url = `${origin}${page.path}`;

  proxy.reset();
  const plain = await openBlockingNetwork(baseline.browser, origin);
  await load(plain.page, url);
  await new Promise((resolve) => setTimeout(resolve, 600));
  const baselineRun = await plain.snapshot();
  const baselineChanges = await ownChanges(plain.page);
  for (const attempt of proxy.attempts()) browserTraffic.add(attempt);
  await plain.page.close();

  proxy.reset();
  await setSiteEnabled(control, false);
  const ours = await openBlockingNetwork(withExtension.browser, origin);
  await load(ours.page, url);
  await new Promise((resolve) => setTimeout(resolve, 600));
  const before = await ours.snapshot();
  const windowStart = await markChanges(ours.page);
  const windowStarted = performance.now();
  const textBefore = await textSnapshot(ours.page);
  if (before.hosts !== baselineRun.hosts) failures.push('the content script ran on a site switched off');

  await setSiteEnabled(control, true);
  const mounted = await ours.page.waitForFunction((selector: string, pagesOwn: number) => document.querySelectorAll(selector).length > pagesOwn, { timeout: 15_000 }, HOST_SELECTOR, before.hosts).then(() => true, () => false);
  if (!mounted) failures.push('the content script did not start');
  await settle(ours.page);
  const annotated = await ours.snapshot();
  const textAnnotated = await textSnapshot(ours.page);
  const highlights = await highlightedTexts(ours.page);
  const trapped = await trappedHighlights(ours.page, page.traps);

  await setSiteEnabled(control, false);
  const removed = await ours.page.waitForFunction((selector: string, pagesOwn: number) => document.querySelectorAll(selector).length === pagesOwn, { timeout: 10_000 }, HOST_SELECTOR, before.hosts).then(() => true, () => false);
  const tornDown = await ours.snapshot();
  const textTornDown = await textSnapshot(ours.page);
  const changes = await changesBetween(ours.page, windowStart, await markChanges(ours.page));
  const windowMs = performance.now() - windowStarted;
  const leftHighlights = await highlightedTexts(ours.page);
  await setSiteEnabled(control, true);
  const attempts = proxy.attempts();

  // Every change in the window has an author: the page, our host, or no one we can see.
  const pageChanges = changes.filter((change) => change.author === 'page');
  let unexplained = changes.filter((change) => change.author === 'none' && !change.ours);
  const excused: RecordedChange[] = [];
  const excuse = (seen: Set<string>) => {
    excused.push(...unexplained.filter((change) => seen.has(changeSignature(change))));
    unexplained = unexplained.filter((change) => !seen.has(changeSignature(change)));
  };
  excuse(baselineChanges);
  if (unexplained.length) {
    // The page may make such a change later than the short baseline watched: watch it as long again.
    const again = await openBlockingNetwork(baseline.browser, origin);
    await load(again.page, url);
    await new Promise((resolve) => setTimeout(resolve, 600 + windowMs + 1_000));
    excuse(await ownChanges(again.page));
    await again.page.close();
  }
  if (unexplained.length) {
    failures.push(`${unexplained.length} change${unexplained.length === 1 ? '' : 's'} with no page-script author while Counterpoint was on: ${unexplained.slice(0, 3).map(describeChange).join(' | ')}`);
  }

  const newErrors = annotated.errors.filter((error) => !baselineRun.errors.includes(error) && !before.errors.includes(error));
  if (newErrors.length) failures.push(`errors only with the extension: ${newErrors.slice(0, 3).join(' | ')}`);
  if (tornDown.ourLogs.length) failures.push(`extension logged: ${tornDown.ourLogs.slice(0, 3).join(' | ')}`);
  if (mounted && annotated.hosts !== before.hosts + 1) failures.push('not exactly one host element');
  if (!removed) failures.push('the host element stayed after teardown');
  if (!pageChanges.length && !excused.length) {
    // A page that did not change itself must read and serialize exactly as before, with us and after us.
    if (annotated.text !== before.text) failures.push(`innerText differs ${firstDifference(before.text, annotated.text)}`);
    if (annotated.dom !== before.dom) failures.push(`DOM differs after annotation ${firstDifference(before.dom, annotated.dom)}`);
    if (tornDown.dom !== before.dom) failures.push(`DOM differs after teardown ${firstDifference(before.dom, tornDown.dom)}`);
  } else {
    // A page that changed itself: the text it did not touch must read (and show) as before.
    const masked = await maskedTextNodes(ours.page, excused.map((change) => change.seq));
    if (masked) {
      const steady = new Set(masked);
      const [a, b, c] = [textBefore, textAnnotated, textTornDown].map((snapshot) => steadyText(snapshot, steady));
      if (b !== a) failures.push(`text the page did not touch differs with Counterpoint on ${firstDifference(a!, b!)}`);
      if (c !== a) failures.push(`text the page did not touch differs after teardown ${firstDifference(a!, c!)}`);
    }
  }
  await ours.page.close();
  if (leftHighlights.length) failures.push(`${leftHighlights.length} highlights left after teardown`);
  if (trapped.length) failures.push(`trap highlighted: ${trapped.slice(0, 3).join(' | ')}`);
  return { page, browser: kind, highlights, failures, attempts, pageChanges: pageChanges.length, excusedChanges: excused.length };
}

/** The extension's own pages must not reach the network either. */
async function checkExtensionPages(withExtension: ExtensionBrowser, proxy: RefusingProxy): Promise<string[]> {
  proxy.reset();
  for (const path of ['popup/popup.html', 'options/options.html', 'viewer/viewer.html?source=doc-000', 'card/card.html']) {
    const page = await withExtension.browser.newPage();
    const url = `${withExtension.extensionOrigin}/${path}`;
    if (withExtension.kind === 'chrome') await page.goto(url, { waitUntil: 'load' }).catch(() => {});
    else void page.goto(url).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await page.close();
  }
  return proxy.attempts();
}

function summarize(highlights: string[]): string {
  const counts = new Map<string, number>();
  for (const text of highlights) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([text, count]) => `${text}×${count}`).join(', ');
}

/** Folders may overlap in file names, so each is served under a prefix of its own. */
function pagesOf(dirs: readonly string[], only?: string): { pages: RealPage[]; routes: ReturnType<typeof realPagesRoute>[] } {
  const pages: RealPage[] = [];
  const routes = dirs.map((dir, index) => {
    pages.push(...listRealPages(dir, `/set-${index}`).filter((page) => !only || page.file.includes(only)));
    return realPagesRoute(dir, `/set-${index}`);
  });
  return { pages, routes };
}

export async function runPagesSuite(options: SuiteOptions): Promise<SuiteResult> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const { pages, routes } = pagesOf(options.dirs, options.only);
  const server = await startServer(routes);
  const proxy = await startRefusingProxy();
  const pageHosts = new Set(options.dirs.flatMap((dir) => [...hostsNamedByPages(dir, pages.filter((page) => page.dir === dir))]));
  const results: PageResult[] = [];
  const extensionPageRequests: string[] = [];
  log(`test:pages: ${pages.length} pages from ${options.dirs.join(' and ')}, in ${options.browsers.join(' and ')}${options.dist ? `, extension from ${options.dist}` : ''}`);
  try {
    for (const kind of options.browsers) {
      const baseline = await launchWithExtension(kind, { extensionDir: null, proxyPort: proxy.port });
      const withExtension = await launchWithExtension(kind, { proxyPort: proxy.port, extensionDir: options.dist ? join(options.dist, kind) : defaultExtensionDir(kind) });
      try {
        const control = await withExtension.browser.newPage();
        await openExtensionPage(withExtension.browser, kind, withExtension.extensionOrigin, 'options/options.html', control);
        const browserTraffic = new Set<string>();
        const runs: (PageResult & { attempts: string[] })[] = [];
        for (const page of pages) {
          const pageStarted = performance.now();
          const result = await checkPage(kind, baseline, withExtension, control, proxy, browserTraffic, server.origin, page).catch((error: unknown) => ({
            page,
            browser: kind,
            highlights: [],
            attempts: [],
            pageChanges: 0,
            excusedChanges: 0,
            failures: [`the check itself failed: ${error instanceof Error ? error.message : String(error)}`],
          }));
          runs.push(result);
          results.push(result);
          const changed = result.pageChanges || result.excusedChanges ? ` (page changed itself: ${result.pageChanges} by its scripts${result.excusedChanges ? `, ${result.excusedChanges} also without us` : ''})` : '';
          const status = result.failures.length ? `FAIL ${result.failures.join('; ')}` : result.attempts.length ? `ok (${result.attempts.length} browser requests to check)` : 'ok';
          log(`  ${kind.padEnd(7)} ${page.file.padEnd(58)} ${String(result.highlights.length).padStart(4)} highlights  ${Math.round(performance.now() - pageStarted)} ms  ${status}${changed}`);
        }
        // Traffic the browser makes on its own (seen without the extension too), and the pages' own
        // late preconnects, are not ours.
        const notOurs = (attempt: string) => browserTraffic.has(attempt) || BROWSER_INFRASTRUCTURE.test(attempt) || pageHosts.has(attemptHost(attempt));
        for (const run of runs) {
          const ours = run.attempts.filter((attempt) => !notOurs(attempt));
          if (ours.length) run.failures.push(`network requests: ${ours.slice(0, 3).join(' | ')}`);
        }
        extensionPageRequests.push(...(await checkExtensionPages(withExtension, proxy)).filter((attempt) => !notOurs(attempt)).map((attempt) => `${kind}: ${attempt}`));
      } finally {
        await withExtension.close();
        await baseline.close();
      }
    }
  } finally {
    await proxy.close();
    await server.close();
  }

  log('\n| page | note | ' + options.browsers.map((kind) => `${kind} highlights | ${kind}`).join(' | ') + ' |');
  log('|---|---|' + options.browsers.map(() => '---:|---').join('|') + '|');
  for (const page of pages) {
    const cells = options.browsers.map((kind) => {
      const result = results.find((candidate) => candidate.page === page && candidate.browser === kind);
      return result ? `${result.highlights.length} | ${result.failures.length ? 'FAIL' : 'pass'}` : '– | –';
    });
    const firstResult = results.find((candidate) => candidate.page === page);
    log(`| ${page.file} | ${summarize(firstResult?.highlights ?? []) || '—'} | ${cells.join(' | ')} |`);
  }
  const failedPages = results.filter((result) => result.failures.length);
  if (extensionPageRequests.length) log(`\nExtension pages tried the network: ${extensionPageRequests.join(', ')}`);
  const failed = failedPages.length + (extensionPageRequests.length ? 1 : 0);
  const seconds = (performance.now() - started) / 1000;
  log(`\ntest:pages: ${results.length - failedPages.length} passed, ${failed} failed (${Math.round(seconds)} s)`);
  for (const result of failedPages) log(`  ${result.browser} ${result.page.file}: ${result.failures.join('; ')}`);
  return { results, extensionPageRequests, passed: results.length - failedPages.length, failed, seconds };
}

function readOptions(): SuiteOptions | null {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      browsers: { type: 'string', default: 'chrome,firefox' },
      only: { type: 'string' },
      dist: { type: 'string' },
    },
  });
  const given = positionals.length ? positionals : process.env.COUNTERPOINT_PAGES ? [process.env.COUNTERPOINT_PAGES] : null;
  const dirs = given ? given.map((dir) => resolvePagesDir(dir)) : SHARED_PAGES_DIRS.filter((dir) => existsSync(dir));
  if (!dirs.length) return null;
  return { dirs, browsers: values.browsers.split(',') as BrowserKind[], only: values.only, dist: values.dist && resolve(values.dist) };
}

async function main(): Promise<void> {
  const options = readOptions();
  if (!options) {
    console.log(`test:pages: skipped: the shared real pages are not here (looked for ${SHARED_PAGES_DIRS.join(' and ')}). They live beside the checkout, in ../shared; pass a folder to use another.`);
    return;
  }
  const { failed } = await runPagesSuite(options);
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`test:pages: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
