// `npm run bench:pages [DIR]`: what annotation costs on real pages, in Chromium, in one run.
// Ours comes from the test build's timing channel (dist/test-chrome); mark.js and the floor are
// measured in the same browser on the same pages, without the extension. Figures only: no asserts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'puppeteer';
import { PROJECT_ROOT } from '../demo/routes';
import { syntheticPage } from '../lib/synthetic-page';
import { launchWithExtension } from '../lib/browsers';
import { startServer, type Route } from '../lib/static-server';
import { listRealPages, realPagesRoute, resolvePagesDir } from './page-set';

interface Timing {
  startToPaintedMs: number;
  busyMs: number;
  longestSliceMs: number;
  slices: number;
  mentions: number;
}

const require = createRequire(import.meta.url);
// Wrapped so a page's own AMD loader or CommonJS shim cannot capture mark.js: it always lands on window.Mark.
const MARK_JS = `(function (define, module, exports) {\n${readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8')}\n}).call(window)`;

function readOptions() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { only: { type: 'string' }, runs: { type: 'string', default: '3' } } });
  return { dir: resolvePagesDir(positionals[0]), only: values.only, runs: Math.max(1, Number(values.runs)) };
}

async function aliasList(): Promise<string[]> {
  const { compileFactBase, lexiconFrom } = await import('../../src/node/factbase-files');
  const { pack } = compileFactBase({ dataDir: join(PROJECT_ROOT, 'data') });
  return [...new Set(lexiconFrom(pack).flatMap((entity: { aliases: { text: string }[] }) => entity.aliases.map((alias) => alias.text)))];
}

function waitForTiming(page: Page, timeout = 60_000): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no timing reported')), timeout);
    page.on('console', (message) => {
      const text = message.text();
      if (!text.startsWith('[Counterpoint:timing]')) return;
      clearTimeout(timer);
      resolve(JSON.parse(text.slice('[Counterpoint:timing]'.length)) as Timing);
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

async function measureOurs(browser: Browser, origin: string, url: string): Promise<Timing> {
  const page = await offlinePage(browser, origin);
  const timing = waitForTiming(page);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => {});
  const result = await timing;
  await page.close();
  return result;
}

async function measureInPage(browser: Browser, origin: string, url: string, aliases: string[]): Promise<{ floorMs: number; markMs: number; markCount: number }> {
  const page = await offlinePage(browser, origin);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => {});
  // Page code is passed as text: our TypeScript runner would otherwise wrap functions in helpers the page lacks.
  const floorMs = (await page.evaluate(`(() => {
    const started = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let characters = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) characters += node.data.length;
    const elapsed = performance.now() - started;
    return characters >= 0 ? elapsed : elapsed;
  })()`)) as number;
  await page.evaluate(MARK_JS);
  const mark = (await page.evaluate(`new Promise((resolve) => {
    const started = performance.now();
    let count = 0;
    new window.Mark(document.body).mark(${JSON.stringify(aliases)}, {
      accuracy: 'exactly',
      diacritics: true,
      separateWordSearch: false,
      each: () => count++,
      done: () => resolve({ ms: performance.now() - started, count }),
    });
  })`)) as { ms: number; count: number };
  await page.close();
  return { floorMs, markMs: mark.ms, markCount: mark.count };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main(): Promise<void> {
  const { dir, only, runs } = readOptions();
  const pages = listRealPages(dir).filter((page) => !only || page.file.includes(only));
  const aliases = await aliasList();
  const synthetic = syntheticPage();
  const syntheticRoute: Route = async (path) => (path === '/synthetic.html' ? { body: synthetic, type: 'text/html; charset=utf-8' } : undefined);
  const server = await startServer([realPagesRoute(dir), syntheticRoute]);
  const ours = await launchWithExtension('chrome', { extensionDir: join(PROJECT_ROOT, 'dist', 'test-chrome') });
  const plain = await launchWithExtension('chrome', { extensionDir: null });
  console.log(`bench:pages: ${pages.length} pages, ${aliases.length} aliases, median of ${runs} runs per page, Chromium headless\n`);
  console.log(`${'page'.padEnd(58)} ${'ours'.padStart(10)} ${'busy'.padStart(10)} ${'longest'.padStart(10)} ${'floor'.padStart(10)} ${'mark.js'.padStart(11)}`);
  const rows: { ours: number; busy: number; longest: number; floor: number; mark: number }[] = [];
  try {
    for (const page of pages) {
      const url = `${server.origin}${page.path}`;
      const timings: Timing[] = [];
      const inPage: { floorMs: number; markMs: number }[] = [];
      for (let run = 0; run < runs; run++) {
        timings.push(await measureOurs(ours.browser, server.origin, url));
        inPage.push(await measureInPage(plain.browser, server.origin, url, aliases));
      }
      const row = {
        ours: median(timings.map((timing) => timing.startToPaintedMs)),
        busy: median(timings.map((timing) => timing.busyMs)),
        longest: median(timings.map((timing) => timing.longestSliceMs)),
        floor: median(inPage.map((measure) => measure.floorMs)),
        mark: median(inPage.map((measure) => measure.markMs)),
      };
      rows.push(row);
      console.log(`${page.file.padEnd(58)} ${ms(row.ours).padStart(10)} ${ms(row.busy).padStart(10)} ${ms(row.longest).padStart(10)} ${ms(row.floor).padStart(10)} ${ms(row.mark).padStart(11)}`);
    }
    const big = await measureOurs(ours.browser, server.origin, `${server.origin}/synthetic.html`);
    const bigFloor = await measureInPage(plain.browser, server.origin, `${server.origin}/synthetic.html`, []);
    console.log(`\nSynthetic ${(synthetic.length / 1024 / 1024).toFixed(1)} MB page: ${big.mentions} mentions painted in ${ms(big.startToPaintedMs)}, ${big.slices} slices, busy ${ms(big.busyMs)}, longest task of ours ${ms(big.longestSliceMs)} (floor pass ${ms(bigFloor.floorMs)})`);
  } finally {
    await ours.close();
    await plain.close();
    await server.close();
  }
  const summary = (name: string, values: number[]) => `${name.padEnd(34)} median ${ms(median(values)).padStart(10)}   p95 ${ms(percentile(values, 95)).padStart(10)}`;
  console.log('\nOver all pages:');
  console.log(summary('ours: script start → painted', rows.map((row) => row.ours)));
  console.log(summary('ours: busy (scripting we add)', rows.map((row) => row.busy)));
  console.log(summary('ours: longest task', rows.map((row) => row.longest)));
  console.log(summary('floor: TreeWalker read', rows.map((row) => row.floor)));
  console.log(summary('mark.js, same aliases', rows.map((row) => row.mark)));
  console.log(`ratio ours(busy)/floor: median ${(median(rows.map((row) => row.busy)) / Math.max(median(rows.map((row) => row.floor)), 0.001)).toFixed(1)}×`);
  console.log(`ratio mark.js/ours(busy): median ${(median(rows.map((row) => row.mark / Math.max(row.busy, 0.001)))).toFixed(1)}×`);
}

main().catch((error: unknown) => {
  console.error(`bench:pages: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
