// `npm run bench`: what matching costs, in one process on the same text, plus the built bundles'
// sizes and the content script's heap on a large page. It prints figures and asserts nothing.
//   npm run bench [-- --pages DIR] [--no-browser]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { pageTextOf } from '../src/cli/page-text';
import { compileMatcher, findMentions, newDocumentContext, TEXT_CHUNK_SIZE, type MatchableEntity } from '../src/core/mentions';

import { PROJECT_ROOT } from './demo/routes';
import { defaultExtensionDir, launchWithExtension } from './lib/browsers';
import { loadLexicon } from './lib/lexicon';
import { startServer } from './lib/static-server';
import { syntheticPage } from './lib/synthetic-page';
import { resolvePagesDir } from './pages/page-set';

const TARGET_BYTES = 5 * 1024 * 1024;
const ARTICLE = 30 * 1024;

function readOptions() {
  const { values } = parseArgs({ options: { pages: { type: 'string' }, 'no-browser': { type: 'boolean', default: false }, runs: { type: 'string', default: '5' } } });
  return { pagesDir: resolvePagesDir(values.pages), browser: !values['no-browser'], runs: Math.max(1, Number(values.runs)) };
}

/** The visible text of every page, concatenated and repeated to about 5 MB. */
export function benchText(pagesDir: string): string {
  const texts = readdirSync(pagesDir)
    .filter((file) => /\.(html?|md|txt)$/i.test(file) && !/^readme/i.test(file))
    .sort()
    .map((file) => pageTextOf(file, readFileSync(join(pagesDir, file), 'utf8')).text);
  const once = texts.join('\n\n');
  return once.repeat(Math.ceil(TARGET_BYTES / once.length)).slice(0, TARGET_BYTES);
}

/**
 * A full garbage collection, between the set-up and each measurement: reading 70 pages through a
 * DOM leaves hundreds of megabytes of garbage, and collecting it inside the first timed runs made
 * them look three times slower than they are.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

const WARM_UP_RUNS = 3;

/**
 * Pieces of work timed in turn, after warming each up; the median of each. This machine slows down
 * and speeds up for seconds at a time: taking turns keeps such a spell off one side of a ratio.
 */
function timeInTurn(runs: number, warmUps: number, ...works: (() => unknown)[]): number[] {
  collectGarbage();
  // Three warm-up runs: the fuzzy step fills its word cache on the first, and V8 is still tiering
  // the engine up on the second (a page's first, cold scan is what npm run bench:pages measures).
  for (const work of works) for (let warm = 0; warm < warmUps; warm++) work();
  const times = works.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    works.forEach((work, side) => {
      const started = performance.now();
      work();
      times[side]!.push(performance.now() - started);
    });
  }
  return times.map(median);
}

const timeIt = (runs: number, work: () => unknown, warmUps = WARM_UP_RUNS): number => timeInTurn(runs, warmUps, work)[0]!;


const mbPerSecond = (bytes: number, ms: number) => bytes / 1024 / 1024 / (ms / 1000);
const perArticle = (bytes: number, ms: number) => (ms * ARTICLE) / bytes;
function row(label: string, bytes: number, ms: number): string {
  const speed = mbPerSecond(bytes, ms);
  return `  ${label.padEnd(44)} ${speed.toFixed(speed < 1 ? 3 : 1).padStart(8)} MB/s ${perArticle(bytes, ms).toFixed(3).padStart(9)} ms/30 KB`;
}

/** Process the text in chunks of the page layer's size, with one document context. */
function scanChunked(text: string, matcher: ReturnType<typeof compileMatcher>, fuzzy: boolean): number {
  const context = newDocumentContext();
  let found = 0;
  for (let start = 0; start < text.length; start += TEXT_CHUNK_SIZE) found += findMentions(text.slice(start, start + TEXT_CHUNK_SIZE), matcher, { context, fuzzy }).length;
  return found;
}

function syntheticEntities(count: number): MatchableEntity[] {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'zi', 'pa', 'dre', 'gon', 'ster', 'vel', 'bri'];
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  return Array.from({ length: count }, (_, index) => {
    const name = `${word()[0]!.toUpperCase()}${word().slice(1)} ${word()[0]!.toUpperCase()}${word().slice(1)}`;
    return { id: `synthetic-${index}`, type: 'person' as const, name: { en: name, es: name }, aliases: [{ text: name }] };
  });
}

function bundleSizes(): string[] {
  const dist = join(PROJECT_ROOT, 'dist', 'chrome');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) files.push(path);
    }
  };
  try {
    walk(dist);
  } catch {
    return ['  (no dist/chrome: run `npm run build` first)'];
  }
  return files.sort().map((file) => {
    const raw = readFileSync(file);
    return `  ${relative(dist, file).padEnd(28)} ${(statSync(file).size / 1024).toFixed(1).padStart(8)} KB raw ${(gzipSync(raw).length / 1024).toFixed(1).padStart(8)} KB gzipped`;
  });
}

/**
 * The JS heap a large page uses with and without the extension, after garbage collection. The test
 * build (the real one plus a once-a-second stats line) says how many mentions it holds, so the heap
 * is read once annotation has finished: when that count has stopped changing.
 */
