// `npm run bench:stress`: what Counterpoint costs a page under stress, with and without the
// extension in the same run (Chromium, headless), on the audit's stress pages (A4):
// - the page's own DOM work (2,000 insertions and removals, 2,000 text changes), as main-thread
//   time until the page has drawn it, with 1,000,
//   30,000 and 175,000 mentions on the page;
// - the longest stall of the main thread while pages of 12,500, 50,000 and 200,000 mentions load;
// - an infinite-scroll feed, a recycling feed and a page changing its text every 10 ms: main-thread
//   busy time with and without us, our longest task, and the mentions we hold against those on the page.
// Our own figures come from the test build's console channel (dist/test-chrome). Figures only, no
// asserts; `--quick` uses the smaller sizes and a 10 s feed, `--feed-seconds N` sets the feed's length,
// `--only dom,stall,feeds` runs some of the three parts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'puppeteer';
import { PROJECT_ROOT } from '../demo/routes';
import { launchWithExtension } from '../lib/browsers';
import { startServer, type Route } from '../lib/static-server';
import { writeFollowFloorExtension } from './follow-floor';
import { infiniteFeed, manyMentions, mutatingPage, recyclingFeed } from './stress-pages';

interface Stats {
  slices: number;
  busyMs: number;
  longestSliceMs: number;
  held: number;
}

function readOptions() {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, 'feed-seconds': { type: 'string' }, only: { type: 'string' } } });
  const quick = values.quick ?? false;
  const parts = ['dom', 'stall', 'feeds'];
  const only = values.only?.split(',') ?? parts;
  const unknown = only.filter((part) => !parts.includes(part));
  if (unknown.length) throw new Error(`--only takes ${parts.join(', ')} (comma-separated), not ${unknown.join(', ')}`);
  return {
    runs: (part: string) => only.includes(part),
    domSizes: quick ? [1_000, 30_000] : [1_000, 30_000, 175_000],
    stallSizes: quick ? [12_500] : [12_500, 50_000, 200_000],
    feedSeconds: Number(values['feed-seconds'] ?? (quick ? 10 : 20)),
  };
}

/** Our latest running totals, as the test build prints them every second. */
function watchStats(page: Page): { latest(): Stats | null; painted: Promise<void> } {
  let latest: Stats | null = null;
  let resolvePainted = () => {};
  const painted = new Promise<void>((resolve) => (resolvePainted = resolve));
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('[Counterpoint:stats]')) latest = JSON.parse(text.slice('[Counterpoint:stats]'.length)) as Stats;
    if (text.startsWith('[Counterpoint:timing]') && !text.includes('"card"')) resolvePainted();
  });
  return { latest: () => latest, painted };
}


async function open(browser: Browser, url: string, withUs: boolean, expectMentions = 0): Promise<{ page: Page; stats: ReturnType<typeof watchStats> }> {
  const page = await browser.newPage();
  const stats = watchStats(page);
  await page.goto(url, { waitUntil: 'load', timeout: 600_000 });
  if (withUs) {
    await stats.painted;
    // Held, not painted: past a few thousand mentions only those near the viewport are painted.
    while (expectMentions && (stats.latest()?.held ?? 0) < expectMentions) await settle(200);
  }
  return { page, stats };
}

