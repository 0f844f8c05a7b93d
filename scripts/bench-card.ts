// `npm run bench:card`: how soon a card shows, in Chromium and Firefox, on the demo article. The
// test build (dist/test-*) reports, for each card, the time from the moment it was due (the hover
// delay over, or the key pressed) until its content was on screen, and for the first card how long
// the frame took to start from the first hover. Figures only: no asserts.
import { parseArgs } from 'node:util';
import type { Page } from 'puppeteer';
import { demoRoute } from './demo/routes';
import { defaultExtensionDir, launchWithExtension, type BrowserKind } from './lib/browsers';
import { mentionPoint, waitForHighlights } from './lib/page-probes';
import { startServer } from './lib/static-server';

interface CardTiming {
  first: boolean;
  how: 'pointer' | 'keyboard';
  openToShownMs: number;
  frameStartMs?: number;
}

const MENTIONS = ['Rex Tillerson', 'John Kelly', 'fentanyl', 'Merida Initiative', 'NAFTA'];

function timings(page: Page): { next(timeout?: number): Promise<CardTiming> } {
  const queue: CardTiming[] = [];
  const waiting: ((timing: CardTiming) => void)[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (!text.startsWith('[Counterpoint:timing]') || !text.includes('"card"')) return;
    const { card } = JSON.parse(text.slice('[Counterpoint:timing]'.length)) as { card: CardTiming };
    const waiter = waiting.shift();
    if (waiter) waiter(card);
    else queue.push(card);
  });
  return {
    next: (timeout = 10_000) =>
      queue.length
        ? Promise.resolve(queue.shift()!)
        : new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('no card timing reported')), timeout);
            waiting.push((timing) => {
              clearTimeout(timer);
              resolve(timing);
            });
          }),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function measure(kind: BrowserKind, runs: number, origin: string) {
  const extension = await launchWithExtension(kind, { extensionDir: defaultExtensionDir(kind).replace(/[/\\]([a-z]+)$/, '/test-$1') });
  const first: number[] = [];
  const frameStart: number[] = [];
  const later: number[] = [];
  const again: number[] = [];
  const keyboardFirst: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await extension.browser.newPage();
      const cards = timings(page);
      await page.goto(`${origin}/articles/article-1.html`, { waitUntil: 'load' });
      await waitForHighlights(page, 10);
      for (const [index, mention] of [...MENTIONS, MENTIONS[0]!].entries()) {
        const point = await mentionPoint(page, mention);
        await page.mouse.move(point.x, point.y);
        const timing = await cards.next();
        if (index === 0) {
          first.push(timing.openToShownMs);
          frameStart.push(timing.frameStartMs ?? NaN);
        } else if (index < MENTIONS.length) later.push(timing.openToShownMs);
        else again.push(timing.openToShownMs);
        await page.mouse.move(2, 2);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await page.close();

      // A first card from the keyboard: nothing was fetched while a hover delay ran.
      const keys = await extension.browser.newPage();
      const keyCards = timings(keys);
      await keys.goto(`${origin}/articles/article-1.html`, { waitUntil: 'load' });
      await waitForHighlights(keys, 10);
      await keys.keyboard.down('Alt');
      await keys.keyboard.down('Shift');
      await keys.keyboard.press('Period');
      await keys.keyboard.up('Shift');
      await keys.keyboard.up('Alt');
      keyboardFirst.push((await keyCards.next()).openToShownMs);
      await keys.close();
    }
  } finally {
    await extension.close();
  }
  return { first: median(first), frameStart: median(frameStart), later: median(later), again: median(again), keyboardFirst: median(keyboardFirst), samples: { first, later, keyboardFirst } };
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, browsers: { type: 'string', default: 'chrome,firefox' } } });
const server = await startServer([demoRoute()]);
try {
  console.log('hover intent → card on screen (from the moment the 400 ms hover delay is over), medians:');
  console.log('| browser | first card | frame start (from hover start) | later cards | a card seen before | first card by keyboard |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const kind of values.browsers!.split(',') as BrowserKind[]) {
    const result = await measure(kind, Math.max(1, Number(values.runs)), server.origin);
    console.log(`| ${kind} | ${ms(result.first)} | ${ms(result.frameStart)} | ${ms(result.later)} | ${ms(result.again)} | ${ms(result.keyboardFirst)} |`);
    console.error(`${kind} samples: ${JSON.stringify(result.samples, (_, value) => (typeof value === 'number' ? Math.round(value * 10) / 10 : value))}`);
  }
} finally {
  await server.close();
}
