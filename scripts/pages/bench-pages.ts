// `npm run bench:pages [DIR] [--runs N] [--all] [--only TEXT] [--browsers chrome,firefox]`: what
// annotation costs on real pages, in Chromium and Firefox, against the honest floor, in one run.
// Ours comes from the test build (dist/test-*), timed from before content.js is compiled
// (src/page/bench-probe.ts). The floor is a one-file content script of its own
// (floor-extension.ts) loaded on the same page right after ours, with ours' mention positions.
// mark.js runs in Chromium on every third page. Figures only: no asserts.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'puppeteer';
import type { BenchReport } from '../../src/page/bench-probe';
import { PROJECT_ROOT } from '../demo/routes';
import { syntheticPage } from '../lib/synthetic-page';
import { launchWithExtension, type BrowserKind, type ExtensionBrowser } from '../lib/browsers';
import { startServer, type Route } from '../lib/static-server';
import { writeFloorExtension, type FloorTiming } from './floor-extension';
import { listRealPages, realPagesRoute, resolvePagesDir } from './page-set';

const require = createRequire(import.meta.url);
// Wrapped so a page's own AMD loader or CommonJS shim cannot capture mark.js: it always lands on window.Mark.
const MARK_JS = `(function (define, module, exports) {\n${readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8')}\n}).call(window)`;

/** The phase table's rows, in the order the work happens; "other" is what no phase accounts for. */
const PHASES = [
  ['compile', 'compile content.js'],
  ['evaluate', 'module evaluation'],
  ['settings', 'settings and packs (awaited)'],
  ['matcher', 'matcher set-up'],
  ['collect', 'text collection'],
  ['fold', 'folding'],
  ['language', 'language'],
  ['match', 'matching (exact + fuzzy)'],
  ['context', 'context'],
  ['ranges', 'ranges'],
  ['paint', 'painting (Highlight.add)'],
  ['yield', 'yields waited'],
  ['other', 'other (glue, microtasks, lazy compile)'],
] as const;

/** Time until the load is given up (a page that never lets the script finish). */
const LOAD_TIMEOUT_MS = 30_000;
/** How long a load on a site turned off is watched for any sign of our script. */
const OFF_WATCH_MS = 3_000;

function readOptions() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      only: { type: 'string' },
      runs: { type: 'string', default: '3' },
      all: { type: 'boolean', default: false },
      browsers: { type: 'string', default: 'chrome,firefox' },
      // Another build's dist folder (with test-chrome/test-firefox), loaded interleaved with ours: before/after ratios from one run.
      compare: { type: 'string' },
      // At most this many pages of the selection.
      pages: { type: 'string' },
    },
  });
  const browsers = values.browsers.split(',').filter((kind): kind is BrowserKind => kind === 'chrome' || kind === 'firefox');
  return { dir: resolvePagesDir(positionals[0]), only: values.only, runs: Math.max(1, Number(values.runs)), all: values.all, browsers, compare: values.compare, limit: values.pages ? Number(values.pages) : Infinity };
}

async function aliasList(): Promise<string[]> {
  const { compileFactBase, lexiconFrom } = await import('../../src/node/factbase-files');
  const { pack } = compileFactBase({ dataDir: join(PROJECT_ROOT, 'data') });
  return [...new Set(lexiconFrom(pack).flatMap((entity: { aliases: { text: string }[] }) => entity.aliases.map((alias) => alias.text)))];
}

/** The first console message starting with `prefix`, parsed; null when none comes in time. */
function waitForMessage<T>(page: Page, prefix: string, timeout: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeout);
    page.on('console', (message) => {
      const text = message.text();
      if (!text.startsWith(prefix)) return;
      clearTimeout(timer);
      resolve(JSON.parse(text.slice(prefix.length)) as T);
    });
  });
}

async function offlinePage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(origin) || request.url().startsWith('data:')) void request.continue().catch(() => {});
    else void request.abort('blockedbyclient').catch(() => {});
  });
  return page;
}

/** Loads `url` in a fresh tab and returns the first message with `prefix` (null if none came). */
async function load<T>(browser: Browser, origin: string, url: string, prefix: string, timeout = LOAD_TIMEOUT_MS): Promise<T | null> {
  const page = await offlinePage(browser, origin);
  const message = waitForMessage<T>(page, prefix, timeout);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => {});
  const result = await message;
  await page.close().catch(() => {});
  return result;
}

async function measureMark(browser: Browser, origin: string, url: string, aliases: string[]): Promise<number> {
  const page = await offlinePage(browser, origin);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => {});
  await page.evaluate(MARK_JS);
  // Page code is passed as text: our TypeScript runner would otherwise wrap functions in helpers the page lacks.
  const mark = (await page.evaluate(`new Promise((resolve) => {
    const started = performance.now();
    new window.Mark(document.body).mark(${JSON.stringify(aliases)}, {
      accuracy: 'exactly', diacritics: true, separateWordSearch: false,
      done: () => resolve(performance.now() - started),
    });
  })`)) as number;
  await page.close();
  return mark;
}