export async function heapOnLargePage(): Promise<string> {
  const page = syntheticPage();
  const server = await startServer([async (path) => (path === '/big.html' ? { body: page, type: 'text/html; charset=utf-8' } : undefined)]);
  let held = 0;
  const measure = async (withExtension: boolean) => {
    const browser = await launchWithExtension('chrome', withExtension ? { extensionDir: defaultExtensionDir('chrome').replace(/chrome$/, 'test-chrome') } : { extensionDir: null });
    try {
      const tab = await browser.browser.newPage();
      const counts: number[] = [];
      tab.on('console', (message) => {
        const match = /^\[Counterpoint:stats\] (.*)$/.exec(message.text());
        if (match) counts.push((JSON.parse(match[1]!) as { held: number }).held);
      });
      await tab.goto(`${server.origin}/big.html`, { waitUntil: 'load', timeout: 120_000 });
      if (withExtension) {
        const deadline = Date.now() + 180_000;
        const settled = () => counts.length >= 3 && counts.at(-1)! > 0 && counts.slice(-3).every((count) => count === counts.at(-1));
        while (!settled()) {
          if (Date.now() > deadline) throw new Error(`annotation did not settle in 180 s (mentions held: ${counts.slice(-5).join(', ') || 'none reported'})`);
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        held = counts.at(-1)!;
      } else await new Promise((resolve) => setTimeout(resolve, 3000));
      const client = await tab.createCDPSession();
      // The console keeps what was logged (the test build's timing line lists every mention's place): not ours to count.
      await client.send('Runtime.discardConsoleEntries');
      await client.send('HeapProfiler.collectGarbage');
      await client.send('Performance.enable');
      const { metrics } = await client.send('Performance.getMetrics');
      return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
    } finally {
      await browser.close();
    }
  };
  try {
    const without = await measure(false);
    const withUs = await measure(true);
    return `  ${(page.length / 1024 / 1024).toFixed(1)} MB page: JS heap ${(without / 1024 / 1024).toFixed(1)} MB without the extension, ${(withUs / 1024 / 1024).toFixed(1)} MB with it (${held.toLocaleString('en')} mentions held): ${((withUs - without) / 1024 / 1024).toFixed(2)} MB added`;
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const { pagesDir, browser, runs } = readOptions();
  const entities = loadLexicon();
  const text = benchText(pagesDir);
  const bytes = Buffer.byteLength(text);
  let compileMs = 0;
  const lexicon = (() => {
    const started = performance.now();
    const compiled = compileMatcher(entities);
    compileMs = performance.now() - started;
    return compiled;
  })();
  console.log(`bench: ${(bytes / 1024 / 1024).toFixed(2)} MB of visible page text from ${relative(PROJECT_ROOT, pagesDir) || pagesDir}, ${lexicon.records.length} aliases (compiled in ${compileMs.toFixed(1)} ms), median of ${runs} runs\n`);

  const floor = timeIt(runs, () => {
    let sum = 0;
    for (let index = 0; index < text.length; index++) sum += text.charCodeAt(index);
    return sum;
  });
  const exact = timeIt(runs, () => scanChunked(text, lexicon, false));
  const full = timeIt(runs, () => scanChunked(text, lexicon, true));

  const aliases = [...new Set(entities.flatMap((entity) => entity.aliases.map((alias) => alias.text)))];
  const escaped = aliases.sort((a, b) => b.length - a.length).map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const alternation = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const regexp = timeIt(runs, () => [...text.matchAll(alternation)].length);

  const slice = text.slice(0, 200 * 1024);
  const fuse = new Fuse(aliases, { includeScore: true, threshold: 0.3 });
  // The naive baseline takes about a minute a run: warmed once.
  const naive = timeIt(1, () => {
    const words = slice.split(/\s+/);
    let hits = 0;
    for (let index = 0; index < words.length; index++) {
      for (let size = 1; size <= 3 && index + size <= words.length; size++) {
        if (fuse.search(words.slice(index, index + size).join(' '), { limit: 1 }).length) hits++;
      }
    }
    return hits;
  }, 1);

  console.log('Matching (one process, same text):');
  console.log(row('(a) floor: one loop over every character', bytes, floor));
  console.log(row('(b) engine, exact step only', bytes, exact));
  console.log(row('(c) whole engine: exact + fuzzy + context', bytes, full));
  console.log(row('(d) naive: fuse.js over word 1–3-grams (200 KB)', Buffer.byteLength(slice), naive));
  console.log(row('(e) one RegExp alternation of all aliases', bytes, regexp));
  console.log(`  ratio c/a: ${(full / floor).toFixed(1)}×   ratio d/c: ${(perArticle(Buffer.byteLength(slice), naive) / perArticle(bytes, full)).toFixed(0)}×`);

  const bigEntities = [...entities, ...syntheticEntities(25_000)];
  const started = performance.now();
  const bigLexicon = compileMatcher(bigEntities);
  const bigCompile = performance.now() - started;
  const [smallFull, bigFull] = timeInTurn(runs, WARM_UP_RUNS, () => scanChunked(text, lexicon, true), () => scanChunked(text, bigLexicon, true)) as [number, number];
  console.log(`\nScaling: with ${bigLexicon.records.length.toLocaleString('en')} aliases (compiled in ${bigCompile.toFixed(0)} ms), timed in turn with ${lexicon.records.length}:`);
  console.log(row(`(c) whole engine, ${lexicon.records.length} aliases`, bytes, smallFull));
  console.log(row(`(c) whole engine, ${bigLexicon.records.length.toLocaleString('en')} aliases`, bytes, bigFull));
  console.log(`  slowdown: ${(bigFull / smallFull).toFixed(2)}×`);

  console.log('\nBundles (dist/chrome):');
  for (const line of bundleSizes()) console.log(line);
  if (browser) {
    console.log('\nContent script heap (Chromium, headless):');
    console.log(await heapOnLargePage().catch((error: unknown) => `  could not measure: ${error instanceof Error ? error.message : String(error)}`));
  }
}

// Importable (other scripts reuse benchText and the heap measurement); runs only when executed.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  });
}
