// The ways in that do not need a mouse or the README (issue 15 items 3, 4, 7): the shortcuts as the
// browser reports them, the popup's list of mentions for screen-reader users, the help page, and a
// Reset that asks first. In both browsers, through the real built extension.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SITES, settingsWithSitesOn } from '../../scripts/lib/browsers';
import { PROJECT_ROOT } from '../../scripts/demo/routes';
import { loadBuiltInPack } from '../../scripts/lib/lexicon';
import { importPack } from '../../src/core/fact-packs';
import { loadCorpus } from '../../src/node/factbase-files';
import { axeViolations } from '../../scripts/lib/axe-probe';
import { waitForCard } from '../../scripts/lib/card-probe';
import { waitForHighlights } from '../../scripts/lib/page-probes';
import { BROWSERS, startHarness, type Harness } from './harness';

describe.each(BROWSERS)('reader paths in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows the mention shortcuts in the popup as the browser reports them, and where to change them', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(page, 3);
    const popup = await harness.openPopup(page);
    await popup.waitForSelector('.shortcut kbd', { timeout: 10_000 });
    const shown = await popup.$$eval('.shortcut', (rows) => rows.map((row) => row.textContent));
    expect(shown).toEqual(['Next mentionAlt+Shift+.', 'Previous mentionAlt+Shift+,']);
    if (kind === 'chrome') {
      const opened = harness.browser.waitForTarget((target) => target.url() === 'chrome://extensions/shortcuts', { timeout: 10_000 });
      await popup.click('button.change-shortcuts');
      const settingsTab = await (await opened).asPage();
      await settingsTab.close();
    } else {
      expect(await popup.$eval('.shortcut-path', (element) => element.textContent)).toContain('Manage Extension Shortcuts');
      await popup.close();
    }
    await page.close();
  });

  // Only Firefox lets an extension change its own shortcuts (Chrome leaves that to the reader).
  it.skipIf(kind !== 'firefox')('says "not set" for a shortcut the reader removed, on the popup and the options page', async () => {
    await harness.inExtension(`async (api) => { await api.commands.update({ name: 'next-mention', shortcut: '' }); }`);
    try {
      const page = await harness.openPage(harness.demoUrl('article-1'));
      const popup = await harness.openPopup(page);
      await popup.waitForSelector('.shortcut[data-command="next-mention"] .not-set', { timeout: 10_000 });
      expect(await popup.$eval('.shortcut[data-command="previous-mention"] kbd', (element) => element.textContent)).toBe('Alt+Shift+,');
      await popup.close();
      const options = await harness.openOptions();
      await options.waitForSelector('.shortcut[data-command="next-mention"] .not-set', { timeout: 10_000 });
      await options.close();
      await page.close();
    } finally {
      await harness.inExtension(`async (api) => { await api.commands.reset('next-mention'); }`);
    }
  });

  it('explains the shortcuts on the options page', async () => {
    const options = await harness.openOptions();
    await options.waitForSelector('.shortcut kbd', { timeout: 10_000 });
    const section = await options.$eval('.shortcut-list', (list) => list.closest('section')!.textContent);
    expect(section).toContain('Keyboard shortcuts');
    expect(section).toContain('Escape closes the card');
    expect(section).toContain('Alt+Shift+.');
    await options.close();
  });
});

