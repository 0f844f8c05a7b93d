// `node scripts/run-ts.mjs scripts/card-shots.ts [entity-id…]`: screenshots of whole cards, in English
// and Spanish, as the built extension (dist/chrome) renders them on its options page under "Find an
// entity", saved to out/screenshots/. For looking at what a card says after a change to the data.
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ElementHandle } from 'puppeteer';
import { launchWithExtension } from './lib/browsers';
import { PROJECT_ROOT } from './demo/routes';
import { compileFactBase } from '../src/node/factbase-files';

const DEFAULT_ENTITIES = ['fentanyl', 'merida-initiative', 'rex-tillerson', 'andres-manuel-lopez-obrador'];
const entityIds = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_ENTITIES;
const outDir = join(PROJECT_ROOT, 'out', 'screenshots');
mkdirSync(outDir, { recursive: true });
const { pack } = compileFactBase({ dataDir: join(PROJECT_ROOT, 'data') });

const saved: string[] = [];
for (const lang of ['en', 'es'] as const) {
  const extension = await launchWithExtension('chrome', { headless: true, lang });
  try {
    const page = await extension.browser.newPage();
    await page.setViewport({ width: 760, height: 1000, deviceScaleFactor: 1 });
    await page.goto(`${extension.extensionOrigin}/options/options.html`, { waitUntil: 'load' });
    await page.waitForSelector('input[type=search]', { timeout: 10_000 });
    for (const entityId of entityIds) {
      const entity = pack.entities.find((candidate) => candidate.id === entityId);
      if (!entity) throw new Error(`no entity ${entityId} in data/entities.json`);
      const name = entity.name[lang].replace(/^"|"$/g, '');
      await page.$eval('input[type=search]', (input) => ((input as HTMLInputElement).value = ''));
      await page.type('input[type=search]', name);
      const hit = await page.waitForFunction(
        (wanted: string) => [...document.querySelectorAll<HTMLButtonElement>('button.hit')].find((button) => button.querySelector('span')?.textContent === wanted),
        { timeout: 5_000 },
        entity.name[lang],
      );
      await (hit.asElement() as ElementHandle<Element>).click();
      await page.waitForFunction((title: string) => document.querySelector('.entity-card .title')?.textContent === title, { timeout: 5_000 }, entity.name[lang]);
      const card = (await page.$('.entity-card'))!;
      const file = join(outDir, `${entityId}-${lang}.png`);
      await card.screenshot({ path: file });
      saved.push(file);
    }
  } finally {
    await extension.close();
  }
}
console.log(`card-shots: ${saved.map((file) => relative(PROJECT_ROOT, file)).join(', ')}`);
