// The December 2026 audit's stored-data and storage-quota scenarios (security-2026-12.md, E1–E4, E7,
// D26, C2, C3), in both browsers: a damaged store never blanks a page or turns the content script
// off, a full store says so and changes nothing, a long address is still logged, Counterpoint
// starts on the listed news sites only, and every extension page works under its own CSP.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../../scripts/demo/routes';
import { HOST_SELECTOR, mentionPoint, waitForHighlights } from '../../scripts/lib/page-probes';
import { clickInCard, waitForCard } from '../../scripts/lib/card-probe';
import { BROWSERS, startHarness, type Harness } from './harness';

const EXAMPLE = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'packs', 'example-pack.json'), 'utf8'));
const stored = (pack: unknown, enabled = true) => ({ pack, enabled, importedAt: '2026-12-01T00:00:00.000Z', fileName: 'stored.json' });
const withEntity = (change: (entity: Record<string, unknown>) => void, id: string) => {
  const pack = structuredClone(EXAMPLE);
  pack.id = id;
  pack.title = `Damaged ${id}`;
  change(pack.entities[0]);
  return pack;
};

/** What the audit wrote into storage.local (E2), with one good pack among it. */
const DAMAGED_PACKS = [
  null,
  1,
  'x',
  {},
  { enabled: true },
  { enabled: true, pack: null, importedAt: 'x', fileName: 'y' },
  stored({ ...structuredClone(EXAMPLE), id: 'entities-null', entities: [null] }),
  stored({ ...structuredClone(EXAMPLE), id: 'no-claims', claims: undefined, sources: undefined }),
  stored(withEntity((entity) => (entity.aliases = 'tranq'), 'aliases-text')),
  stored(withEntity((entity) => (entity.type = 'wizard'), 'unknown-type')),
  stored(EXAMPLE),
];
/** And the names the content script reads, damaged the same ways around the good pack's. */
const DAMAGED_LEXICON = {
  version: 1,
  packs: [
    { id: 'entities-null', entities: [null] },
    { id: 'aliases-text', entities: [{ id: 'tranq-x', type: 'substance', name: { en: 'T', es: 'T' }, aliases: 'tranq' }] },
    { id: 'example-classroom-pack', entities: [{ id: 'xylazine', type: 'substance', name: { en: 'Xylazine', es: 'Xilacina' }, aliases: [{ text: 'xylazine' }, { text: 'tranq' }] }] },
  ],
};

const logEntry = (url: string, extra: object = {}) => ({
  id: `entry-${url.length}`,
  url,
  pageTitle: 'A long page',
  entityId: 'rex-tillerson',
  quote: { exact: 'Rex Tillerson', prefix: 'Secretary of State ', suffix: ' said' },
  questionId: null,
  question: 'Who is responsible for the drug crisis?',
  answer: 'On both equally',
  revealedTopicId: null,
  revealedClaimIds: [],
  openedAt: '2026-12-01T10:00:00.000Z',
  revealedAt: '2026-12-01T10:00:05.000Z',
  ...extra,
});

const storage = (harness: Harness, script: string) => harness.inExtension<unknown>(`async (api) => { ${script} }`);
const storedPacks = (harness: Harness) => storage(harness, `return JSON.stringify((await api.storage.local.get('factPacks')).factPacks ?? null);`);

/** Opens Tillerson's card in classroom mode, answers its question and reveals; returns the card's text once it contains `expect`. */
async function predictOnCard(page: Page, expectText = 'Who is responsible for the drug crisis?'): Promise<string> {
  await waitForHighlights(page, 5);
  const point = await mentionPoint(page, 'Rex Tillerson');
  await page.mouse.click(point.x, point.y);
  await waitForCard(page, 'Predict first');
  await clickInCard(page, '.predict .option:nth-of-type(2) input[type=radio]');
  await clickInCard(page, '.predict button[type=submit]:not([disabled])');
  return waitForCard(page, expectText);
}

