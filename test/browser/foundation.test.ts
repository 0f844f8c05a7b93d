// The built extension loads in both browsers: the content script runs, the popup and options render.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_SELECTOR } from '../../scripts/lib/page-probes';
import { BROWSERS, startHarness, type Harness } from './harness';

describe.each(BROWSERS)('foundation in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('runs the content script on a fixture page, with one plain host behind a closed shadow root', async () => {
    const page = await harness.openPage(harness.fixtureUrl('basic.html'));
    const host = await page.evaluate((selector: string) => {
      const element = document.querySelector(selector);
      return element && { tag: element.tagName, attributes: element.attributes.length, children: element.childNodes.length, shadowVisible: element.shadowRoot !== null, count: document.querySelectorAll(selector).length };
    }, HOST_SELECTOR);
    expect(host).toEqual({ tag: 'DIV', attributes: 0, children: 0, shadowVisible: false, count: 1 });
    await page.close();
  });

  it('renders the toolbar popup for the page', async () => {
    const page = await harness.openPage(harness.fixtureUrl('basic.html'));
    const popup = await harness.openPopup(page);
    const heading = await popup.$eval('h1', (element) => element.textContent);
    expect(heading).toBe('Counterpoint');
    const settingsLink = await popup.$eval('footer button', (element) => element.textContent);
    expect(settingsLink).toBe('Settings');
    await popup.close().catch(() => {});
    await page.close();
  });

  it('renders the options page', async () => {
    const options = await harness.openOptions();
    expect(await options.$eval('h1', (element) => element.textContent)).toBe('Counterpoint settings');
    expect(await options.$$eval('input[type=checkbox][name^=category-]', (inputs) => inputs.length)).toBe(5);
    await options.close();
  });

  it('reported no errors from the extension', () => {
    expect(harness.errors.filter((line) => line.includes('[Counterpoint]') || line.startsWith('pageerror'))).toEqual([]);
  });
});