describe.each(BROWSERS)('the screen-reader path in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('lists every name found on the page in the accessibility tree, with its count and a "Go to" button that opens its card', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(page, 10);
    const popup = await harness.openPopup(page);
    await popup.waitForSelector('button.entity', { timeout: 10_000 });
    const rows = await popup.$$eval('.entity-row', (items) => items.map((item) => ({ name: item.querySelector('.name')!.textContent!, count: Number(item.querySelector('[aria-hidden]')!.textContent) })));
    expect(rows.length).toBeGreaterThan(3);

    // The browser's own accessibility tree (CDP in Chromium, WebDriver BiDi in Firefox): one button per name.
    for (const row of rows) {
      const buttons = await popup.$$(`aria/Go to ${row.name}[role="button"]`);
      expect(buttons, row.name).toHaveLength(1);
    }
    // One polite status, with the totals the list adds up to.
    const [status] = await popup.$$('aria/[role="status"]');
    expect(status).toBeDefined();
    const mentions = rows.reduce((total, row) => total + row.count, 0);
    expect(await status!.evaluate((element) => element.textContent)).toBe(`${mentions} mentions of ${rows.length} names on this page.`);
    if (kind === 'chrome') {
      const tree = await popup.accessibility.snapshot();
      const flat: { role: string; name?: string; live?: string }[] = [];
      const walk = (node: typeof tree) => {
        if (!node) return;
        flat.push(node);
        node.children?.forEach(walk);
      };
      walk(tree);
      expect(flat.find((node) => node.role === 'status')?.live).toBe('polite');
      const first = rows[0]!;
      const at = flat.findIndex((node) => node.name === first.name);
      // Read in order: the name, how often it is mentioned, then the button.
      expect(flat.slice(at, at + 3).map((node) => node.name)).toEqual([first.name, first.count === 1 ? '1 mention' : `${first.count} mentions`, `Go to ${first.name}`]);
    }

    // By keyboard: focus the button, press Enter, and the card opens on that name's first mention.
    const [goTo] = await popup.$$('aria/Go to Merida Initiative[role="button"]');
    await goTo!.focus();
    await popup.keyboard.press('Enter');
    await waitForCard(page, 'Merida Initiative');
    await popup.close().catch(() => {});
    await page.close();
  });

  it('adds no ARIA to the page itself', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(page, 10);
    const ariaIn = (html: string) => (html.match(/\s(?:role|aria-[a-z]+)=/g) ?? []).length;
    const served = await page.evaluate(async () => (await fetch(location.href)).text());
    const live = await page.evaluate(() => document.documentElement.outerHTML);
    expect(ariaIn(live)).toBe(ariaIn(served));
    await page.close();
  });

  it('has no serious or critical axe findings on the popup, options page and viewer', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(page, 10);
    const popup = await harness.openPopup(page);
    await popup.waitForSelector('button.entity', { timeout: 10_000 });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close().catch(() => {});
    for (const path of ['options/options.html', 'viewer/viewer.html?source=doc-002']) {
      const extensionPage = await harness.openExtensionPage(path);
      expect(await axeViolations(extensionPage), path).toEqual([]);
      await extensionPage.close();
    }
    await page.close();
  });
});