const median = (values: number[]) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(2)} ms`;
const times = (value: number) => `${value.toFixed(2)}×`;

/** One page's medians over its loads, in one browser. */
interface PageRow {
  file: string;
  ours: { firstVisible: number; painted: number; nextFrame: number; busy: number; longest: number; phases: Record<string, number> };
  floor: { painted: number; nextFrame: number };
  mentions: number;
}

function phasesOf(report: BenchReport): Record<string, number> {
  const phases: Record<string, number> = { compile: report.compileMs, evaluate: report.evaluateMs };
  for (const [name, value] of Object.entries(report.phases)) phases[name] = value;
  const accounted = Object.values(phases).reduce((sum, value) => sum + value, 0);
  phases.other = Math.max(0, report.paintedMs - accounted);
  return phases;
}

function pageRow(file: string, ours: BenchReport[], floors: FloorTiming[]): PageRow {
  const phases: Record<string, number> = {};
  for (const [name] of PHASES) phases[name] = median(ours.map((report) => phasesOf(report)[name] ?? 0));
  return {
    file,
    ours: {
      firstVisible: median(ours.map((report) => report.firstVisibleMs)),
      painted: median(ours.map((report) => report.paintedMs)),
      nextFrame: median(ours.map((report) => report.nextFrameMs)),
      busy: median(ours.map((report) => report.busyMs)),
      longest: median(ours.map((report) => report.longestSliceMs)),
      phases,
    },
    floor: { painted: median(floors.map((floor) => floor.paintedMs)), nextFrame: median(floors.map((floor) => floor.nextFrameMs)) },
    mentions: median(ours.map((report) => report.mentions)),
  };
}

function printSummary(kind: BrowserKind, rows: PageRow[]): void {
  const line = (name: string, values: number[]) => `  ${name.padEnd(44)} median ${ms(median(values)).padStart(10)}   p95 ${ms(percentile(values, 95)).padStart(10)}`;
  console.log(`\n${kind === 'chrome' ? 'Chromium' : 'Firefox'}, ${rows.length} pages (medians over pages of each page's median):`);
  console.log('  phase (ours, from before content.js is compiled)');
  for (const [name, label] of PHASES) console.log(line(label, rows.map((row) => row.ours.phases[name] ?? 0)));
  console.log(line('ours: first visible highlights', rows.map((row) => row.ours.firstVisible)));
  console.log(line('ours: all highlights registered', rows.map((row) => row.ours.painted)));
  console.log(line('ours: the frame after', rows.map((row) => row.ours.nextFrame)));
  console.log(line('ours: scripting in slices (busy)', rows.map((row) => row.ours.busy)));
  console.log(line('ours: longest slice', rows.map((row) => row.ours.longest)));
  console.log(line('honest floor: highlights registered', rows.map((row) => row.floor.painted)));
  console.log(line('honest floor: the frame after', rows.map((row) => row.floor.nextFrame)));
  const ratio = (pick: (row: PageRow) => number) => median(rows.map((row) => pick(row) / Math.max(row.floor.painted, 0.01)));
  const firstVisible = ratio((row) => row.ours.firstVisible);
  const all = ratio((row) => row.ours.painted);
  console.log(`  ours/floor (median over pages of each page's ratio): first visible ${times(firstVisible)} (target ≤ 2×: ${firstVisible <= 2 ? 'met' : 'not met'}), all highlights ${times(all)} (target ≤ 4×: ${all <= 4 ? 'met' : 'not met'}), next frame ${times(median(rows.map((row) => row.ours.nextFrame / Math.max(row.floor.nextFrame, 0.01))))}`);
}

