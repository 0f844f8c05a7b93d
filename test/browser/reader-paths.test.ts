// The ways in that do not need a mouse or the README (issue 15 items 3, 4, 7): the shortcuts as the
// browser reports them, the popup's list of mentions for screen-reader users, the help page, and a
// Reset that asks first. In both browsers, through the real built extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