/** The tab a link opened. */
async function pageOpenedAt(harness: Harness, prefix: string): Promise<Page> {
  for (let attempt = 0; attempt < 100; attempt++) {
    for (const candidate of await harness.browser.pages()) {
      if (candidate.url().startsWith(prefix)) return candidate;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No tab opened at ${prefix}`);
}

describe.each(BROWSERS)('the help page and Reset in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** The text a download button hands to the browser, caught at URL.createObjectURL. */
  async function downloadedText(page: Page, selector: string): Promise<string> {
    await page.evaluate(() => {
      const original = URL.createObjectURL.bind(URL);
      (globalThis as unknown as { caught: Promise<string> }).caught = new Promise((resolve) => {
        URL.createObjectURL = (blob: Blob) => {
          void blob.text().then(resolve);
          return original(blob);
        };
      });
    });
    await page.click(selector);
    return page.evaluate(() => (globalThis as unknown as { caught: Promise<string> }).caught);
  }

  it('is reached from the options page, and its template and example packs import', async () => {
    const options = await harness.openOptions();
    const [link] = await options.$$('aria/How to write a pack, with a template to download[role="link"]');
    expect(link).toBeDefined();
    expect(await link!.evaluate((element) => (element as HTMLAnchorElement).href)).toBe(`${harness.extensionOrigin}/help/help.html`);
    let help: Page;
    if (kind === 'chrome') {
      await link!.click();
      help = await pageOpenedAt(harness, `${harness.extensionOrigin}/help/help.html`);
    } else {
      // Puppeteer does not see the tab a click in a Firefox extension page opens; the address was checked above.
      help = await harness.openExtensionPage('help/help.html');
    }
    await help.waitForSelector('button.download-template', { timeout: 10_000 });
    const text = await help.$eval('main', (main) => (main as HTMLElement).innerText);
    expect(text).toContain('more than 75 aliases');
    expect(text).toContain('1,000,000 characters');
    expect(text).toContain('fewer than 3 letters');
    const builtIn = loadBuiltInPack();
    const corpus = loadCorpus(join(PROJECT_ROOT, 'data'), builtIn);
    for (const [selector, file] of [['button.download-template', 'template-pack.json'], ['button.download-example', 'example-pack.json']] as const) {
      const downloaded = await downloadedText(help, selector);
      expect(JSON.parse(downloaded)).toEqual(JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'packs', file), 'utf8')));
      const imported = importPack(downloaded, file, builtIn, [], corpus);
      expect(imported.ok ? [] : imported.errors).toEqual([]);
    }
    expect(await axeViolations(help)).toEqual([]);
    await help.close();
    await options.close();
  });

  it('speaks Spanish on the help page when the interface is Spanish, with no axe findings', async () => {
    await harness.setSettings({ ...settingsWithSitesOn(LOCAL_SITES), language: 'es' });
    try {
      const help = await harness.openExtensionPage('help/help.html');
      await help.waitForFunction(() => document.documentElement.lang === 'es', { timeout: 10_000 });
      const text = await help.$eval('main', (main) => (main as HTMLElement).innerText);
      expect(text).toContain('Cómo escribir un paquete de datos');
      expect(text).toContain('más de 75 alias');
      expect(text).toContain('1.000.000 caracteres');
      expect(await axeViolations(help)).toEqual([]);
      await help.close();
    } finally {
      await harness.resetSettings();
    }
  });

  it('asks before Reset, in a modal dialog that keeps focus and says what goes; Cancel and Escape keep everything', async () => {
    await harness.setSettings({ ...settingsWithSitesOn([...LOCAL_SITES, 'my-local-paper.example']), highlightStyle: 'background' });
    const storedBefore = await harness.inExtension<string>('async (api) => JSON.stringify([await api.storage.sync.get(null), await api.storage.local.get(null)])');
    const options = await harness.openOptions();
    await options.waitForSelector('button.reset');
    await options.click('button.reset');
    const [dialog] = await options.$$('aria/Reset every setting?[role="dialog"]');
    expect(dialog).toBeDefined();
    expect(await dialog!.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
    const said = await dialog!.evaluate((element) => (element as HTMLElement).innerText);
    expect(said).toContain('the sites you added or listed are forgotten: 127.0.0.1, localhost, my-local-paper.example');
    expect(said).toContain('Your teacher packs and your reading log are kept.');
    expect(await axeViolations(options)).toEqual([]);
    // Focus starts on Cancel and never leaves the dialog for the page behind it.
    expect(await options.evaluate(() => document.activeElement?.className)).toBe('cancel');
    for (let press = 0; press < 6; press++) {
      await options.keyboard.press('Tab');
      const where = await options.evaluate(() => (document.activeElement === document.body || document.activeElement === null ? 'outside the page' : document.activeElement.closest('dialog') ? 'dialog' : 'page'));
      expect(where).not.toBe('page');
    }
    await options.focus('button.cancel');
    await options.keyboard.press('Enter');
    await options.waitForFunction(() => !document.querySelector('dialog')!.open, { timeout: 5_000 });
    await options.click('button.reset');
    await options.waitForFunction(() => document.querySelector('dialog')!.open, { timeout: 5_000 });
    await options.keyboard.press('Escape');
    await options.waitForFunction(() => !document.querySelector('dialog')!.open, { timeout: 5_000 });
    expect(await harness.inExtension<string>('async (api) => JSON.stringify([await api.storage.sync.get(null), await api.storage.local.get(null)])')).toBe(storedBefore);

    // Confirmed, it resets the settings and leaves storage.local (packs, reading log) alone.
    await options.click('button.reset');
    await options.waitForFunction(() => document.querySelector('dialog')!.open, { timeout: 5_000 });
    await options.click('button.confirm-reset');
    await options.waitForFunction(() => (document.querySelector('input[name="highlightStyle"][value="underline"]') as HTMLInputElement | null)?.checked === true, { timeout: 5_000 });
    const [sync, local] = JSON.parse(await harness.inExtension<string>('async (api) => JSON.stringify([await api.storage.sync.get(null), await api.storage.local.get(null)])')) as [Record<string, unknown>, unknown];
    expect(sync.highlightStyle).toBeUndefined();
    expect(sync.includedSites).toBeUndefined();
    expect(local).toEqual(JSON.parse(storedBefore)[1]);
    await options.close();
    await harness.resetSettings();
  });
});