async function main(): Promise<void> {
  const { dir, only, runs, all, browsers, compare, limit } = readOptions();
  // Every second page unless --all: 35 pages keep both browsers under ten minutes on this machine.
  const pages = listRealPages(dir)
    .filter((page, index) => (only ? page.file.includes(only) : all || index % 2 === 0))
    .slice(0, limit);
  const aliases = await aliasList();
  const synthetic = syntheticPage();
  const syntheticRoute: Route = async (path) => (path === '/synthetic.html' ? { body: synthetic, type: 'text/html; charset=utf-8' } : undefined);
  const server = await startServer([realPagesRoute(dir), syntheticRoute]);
  // 127.0.0.1 is switched on; localhost, the same server, stays off (the "site turned off" row).
  const offOrigin = server.origin.replace('127.0.0.1', 'localhost');
  const floorRoot = await mkdtemp(join(tmpdir(), 'counterpoint-floor-'));
  console.log(`bench:pages: ${pages.length} pages, ${aliases.length} aliases, median of ${runs} loads per page, ${browsers.join(' and ')} headless; ours and the honest floor interleaved\n`);
  const markTimes: { ours: number; mark: number }[] = [];
  try {
    for (const kind of browsers) {
      const firefoxPrefs = { 'privacy.reduceTimerPrecision': false };
      // COUNTERPOINT_BENCH_DIST: another build's output (to compare builds while working on this one).
      const ours = await launchWithExtension(kind, { extensionDir: join(process.env.COUNTERPOINT_BENCH_DIST ?? join(PROJECT_ROOT, 'dist'), `test-${kind}`), sitesOn: ['127.0.0.1'], firefoxPrefs });
      const floor = await launchWithExtension(kind, { extensionDir: await writeFloorExtension(join(floorRoot, kind), kind), sitesOn: [], firefoxPrefs });
      const other = compare ? await launchWithExtension(kind, { extensionDir: join(compare, `test-${kind}`), sitesOn: ['127.0.0.1'], firefoxPrefs }) : null;
      /** Per page, ours/other for first visible and all highlights (medians of each page's loads). */
      const versus: { firstVisible: number; painted: number }[] = [];
      const rows: PageRow[] = [];
      try {
        console.log(`${'page'.padEnd(58)} ${'first vis.'.padStart(10)} ${'all'.padStart(10)} ${'floor'.padStart(10)} ${'ratio'.padStart(7)} ${'mentions'.padStart(8)}`);
        for (const page of pages) {
          const url = `${server.origin}${page.path}`;
          const reports: BenchReport[] = [];
          const floors: FloorTiming[] = [];
          const others: BenchReport[] = [];
          for (let run = 0; run < runs; run++) {
            const otherReport = other ? await load<BenchReport>(other.browser, server.origin, url, '[Counterpoint:timing]') : null;
            if (otherReport && !('off' in otherReport)) others.push(otherReport);
            const report = await load<BenchReport>(ours.browser, server.origin, url, '[Counterpoint:timing]');
            if (!report || 'off' in report) continue;
            reports.push(report);
            const floorTiming = await load<FloorTiming>(floor.browser, server.origin, `${url}#cpfloor=${report.positions}`, '[Counterpoint:floor]');
            if (floorTiming) floors.push(floorTiming);
          }
          if (!reports.length || !floors.length) {
            console.log(`${page.file.padEnd(58)} no timing (ours ${reports.length}, floor ${floors.length} of ${runs} loads)`);
            continue;
          }
          const row = pageRow(page.file, reports, floors);
          rows.push(row);
          if (others.length) {
            const theirs = pageRow(page.file, others, floors);
            versus.push({ firstVisible: row.ours.firstVisible / theirs.ours.firstVisible, painted: row.ours.painted / theirs.ours.painted });
          }
          // mark.js takes seconds a page: every third page is enough for its ratio.
          if (kind === 'chrome' && rows.length % 3 === 1) markTimes.push({ ours: row.ours.painted, mark: await measureMark(floor.browser, server.origin, url, aliases) });
          console.log(`${page.file.padEnd(58)} ${ms(row.ours.firstVisible).padStart(10)} ${ms(row.ours.painted).padStart(10)} ${ms(row.floor.painted).padStart(10)} ${times(row.ours.painted / Math.max(row.floor.painted, 0.01)).padStart(7)} ${String(row.mentions).padStart(8)}`);
        }
        printSummary(kind, rows);
        if (versus.length) console.log(`  ours/--compare build, interleaved (median over pages): first visible ${times(median(versus.map((row) => row.firstVisible)))}, all highlights ${times(median(versus.map((row) => row.painted)))}`);
        if (kind === 'chrome' && markTimes.length) {
          console.log(`  mark.js, same aliases (${markTimes.length} pages): median ${ms(median(markTimes.map((row) => row.mark)))}; mark.js/ours (all highlights) median ${times(median(markTimes.map((row) => row.mark / Math.max(row.ours, 0.01))))}`);
        }
        const big = await load<BenchReport>(ours.browser, server.origin, `${server.origin}/synthetic.html`, '[Counterpoint:timing]', 120_000);
        // The floor's positions would not fit in an address here: it walks and registers an empty highlight.
        const bigFloor = await load<FloorTiming>(floor.browser, server.origin, `${server.origin}/synthetic.html`, '[Counterpoint:floor]', 120_000);
        if (big && !('off' in big)) {
          console.log(`  synthetic ${(synthetic.length / 1024 / 1024).toFixed(1)} MB page: ${big.mentions} mentions, first visible ${ms(big.firstVisibleMs)}, all ${ms(big.paintedMs)}, ${big.slices} slices, longest slice ${ms(big.longestSliceMs)} (floor walk without ranges ${bigFloor ? ms(bigFloor.paintedMs) : 'n/a'})`);
        }
        const off = await load<{ off: true; offMs: number }>(ours.browser, offOrigin, `${offOrigin}${pages[0]?.path ?? '/synthetic.html'}`, '[Counterpoint:timing]', OFF_WATCH_MS);
        console.log(`  a site turned off: ${off ? `our script ran for ${ms(off.offMs)} before it stood down` : `no sign of our script in ${OFF_WATCH_MS / 1000} s (it did not run: 0 ms)`}\n`);
      } finally {
        await closeAll(other ? [ours, floor, other] : [ours, floor]);
      }
    }
  } finally {
    await server.close();
    await rm(floorRoot, { recursive: true, force: true });
  }
}

async function closeAll(browsers: ExtensionBrowser[]): Promise<void> {
  for (const browser of browsers) await browser.close();
}

main().catch((error: unknown) => {
  console.error(`bench:pages: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