/** Uploads a pack file and returns the status the options page settles on. */
async function upload(options: Page, file: string): Promise<string> {
  const input = (await options.$('input[name="pack-file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
  // Every status line names the file, and each upload here has a file name of its own.
  await options.waitForFunction((name: string) => {
    const status = document.querySelector('.pack-status:not(.busy)');
    return status?.textContent?.includes(name) === true;
  }, { timeout: 20_000, polling: 100 }, basename(file));
  return options.$eval('.pack-status', (element) => element.textContent ?? '');
}

let files = 0;
function packFile(name: string, pack: unknown): string {
  const file = join(tmpdir(), `counterpoint-${process.pid}-${++files}-${name}`);
  writeFileSync(file, JSON.stringify(pack));
  return file;
}

/** A valid pack whose entities add `count` made-up aliases. */
function packOfAliases(id: string, count: number) {
  const pack = structuredClone(EXAMPLE);
  const source = { ...pack.sources[0], id: `${id}-handout` };
  const letters = 'bcdfghjklmnpqrstvwz';
  const word = (n: number) => Array.from({ length: 3 }, (_, i) => letters[Math.floor(n / letters.length ** i) % letters.length]).join('') + 'ovar';
  return {
    ...pack,
    id,
    title: `Pack ${id}`,
    sources: [source],
    entities: Array.from({ length: count }, (_, index) => ({ ...pack.entities[0], id: `${id}-${index}`, name: { en: `Zor ${word(index)}`, es: `Zor ${word(index)}` }, aliases: [{ text: `Zor ${word(index)}` }], mentionedIn: [source.id], topics: [] })),
    claims: [],
    topics: [],
    questions: [],
  };
}

describe.each(BROWSERS)('a damaged store in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('sets damaged packs aside on the options page, keeps the good one, and lets the reader remove them (E2, failure 6)', async () => {
    await harness.resetStorage();
    await storage(harness, `await api.storage.local.set(${JSON.stringify({ factPacks: DAMAGED_PACKS, packLexicon: DAMAGED_LEXICON })});`);
    const options = await harness.openOptions();
    await options.waitForSelector('.set-aside li', { timeout: 10_000 });
    const setAside = await options.$$eval('.set-aside > ul > li', (items) => items.map((item) => item.textContent ?? ''));
    expect(setAside).toHaveLength(DAMAGED_PACKS.length - 1);
    expect(setAside.join('\n')).toContain('found null');
    expect(setAside.join('\n')).toContain('/entities/0/aliases');
    expect(setAside.join('\n')).toContain('/entities/0/type');
    expect(await options.$$eval('.packs:not(.set-aside .packs) > li strong', (names) => names.map((name) => name.textContent))).toEqual([EXAMPLE.title]);
    // The fact base still answers the search: built-in entities and the good pack's.
    await options.type('input[type=search]', 'xylaz');
    await options.waitForSelector('button.hit', { timeout: 5_000 });

    // Remove one damaged entry: only it goes.
    const before = JSON.parse((await storedPacks(harness)) as string) as unknown[];
    await options.click('.set-aside > ul > li:first-child button:last-child');
    await options.waitForFunction((count: number) => document.querySelectorAll('.set-aside > ul > li').length === count, { timeout: 10_000, polling: 100 }, DAMAGED_PACKS.length - 2);
    const after = JSON.parse((await storedPacks(harness)) as string) as unknown[];
    expect(after).toEqual(before.slice(1));
    await options.close();
  });

  it('starts the content script with damaged packs and names, and cards still open (E2)', async () => {
    await harness.resetStorage();
    await storage(harness, `await api.storage.local.set(${JSON.stringify({ factPacks: DAMAGED_PACKS, packLexicon: DAMAGED_LEXICON })});`);
    const packPage = await harness.openPage(harness.fixtureUrl('xylazine.html'));
    expect(await waitForHighlights(packPage, 1)).toContain('xylazine');
    await packPage.close();
    const article = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(article, 5);
    const point = await mentionPoint(article, 'Rex Tillerson');
    await article.mouse.click(point.x, point.y);
    const card = await waitForCard(article, 'What the sources say');
    expect(card).not.toContain('updated or reloaded');
    await article.close();
    const skipped = harness.errors.filter((line) => line.includes('skipped the teacher pack'));
    expect(skipped.join('\n')).toContain('entities-null');
    harness.errors.length = 0;
  });

  it('renders the reading log with damaged packs, settings and entries (E1–E3)', async () => {
    await harness.resetStorage();
    await storage(
      harness,
      `await api.storage.local.set(${JSON.stringify({ factPacks: DAMAGED_PACKS, readingLog: [null, 'x', { id: 1 }, logEntry('https://news.example.org/a'), logEntry('https://news.example.org/b', { answer: '<img src=x onerror=alert(1)>' })] })});
       await api.storage.sync.set({ enabled: 'yes', categories: 'all', highlightStyle: 42, excludedSites: 'example.com', language: 'fr', settingsVersion: '1' });`,
    );
    const log = await harness.openExtensionPage('log/log.html');
    await log.waitForSelector('table tbody tr', { timeout: 10_000 });
    expect(await log.$$eval('table tbody tr', (rows) => rows.length)).toBe(2);
    expect(await log.$$eval('table tbody tr td', (cells) => cells.map((cell) => cell.textContent).join('|'))).toContain('<img src=x onerror=alert(1)>');
    expect(await log.$$eval('img', (images) => images.length)).toBe(0);
    expect(await log.$eval('table tbody tr td', (cell) => cell.textContent)).toContain('(Rex Tillerson)');
    await log.close();
    const popupFor = await harness.openPage(harness.demoUrl('article-1'));
    const popup = await harness.openPopup(popupFor);
    await popup.waitForSelector('button.entity', { timeout: 10_000 });
    await popup.close().catch(() => {});
    await popupFor.close();
    const options = await harness.openOptions();
    expect(await options.$eval('select[name=language]', (select) => (select as HTMLSelectElement).value)).toBe('auto');
    await options.close();
  });

  it('logs a prediction from a page whose address is longer than 4,000 characters, shortened (E7, weakness 19)', async () => {
    await harness.resetStorage();
    await harness.setSettings({ classroom: true });
    const url = `${harness.demoUrl('article-1')}?${'q=1&'.repeat(1_300)}#section`;
    await predictOnCard(await harness.openPage(url));
    const log = await harness.openExtensionPage('log/log.html');
    await log.waitForSelector('table tbody tr', { timeout: 10_000 });
    expect(await log.$eval('.url', (element) => element.textContent)).toBe(harness.demoUrl('article-1'));
    expect(await log.$eval('.article', (element) => element.textContent)).toContain('was shortened');
    await log.close();
    await harness.resetStorage();
  });

  it('refuses a pack over the alias budget on import and on switching it on, and says the limit (D27, failure 8)', async () => {
    await harness.resetStorage();
    const options = await harness.openOptions();
    expect(await upload(options, packFile('first.json', packOfAliases('budget-first', 50)))).toContain('Imported');
    const before = await storedPacks(harness);
    const refused = await upload(options, packFile('second.json', packOfAliases('budget-second', 50)));
    expect(refused).toContain('The pack was not imported. Nothing you had before has changed');
    expect(refused).toContain('more than the 75 all enabled packs together may add');
    expect(refused).not.toContain('Imported');
    expect(await storedPacks(harness)).toBe(before);
    // Switched off, the first leaves room; the second imports; switching the first back on is refused.
    await options.click('input[name="pack-budget-first"]');
    await options.waitForFunction(() => !(document.querySelector('input[name="pack-budget-first"]') as HTMLInputElement).checked, { timeout: 5_000, polling: 100 });
    expect(await upload(options, packFile('second.json', packOfAliases('budget-second', 50)))).toContain('Imported');
    await options.click('input[name="pack-budget-first"]');
    await options.waitForFunction(() => document.querySelector('.pack-status')?.textContent?.includes('That change was not made'), { timeout: 10_000, polling: 100 });
    await options.waitForFunction(() => !(document.querySelector('input[name="pack-budget-first"]') as HTMLInputElement).checked, { timeout: 5_000, polling: 100 });
    expect(await options.$eval('.hint', (element) => element.parentElement?.textContent ?? '')).toBeTruthy();
    expect(await options.$eval('#section-packs', (heading) => heading.parentElement?.textContent ?? '')).toContain('add at most 75 aliases; all enabled packs together may add at most 75');
    await options.close();
  });

  if (kind === 'chrome') {
    // Firefox keeps no quota on storage.local for an extension (the audit stored all six 1.9 MB
    // packs there), so a full store is Chromium's 10 MB quota, filled for real.
    it('says so when storage is full: the import changes nothing, and a prediction answers storage-full (D26, E4; weaknesses 13, 14)', async () => {
      await harness.resetStorage();
      const options = await harness.openOptions();
      expect(await upload(options, packFile('first.json', EXAMPLE))).toContain('Imported');
      const filled = await storage(
        harness,
        // Fills to the last few bytes: big chunks until one is refused, then ever smaller ones.
        `let index = 0;
         let refusal = 'never full';
         for (let size = 512 * 1024; size >= 16; size = Math.floor(size / 4)) {
           for (;;) {
             try { await api.storage.local.set({ ['filler-' + index++]: 'x'.repeat(size) }); } catch (error) { refusal = String(error); break; }
           }
         }
         return refusal;`,
      );
      expect(filled).toMatch(/quota/i);
      const before = await storedPacks(harness);
      const status = await upload(options, packFile('second.json', { ...packOfAliases('quota-second', 10) }));
      expect(status).toContain('Counterpoint’s storage on this device is full');
      expect(status).not.toContain('Imported');
      expect(await storedPacks(harness)).toBe(before);
      await options.close();
      // A prediction made now is shown to the student as not saved, and the log stays as it was.
      await harness.setSettings({ classroom: true }).catch(() => undefined);
      const article = await harness.openPage(harness.demoUrl('article-1'));
      const card = await predictOnCard(article, 'not saved');
      expect(card).toContain('storage on this device is full');
      expect(await storage(harness, `return JSON.stringify((await api.storage.local.get('readingLog')).readingLog ?? []);`)).toBe('[]');
      expect(harness.errors.some((line) => line.includes('[Counterpoint]') && line.includes('not saved'))).toBe(true);
      await article.close();
      await harness.resetStorage();
      harness.errors.length = 0;
    });
  }

  it('reported no errors from the extension', () => {
    expect(harness.errors.filter((line) => line.includes('[Counterpoint]') || /Content Security Policy|Refused to/.test(line))).toEqual([]);
  });
});