/** A page with the follow floor (follow-floor.ts) in place. */
async function openWithFloor(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  const ready = new Promise<void>((resolve) => page.on('console', (message) => message.text().startsWith('[Counterpoint:follow-floor]') && resolve()));
  await page.goto(url, { waitUntil: 'load', timeout: 600_000 });
  await ready;
  return page;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * 2,000 insert/remove pairs, then 2,000 text changes. Each is followed until the page has drawn
 * it (two frames, then a task), and costed as the renderer's main-thread time over that span, so
 * what the browser does for it (style, layout, painting highlights) and our observer's work count
 * in both runs, whichever frame they land in.
 */
const DRAWN = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))`;
const INSERT_REMOVE = `(async () => {
  const main = document.getElementById('main');
  for (let i = 0; i < 2000; i++) { const p = document.createElement('p'); p.textContent = 'Plain text ' + i; main.prepend(p); p.remove(); }
  await ${DRAWN};
})()`;
const TEXT_CHANGES = `(async () => {
  const main = document.getElementById('main');
  const target = main.children[Math.floor(main.children.length / 2)].firstChild;
  const original = target.data;
  for (let i = 0; i < 2000; i++) target.data = 'Plain words, changed ' + i;
  await ${DRAWN};
  target.data = original;
  await ${DRAWN};
})()`;

const DOM_WORK_ROUNDS = 5;
/** Loads of each size with us and without for the stall table. */
const STALL_LOADS = 3;

/** Main-thread milliseconds the page's two kinds of DOM work cost: the median of five rounds, each after a quiet moment. */
async function domWork(page: Page): Promise<{ insertRemove: number; textChanges: number }> {
  const taskTime = await taskClock(page);
  const cost = async (script: string) => {
    const rounds: number[] = [];
    for (let round = 0; round < DOM_WORK_ROUNDS; round++) {
      await page.evaluate(DRAWN);
      await settle(300);
      const before = await taskTime();
      await page.evaluate(script);
      rounds.push(((await taskTime()) - before) * 1000);
    }
    return median(rounds);
  };
  return { insertRemove: await cost(INSERT_REMOVE), textChanges: await cost(TEXT_CHANGES) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;

/** The renderer's main-thread task time so far, in seconds, from one CDP session kept for the page (enabling resets it). */
async function taskClock(page: Page): Promise<() => Promise<number>> {
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  return async () => {
    const { metrics } = (await client.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((entry) => entry.name === 'TaskDuration')?.value ?? 0;
  };
}

const ratio = (ours: number, plain: number) => `${(ours / Math.max(plain, 0.001)).toFixed(2)}×`;
const fixed = (value: number, digits = 1) => value.toFixed(digits);
const row = (cells: (string | number)[], widths: number[]) => cells.map((cell, index) => String(cell)[index === 0 ? 'padEnd' : 'padStart'](widths[index]!)).join(' ');

async function main(): Promise<void> {
  const options = readOptions();
  const pages = new Map<string, string>();
  for (const size of new Set([...options.domSizes, ...options.stallSizes])) pages.set(`/many-${size}.html`, manyMentions(size));
  pages.set('/infinite.html', infiniteFeed());
  pages.set('/recycling.html', recyclingFeed());
  pages.set('/mutating.html', mutatingPage());
  const route: Route = async (path) => (pages.has(path) ? { body: pages.get(path)!, type: 'text/html; charset=utf-8' } : undefined);
  const server = await startServer([route]);
  const ours = await launchWithExtension('chrome', { extensionDir: join(PROJECT_ROOT, 'dist', 'test-chrome') });
  const plain = await launchWithExtension('chrome', { extensionDir: null });
  const floorDir = await mkdtemp(join(tmpdir(), 'counterpoint-follow-floor-'));
  const floor = options.runs('dom') ? await launchWithExtension('chrome', { extensionDir: await writeFollowFloorExtension(floorDir), sitesOn: [] }) : null;
  const url = (path: string) => `${server.origin}${path}`;
  console.log(`bench:stress: Chromium headless, with and without Counterpoint in the same run; feeds run ${options.feedSeconds} s\n`);
  try {
    if (options.runs('dom')) {
      console.log(`The page’s own DOM work (2,000 insert+remove; 2,000 text changes and one back), main-thread time until drawn, median of ${DOM_WORK_ROUNDS}.`);
      console.log('"floor": a content script that only highlights the same screens and reads every change record (follow-floor.ts).');
      const domWidths = [9, 9, 9, 9, 7, 7, 9, 9, 9, 7, 7];
      console.log(row(['mentions', 'ins ours', 'floor', 'none', '/none', '/floor', 'text ours', 'floor', 'none', '/none', '/floor'], domWidths));
      for (const size of options.domSizes) {
        const withUs = await open(ours.browser, url(`/many-${size}.html`), true, size);
        const oursWork = await domWork(withUs.page);
        await withUs.page.close();
        const floorPage = await openWithFloor(floor!.browser, url(`/many-${size}.html`));
        const floorWork = await domWork(floorPage);
        await floorPage.close();
        const without = await open(plain.browser, url(`/many-${size}.html`), false);
        const plainWork = await domWork(without.page);
        await without.page.close();
        const cells = (kind: 'insertRemove' | 'textChanges') => [`${fixed(oursWork[kind])}`, `${fixed(floorWork[kind])}`, `${fixed(plainWork[kind])}`, ratio(oursWork[kind], plainWork[kind]), ratio(oursWork[kind], floorWork[kind])];
        console.log(row([size.toLocaleString('en'), ...cells('insertRemove'), ...cells('textChanges')], domWidths));
      }
      console.log('(ms of main-thread time; /none and /floor are ours over each)');
    }

    if (options.runs('stall')) {
      console.log(`\nLongest main-thread stall while the page loads (heartbeat every 10 ms, until 1 s after our paint), median of ${STALL_LOADS} loads:`);
      const stallWidths = [14, 12, 12, 8, 14, 12];
      console.log(row(['mentions', 'stall ours', 'stall none', 'ratio', 'our longest', 'painted'], stallWidths));
      for (const size of options.stallSizes) {
        // Loads interleaved, with us and without, and the median of each: one load's stall swings with the machine.
        const oursStalls: number[] = [];
        const plainStalls: number[] = [];
        let oursStats: Stats | null = null;
        for (let load = 0; load < STALL_LOADS; load++) {
          const loadStarted = Date.now();
          const withUs = await open(ours.browser, url(`/many-${size}.html`), true, size);
          await settle(1000);
          oursStalls.push((await withUs.page.evaluate('window.__stress.maxStall')) as number);
          const elapsed = Date.now() - loadStarted;
          await settle(1100);
          oursStats = withUs.stats.latest();
          await withUs.page.close();
          const without = await open(plain.browser, url(`/many-${size}.html`), false);
          // The same span of time as the run with us, so a late stall of the page's own counts in both.
          await settle(Math.max(0, elapsed - 1000));
          plainStalls.push((await without.page.evaluate('window.__stress.maxStall')) as number);
          await without.page.close();
        }
        const oursStall = median(oursStalls);
        const plainStall = median(plainStalls);
        console.log(row([size.toLocaleString('en'), `${fixed(oursStall)} ms`, `${fixed(plainStall)} ms`, ratio(oursStall, plainStall), `${fixed(oursStats?.longestSliceMs ?? NaN)} ms`, String(oursStats?.held ?? '?')], stallWidths));
      }
    }

    if (options.runs('feeds')) {
      console.log(`\nLiving pages, ${options.feedSeconds} s each (CDP TaskDuration over wall time):`);
      const feedWidths = [16, 10, 10, 10, 13, 9, 9];
      console.log(row(['page', 'busy ours', 'busy none', 'extra', 'our longest', 'held', 'on page'], feedWidths));
      for (const [name, path] of [['infinite scroll', '/infinite.html'], ['recycling feed', '/recycling.html'], ['mutating 10 ms', '/mutating.html']] as const) {
        const busy = async (page: Page) => {
          const taskTime = await taskClock(page);
          const taskBefore = await taskTime();
          const wallBefore = performance.now();
          await page.evaluate('window.__start()');
          await settle(options.feedSeconds * 1000);
          const taskAfter = await taskTime();
          return (taskAfter - taskBefore) / ((performance.now() - wallBefore) / 1000);
        };
        const withUs = await open(ours.browser, url(path), true);
        const oursBusy = await busy(withUs.page);
        // Let the last batch land, then compare what we hold with what is on the page.
        await withUs.page.evaluate('window.__stop()');
        await settle(2200);
        const oursStats = withUs.stats.latest();
        const onPage = (await withUs.page.evaluate('window.__onPage()')) as number;
        await withUs.page.close();
        const without = await open(plain.browser, url(path), false);
        const plainBusy = await busy(without.page);
        await without.page.close();
        console.log(row([name, `${fixed(oursBusy * 100)}%`, `${fixed(plainBusy * 100)}%`, `${fixed((oursBusy - plainBusy) * 100)} pts`, `${fixed(oursStats?.longestSliceMs ?? NaN)} ms`, String(oursStats?.held ?? '?'), String(onPage)], feedWidths));
      }
    }
    console.log('\nNot measured here: the huge teacher pack (its limits are enforced at import; see `npm run bench:packs`).');
  } finally {
    await ours.close();
    await plain.close();
    await floor?.close();
    await rm(floorDir, { recursive: true, force: true });
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:stress: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
