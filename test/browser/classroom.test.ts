// Classroom mode in both browsers: predict, then reveal; the reading log; JSON-LD export and
// re-import; the worksheet; teacher packs, good and hostile.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/demo/routes';
import { highlightedTexts, mentionPoint, ourHighlights, waitForHighlights } from '../../scripts/lib/page-probes';
import { cardText, clickInCard, inCard, waitForCard } from '../../scripts/lib/card-probe';
import { BROWSERS, startHarness, type Harness } from './harness';

const HOSTILE = join(PROJECT_ROOT, 'test', 'fixtures', 'packs', 'hostile');
const EXAMPLE_PACK = join(PROJECT_ROOT, 'data', 'packs', 'example-pack.json');

/** Catches what a page offers for download, instead of saving it. */
async function captureDownloads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const captured: string[] = [];
    (window as unknown as { captured: string[] }).captured = captured;
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      void (blob as Blob).text().then((text) => captured.push(text));
      return original(blob);
    };
  });
}
const downloads = (page: Page) => page.evaluate(() => (window as unknown as { captured: string[] }).captured);

async function storedPacks(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const api = ((globalThis as unknown as { browser?: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).browser ??
      (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome);
    return (await api.storage.local.get('factPacks')).factPacks ?? null;
  });
}

/** Uploads a pack file in the options page and returns the status it shows for that file. */
async function uploadPack(options: Page, file: string): Promise<string> {
  const previous = await options.$eval('.pack-status', (element) => element.textContent ?? '').catch(() => '');
  const input = (await options.$('input[name="pack-file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
  await options.waitForFunction((before: string) => {
    const status = document.querySelector('.pack-status:not(.busy)');
    const text = status?.textContent ?? '';
    return text !== '' && text !== before;
  }, { timeout: 10_000, polling: 100 }, previous);
  return options.$eval('.pack-status', (element) => element.textContent ?? '');
}

/** Back to a fresh install (with the test site switched on): default settings, no packs, an empty log. */
const resetExtension = (harness: Harness) => harness.resetStorage();

describe.each(BROWSERS)('classroom mode in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('asks first, reveals after, logs it, exports JSON-LD that re-imports, and prints a worksheet', async () => {
    await resetExtension(harness);
    const options = await harness.openOptions();
    await options.click('input[name="classroom"]');
    await options.waitForFunction(() => (document.querySelector('input[name="classroom"]') as HTMLInputElement).checked, { polling: 100, timeout: 5_000 });
    const article = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(article, 5);
    const point = await mentionPoint(article, 'Rex Tillerson');
    await article.mouse.click(point.x, point.y);
    const gated = await waitForCard(article, 'Predict first');
    expect(gated).toContain('Did this US Secretary of State put the blame on Mexico or on the United States?');
    expect(gated.toLowerCase()).not.toContain('who is responsible for the drug crisis?');
    await clickInCard(article, '.predict .option:nth-of-type(2) input[type=radio]');
    await clickInCard(article, '.predict button[type=submit]:not([disabled])');
    const revealed = await waitForCard(article, 'Who is responsible for the drug crisis?');
    expect(revealed).toContain('Views represented');

    const log = await harness.openExtensionPage('log/log.html');
    await log.bringToFront();
    await log.waitForSelector('table tbody tr', { timeout: 10_000 });
    const row = await log.$eval('table tbody tr', (element) => element.textContent ?? '');
    expect(row).toContain('Rex Tillerson');
    expect(row).toContain('Mainly on the United States');

    await captureDownloads(log);
    await log.click('.toolbar button');
    await log.waitForFunction(() => (window as unknown as { captured: string[] }).captured.length > 0, { timeout: 5_000, polling: 100 });
    const [jsonld] = await downloads(log);
    const collection = JSON.parse(jsonld!);
    const [annotation] = collection.first.items;
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(annotation).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: expect.any(String) });
    expect(annotation.target.source).toBe(harness.demoUrl('article-1'));
    expect(annotation.target.selector).toMatchObject({ type: 'TextQuoteSelector', exact: 'Rex Tillerson', prefix: expect.stringContaining('Secretary of State'), suffix: expect.any(String) });
    expect(annotation.body.find((body: { purpose: string }) => body.purpose === 'commenting').value).toBe('Mainly on the United States');
    expect(annotation.body.filter((body: { purpose: string }) => body.purpose === 'describing').length).toBeGreaterThan(0);

    // Clear the log, then import the export: the log comes back.
    log.on('dialog', (dialog) => void dialog.accept());
    await log.click('button.danger');
    await log.waitForSelector('.empty', { timeout: 5_000 });
    const file = join(tmpdir(), `counterpoint-${kind}-export.jsonld`);
    writeFileSync(file, jsonld!);
    const input = (await log.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await log.waitForSelector('table tbody tr', { timeout: 10_000 });
    expect(await log.$eval('table tbody tr', (element) => element.textContent ?? '')).toBe(row);

    const worksheet = await harness.openExtensionPage(`worksheet/worksheet.html?url=${encodeURIComponent(harness.demoUrl('article-1'))}`);
    await worksheet.waitForSelector('.item', { timeout: 10_000 });
    const sheet = await worksheet.$eval('main', (element) => element.textContent ?? '');
    expect(sheet).toContain('Mainly on the United States');
    expect(sheet).toContain('Who is responsible for the drug crisis?');
    if (kind === 'chrome') {
      mkdirSync(join(PROJECT_ROOT, 'out', 'demo'), { recursive: true });
      await worksheet.bringToFront();
      await worksheet.emulateMediaType('print');
      await worksheet.screenshot({ path: join(PROJECT_ROOT, 'out', 'demo', 'worksheet.png'), fullPage: true });
    }
    await options.bringToFront();
    await options.click('input[name="classroom"]');
    for (const page of [worksheet, log, article, options]) await page.close();
  });

  it('imports the example pack, whose new entity is then highlighted on a page', async () => {
    await resetExtension(harness);
    const options = await harness.openOptions();
    expect(await uploadPack(options, EXAMPLE_PACK)).toContain('Imported');
    const page = await harness.openPage(harness.fixtureUrl('xylazine.html'));
    expect(await waitForHighlights(page, 1)).toContain('xylazine');
    const point = await mentionPoint(page, 'xylazine');
    await page.mouse.click(point.x, point.y);
    expect(await waitForCard(page, 'What should change now that xylazine is in the supply?')).toContain('Xylazine');
    // Switched off as a whole, the pack's entity is no longer highlighted.
    await options.bringToFront();
    await options.click('input[name="pack-example-classroom-pack"]');
    await page.bringToFront();
    await page.waitForFunction(`${ourHighlights}.mentions().length === 0`, { timeout: 10_000, polling: 100 });
    await page.close();
    await options.close();
  });

  it('lists a pack’s entity in the popup, and opens a pack claim’s own source with its address', async () => {
    await resetExtension(harness);
    const options = await harness.openOptions();
    expect(await uploadPack(options, EXAMPLE_PACK)).toContain('Imported');
    const page = await harness.openPage(harness.fixtureUrl('xylazine.html'));
    expect(await waitForHighlights(page, 1)).toContain('xylazine');
    const popup = await harness.openPopup(page);
    await popup.waitForSelector('button.entity', { timeout: 10_000 });
    // Each entity's button is named for it ("Go to Xylazine"); its visible text is only "Go to".
    expect(await popup.$$eval('button.entity', (buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''))).toEqual(expect.arrayContaining([expect.stringContaining('Xylazine')]));
    await popup.close().catch(() => {});
    const viewer = await harness.openExtensionPage('viewer/viewer.html?source=class-handout-1&claim=handout-xylazine-mixed');
    await viewer.waitForSelector('main.viewer', { timeout: 10_000 });
    const shown = await viewer.$eval('main.viewer', (main) => ({ text: main.textContent ?? '', link: main.querySelector('.source-url a')?.getAttribute('href') ?? null, claim: main.querySelector('[data-claim-id]')?.getAttribute('data-claim-id') ?? null }));
    expect(shown.link).toBe('https://example.org/class/handout-1');
    expect(shown.claim).toBe('handout-xylazine-mixed');
    expect(shown.text).not.toContain('not in Counterpoint’s fact base');
    await viewer.close();
    await page.close();
    await options.close();
  });

  it('rejects or neutralizes every hostile pack, and a failed import changes nothing stored', async () => {
    await resetExtension(harness);
    const options = await harness.openOptions();
    expect(await uploadPack(options, EXAMPLE_PACK)).toContain('Imported');
    for (const file of readdirSync(HOSTILE).sort()) {
      const before = JSON.stringify(await storedPacks(options));
      const status = await uploadPack(options, join(HOSTILE, file));
      if (file.startsWith('09-') || file.startsWith('10-')) {
        // Markup in a text field is kept as text, and rendered as text (next test).
        expect(status, file).toContain('Imported');
        continue;
      }
      expect(status, file).toContain('The pack was not imported. Nothing you had before has changed');
      expect(JSON.stringify(await storedPacks(options)), file).toBe(before);
    }
    // A 50 MB file is refused from its size alone.
    const huge = join(tmpdir(), `counterpoint-${kind}-huge.json`);
    writeFileSync(huge, `{"title":"${'x'.repeat(50 * 1024 * 1024)}"}`);
    expect(await uploadPack(options, huge)).toContain('larger than the 1 MB a pack may be');
    await options.close();
  });

  it('renders markup from a pack as inert text in the card', async () => {
    await resetExtension(harness);
    const options = await harness.openOptions();
    expect(await uploadPack(options, join(HOSTILE, '10-html-in-description.json'))).toContain('Imported');
    await options.close();
    const page = await harness.openPage(harness.fixtureUrl('xylazine.html'));
    await waitForHighlights(page, 1);
    const point = await mentionPoint(page, 'xylazine');
    await page.mouse.click(point.x, point.y);
    const text = await waitForCard(page, '<img src=x onerror=alert(1)>');
    expect(text).toContain('<b>bold</b>');
    expect(await inCard(page, (document) => document.querySelectorAll('.card script, .card img').length)).toBe(0);
    expect(await cardText(page)).toBeTruthy();
    expect(await highlightedTexts(page)).toContain('xylazine');
    await page.close();
  });

  it('reported no errors from the extension', () => {
    expect(harness.errors.filter((line) => line.includes('[Counterpoint]'))).toEqual([]);
  });
});