describe.each(BROWSERS)('a fresh install in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind, { sitesOn: [] });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('reads only the listed news sites until the reader switches a site on from the popup (C2, weakness 12)', async () => {
    // The install marks the store as version 2's (the background does it on runtime.onInstalled).
    let installed: unknown = {};
    for (let attempt = 0; attempt < 50 && !Object.keys(installed as object).length; attempt++) {
      installed = await harness.inExtension(`async (api) => api.storage.sync.get(null)`);
      if (!Object.keys(installed as object).length) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(installed).toEqual({ settingsVersion: 2 });
    const page = await (await harness.browser.newPage());
    await page.goto(harness.demoUrl('article-1'), { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await page.evaluate((selector: string) => document.querySelector(selector) === null && (CSS.highlights?.size ?? 0) === 0, HOST_SELECTOR)).toBe(true);
    const popup = await harness.openPopup(page);
    await popup.waitForSelector('input[role=switch]', { timeout: 10_000 });
    expect(await popup.$eval('.empty', (element) => element.textContent)).toContain('127.0.0.1 is not on it');
    expect(await popup.$eval('input[role=switch]', (input) => (input as HTMLInputElement).checked)).toBe(false);
    await popup.click('input[role=switch]');
    await page.bringToFront();
    expect(await waitForHighlights(page, 5)).toContain('Rex Tillerson');
    await popup.close().catch(() => {});
    const settings = (await harness.inExtension(`async (api) => api.storage.sync.get(null)`)) as { includedSites?: string[]; siteMode?: string };
    expect(settings.siteMode).toBeUndefined();
    expect(settings.includedSites).toEqual(expect.arrayContaining(['nytimes.com', 'elpais.com', '127.0.0.1']));
    await page.close();
  });

  it('keeps every site for a reader updating from version 1, whose store was empty, and derives the pack names version 1 did not store', async () => {
    // What version 1 left: no settings stored (they equalled its defaults), and packs without packLexicon.
    await harness.inExtension(`async (api) => { await api.storage.sync.clear(); await api.storage.local.clear(); await api.storage.local.set(${JSON.stringify({ factPacks: [stored(EXAMPLE)] })}); }`);
    await harness.browser.installExtension(harness.extensionDir!);
    const settled = async () => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const state = (await harness.inExtension(`async (api) => [await api.storage.sync.get(null), await api.storage.local.get('packLexicon')]`)) as [Record<string, unknown>, { packLexicon?: { packs: { id: string }[] } }];
        if (state[1].packLexicon && Object.keys(state[0]).length) return state;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error('The update did not settle the stored settings and names.');
    };
    const [settings, names] = await settled();
    expect(settings).toEqual({ settingsVersion: 2, siteMode: 'all-except-listed' });
    expect(names.packLexicon!.packs.map((pack) => pack.id)).toEqual([EXAMPLE.id]);
    const page = await harness.openPage(harness.fixtureUrl('xylazine.html'));
    expect(await waitForHighlights(page, 1)).toContain('xylazine');
    await page.close();
    // A reader who already has version 2's settings keeps them through the next update.
    const own = { settingsVersion: 2, includedSites: ['nytimes.com', 'example.org'] };
    await harness.inExtension(`async (api) => { await api.storage.sync.clear(); await api.storage.sync.set(${JSON.stringify(own)}); }`);
    await harness.browser.installExtension(harness.extensionDir!);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await harness.inExtension(`async (api) => api.storage.sync.get(null)`)).toEqual(own);
  });

  it.each(['options/options.html', 'popup/popup.html', 'log/log.html', 'viewer/viewer.html?source=doc-000', `worksheet/worksheet.html?url=${encodeURIComponent('https://example.org/')}`])(
    'renders %s styled under the extension pages’ CSP (C3, weakness 26)',
    async (path) => {
      const page = await harness.openExtensionPage(path);
      const styled = await page.evaluate(() => ({ sheets: document.adoptedStyleSheets.length, styleElements: document.querySelectorAll('style').length }));
      expect(styled).toEqual({ sheets: 1, styleElements: 0 });
      await page.close();
    },
  );

  it('carries a CSP that refuses every connection and any script but its own', () => {
    const manifest = JSON.parse(readFileSync(join(harness.extensionDir!, 'manifest.json'), 'utf8'));
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp.split(';').map((part) => part.trim())).toEqual(expect.arrayContaining(["default-src 'self'", "script-src 'self'", "connect-src 'none'", "object-src 'none'", "style-src 'self'"]));
    expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });

  it('reported no errors from the extension', () => {
    expect(harness.errors.filter((line) => line.includes('[Counterpoint]') || /Content Security Policy|Refused to/.test(line))).toEqual([]);
  });
});
