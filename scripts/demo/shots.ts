// The headless demo: visits the demo site with the extension loaded and saves what a reader sees:
// the highlighted article, an open card in light and dark, and the popup and options page in
// English and Spanish.
import { join, relative } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { launchWithExtension, type ExtensionBrowser } from '../lib/browsers';
import { mentionPoint, waitForContentScript, waitForHighlights } from '../lib/page-probes';
import { waitForCard } from '../lib/card-probe';
import { PROJECT_ROOT } from './routes';

const ARTICLES = ['article-1', 'article-2', 'article-3', 'article-4', 'article-5'];

async function shootCard(page: Page, url: string, mention: string, file: string, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(url, { waitUntil: 'load' });
  await waitForContentScript(page);
  await waitForHighlights(page, 3);
  const point = await mentionPoint(page, mention);
  await page.mouse.move(point.x, point.y);
  await waitForCard(page, 'Counterpoints');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.screenshot({ path: file });
  await page.mouse.move(2, 2);
}

async function shootExtensionPage(browser: Browser, origin: string, path: string, file: string, size: { width: number; height: number }, afterLoad?: (page: Page) => Promise<void>): Promise<void> {
  const page = await browser.newPage();
  await page.setViewport(size);
  await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, { timeout: 10_000 });
  await afterLoad?.(page);
  await new Promise((resolve) => setTimeout(resolve, 400));
  await page.screenshot({ path: file, fullPage: path.startsWith('options') });
  await page.close();
}

/** The popup and options page in one language; the popup speaks for the article tab opened first. */
async function shootSurfaces(extensionBrowser: ExtensionBrowser, origin: string, outDir: string, lang: string): Promise<string[]> {
  const { browser, extensionOrigin } = extensionBrowser;
  const article = await browser.newPage();
  await article.goto(`${origin}/articles/article-2.html`, { waitUntil: 'load' });
  await waitForContentScript(article);
  await waitForHighlights(article, 3);
  const popupFile = join(outDir, `popup-${lang}.png`);
  await shootExtensionPage(browser, extensionOrigin, 'popup/popup.html', popupFile, { width: 360, height: 560 }, (page) =>
    page.waitForSelector('button.entity', { timeout: 10_000 }).then(() => undefined),
  );
  const optionsFile = join(outDir, `options-${lang}.png`);
  await shootExtensionPage(browser, extensionOrigin, 'options/options.html', optionsFile, { width: 900, height: 900 });
  await article.close();
  return [popupFile, optionsFile];
}

export async function takeDemoShots(extensionBrowser: ExtensionBrowser, origin: string, outDir: string): Promise<string> {
  const { browser } = extensionBrowser;
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 1280, height: 900 });
  const rows: string[] = [];
  const saved: string[] = [];
  for (const slug of ARTICLES) {
    await page.goto(`${origin}/articles/${slug}.html`, { waitUntil: 'load' });
    await waitForContentScript(page);
    const texts = await waitForHighlights(page, 1).catch(() => [] as string[]);
    const distinct = new Set(texts.map((text) => text.toLowerCase()));
    rows.push(`  ${slug.padEnd(10)} ${String(texts.length).padStart(4)} highlights  ${[...distinct].slice(0, 6).join(', ')}${distinct.size > 6 ? ', …' : ''}`);
    if (slug === 'article-1') {
      const file = join(outDir, 'article.png');
      await page.screenshot({ path: file });
      saved.push(file);
    }
  }
  const cardLight = join(outDir, 'card-light.png');
  const cardDark = join(outDir, 'card-dark.png');
  await shootCard(page, `${origin}/articles/article-1.html`, 'Rex Tillerson', cardLight, 'light');
  await shootCard(page, `${origin}/articles/article-3.html`, 'fentanyl', cardDark, 'dark');
  saved.push(cardLight, cardDark);
  saved.push(...(await shootSurfaces(extensionBrowser, origin, outDir, 'en')));
  const spanish = await launchWithExtension('chrome', { headless: true, lang: 'es' });
  try {
    saved.push(...(await shootSurfaces(spanish, origin, outDir, 'es')));
  } finally {
    await spanish.close();
  }
  return [
    'Demo (headless Chromium, extension loaded):',
    ...rows,
    'Screenshots:',
    ...saved.map((file) => `  ${relative(PROJECT_ROOT, file)}`),
  ].join('\n');
}
