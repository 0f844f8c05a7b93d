// The headless demo: visits the demo site with the extension loaded and saves what a reader sees.
import { join, relative } from 'node:path';
import type { ExtensionBrowser } from '../lib/browsers';
import { waitForContentScript, waitForHighlights } from '../lib/page-probes';
import { PROJECT_ROOT } from './routes';

const ARTICLES = ['article-1', 'article-2', 'article-3', 'article-4', 'article-5'];

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
  return [
    'Demo (headless Chromium, extension loaded):',
    ...rows,
    'Screenshots:',
    ...saved.map((file) => `  ${relative(PROJECT_ROOT, file)}`),
  ].join('\n');
}
