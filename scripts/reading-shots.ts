// `node scripts/run-ts.mjs scripts/reading-shots.ts [--browsers chrome,firefox]`: the card as a reader
// sees it on the demo article, beside the line it is about: at 1280×800 and 390×844, light and dark,
// English and Spanish, in Chromium and Firefox, saved to out/reading-shots/ (after `node build.mjs`).
// Each shot also says whether the card's frame covers the mention's line (it must not).
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'puppeteer';
import { launchWithExtension, type BrowserKind } from './lib/browsers';
import { cardFrameBox, waitForCard } from './lib/card-probe';
import { mentionPoint, mentionRect, waitForContentScript, waitForHighlights } from './lib/page-probes';
import { startServer } from './lib/static-server';
import { demoRoute, PROJECT_ROOT } from './demo/routes';

const browsersArg = process.argv.indexOf('--browsers');
const browsers = (browsersArg > 0 ? process.argv[browsersArg + 1]!.split(',') : ['chrome', 'firefox']) as BrowserKind[];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
/** The mention each shot opens, and where in the viewport its line is put (a share of the height). */
const MENTION = 'Rex Tillerson';
const LINE_AT = 0.55;
const outDir = join(PROJECT_ROOT, 'out', 'reading-shots');
mkdirSync(outDir, { recursive: true });

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function settledBox(page: Page) {
  let previous = '';
  for (let attempt = 0; attempt < 60; attempt++) {
    const box = await cardFrameBox(page);
    const now = JSON.stringify(box);
    if (box && now === previous) return box;
    previous = now;
    await settle(80);
  }
  throw new Error('The card frame did not settle.');
}

const server = await startServer([demoRoute()]);
const lines: string[] = [];
try {
  for (const kind of browsers) {
    for (const lang of ['en', 'es'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        const extension = await launchWithExtension(kind, { headless: true, lang, colorScheme: theme });
        try {
          await extension.inExtension(`async (api) => { await api.storage.sync.set({ language: ${JSON.stringify(lang)} }); }`);
          for (const viewport of VIEWPORTS) {
            const page = await extension.browser.newPage();
            await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
            await page.goto(`${server.origin}/articles/article-1.html`, { waitUntil: 'load' });
            await waitForContentScript(page);
            await waitForHighlights(page, 5);
            await mentionPoint(page, MENTION);
            const before = await mentionRect(page, MENTION);
            await page.evaluate((by: number) => scrollBy({ top: by, behavior: 'instant' }), before.top - viewport.height * LINE_AT);
            await settle(200);
            const line = await mentionRect(page, MENTION);
            await page.mouse.click(line.left + 6, (line.top + line.bottom) / 2);
            await waitForCard(page, lang === 'en' ? 'Counterpoints' : 'Contrapuntos');
            const box = await settledBox(page);
            await settle(300);
            const covers = box.x < line.right && line.left < box.x + box.width && box.y < line.bottom && line.top < box.y + box.height;
            const file = join(outDir, `card-${kind}-${lang}-${theme}-${viewport.width}x${viewport.height}.png`);
            await page.screenshot({ path: file });
            lines.push(`${relative(PROJECT_ROOT, file)}  card ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}, line ${Math.round(line.top)}–${Math.round(line.bottom)}: ${covers ? 'COVERS THE LINE' : 'line in sight'}`);
            await page.close();
          }
        } finally {
          await extension.close();
        }
      }
    }
  }
} finally {
  await server.close();
}
console.log(lines.join('\n'));
if (lines.some((line) => line.includes('COVERS'))) process.exitCode = 1;
