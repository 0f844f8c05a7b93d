// The reading experience in both browsers: highlights, the card by hover, click, tap and keyboard,
// changing pages, hostile CSS, teardown, and accessibility.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, mentionPoint, waitForHighlights } from '../../scripts/lib/page-probes';
import { BROWSERS, startHarness, type Harness } from './harness';
import { cardText, inShadow, waitForCard } from '../../scripts/lib/shadow-probe';

/** The few extension APIs the tests call from inside extension pages. */
interface ExtensionApi {
  tabs: { query(query: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  storage: { sync: { set(items: object): Promise<void>; clear(): Promise<void> } };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousAxeViolations(page: Page, include: 'shadow-card' | 'document'): Promise<string[]> {
  if (include === 'document') {
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const { violations } = await axe.run(document, { resultTypes: ['violations'] });
      return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
  }
  // axe cannot see into a closed shadow root from the page, so the card's markup is copied into
  // an open test document with the same styles and checked there.
  const markup = await inShadow(page, (root) => {
    const card = root.querySelector('.card') as HTMLElement;
    const style = root.querySelector('style')!.textContent;
    return { html: card.outerHTML, style };
  });
  const probe = await page.browser().newPage();
  await probe.setContent(`<!doctype html><html lang="en"><head><title>card</title><style>${markup.style.replace(/:host\s*\{[^}]*\}/, '')}</style></head><body><main>${markup.html}</main></body></html>`);
  const violations = await seriousAxeViolations(probe, 'document');
  await probe.close();
  return violations;
}

describe.each(BROWSERS)('reading experience in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** Opens `url`, waits for its highlights, clicks `mention` and waits for its card. */
  async function openCardByClick(url: string, minimumHighlights: number, mention: string): Promise<Page> {
    const page = await harness.openPage(url);
    await waitForHighlights(page, minimumHighlights);
    const point = await mentionPoint(page, mention);
    await page.mouse.click(point.x, point.y);
    await waitForCard(page, 'Counterpoints');
    return page;
  }

  it('highlights the expected entities on a demo article and nothing in skipped places', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    const texts = await waitForHighlights(page, 10);
    for (const expected of ['Rex Tillerson', 'John Kelly', 'fentanyl', 'Merida Initiative', 'NAFTA']) expect(texts).toContain(expected);
    await page.close();

    const skipped = await harness.openPage(harness.fixtureUrl('skipped.html'));
    await waitForHighlights(skipped, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await highlightedTexts(skipped)).toEqual(['fentanyl']);
    await skipped.close();
  });

  it('opens the card on hover, with the counterpoints, and keeps it open while the pointer is on it', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(page, 5);
    const point = await mentionPoint(page, 'Rex Tillerson');
    await page.mouse.move(point.x, point.y);
    const text = await waitForCard(page, 'Counterpoints');
    expect(text).toContain('Rex Tillerson');
    expect(text).toMatch(/what the sources say/i);
    expect(text).toMatch(/Views represented: .+/);
    // Moving onto the card keeps it open past the close delay.
    const cardBox = await inShadow(page, (root) => {
      const rect = (root.querySelector('.card') as HTMLElement).getBoundingClientRect();
      return { x: rect.left + 20, y: rect.top + 20 };
    });
    await page.mouse.move(cardBox.x, cardBox.y, { steps: 5 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await cardText(page)).toContain('Rex Tillerson');
    // Leaving both closes it.
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => true);
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(await cardText(page)).toBeNull();
    expect(await seriousAxeViolations(page, 'document')).toEqual([]);
    await page.close();
  });

  it('has no serious accessibility violations in an open card', async () => {
    const page = await openCardByClick(harness.demoUrl('article-3'), 3, 'fentanyl');
    expect(await seriousAxeViolations(page, 'shadow-card')).toEqual([]);
    await page.close();
  });

  it('opens "Read in source" in the source viewer, with the quote marked and in view, and no serious accessibility violations', async () => {
    const page = await openCardByClick(harness.demoUrl('article-1'), 5, 'Rex Tillerson');
    const existing = new Set(await harness.browser.pages());
    await inShadow(page, (root) => {
      (root.querySelector('.source-link') as HTMLButtonElement).click();
      return true;
    });
    // The background opens the viewer in a new tab. Firefox reports such a tab as about:blank to
    // puppeteer, so the tab's own location is asked.
    const viewerPrefix = `${harness.extensionOrigin}/viewer/viewer.html?`;
    let viewer: Page | undefined;
    let viewerUrl = '';
    for (let attempt = 0; attempt < 100 && !viewer; attempt++) {
      for (const candidate of (await harness.browser.pages()).filter((open) => !existing.has(open))) {
        const href = await candidate.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(viewerPrefix)) {
          viewer = candidate;
          viewerUrl = href;
        }
      }
      if (!viewer) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(viewer, 'a viewer tab opened').toBeDefined();
    const params = new URL(viewerUrl).searchParams;
    expect(params.get('source')).toMatch(/^doc-\d{3}$/);
    expect(params.get('claim')).toBeTruthy();
    viewer!.on('pageerror', (error) => harness.errors.push(`viewer pageerror: ${String(error)}`));
    let marked: { text: string; inView: boolean; title: string } | null = null;
    for (let attempt = 0; attempt < 100; attempt++) {
      marked = await viewer!
        .evaluate(() => {
          const mark = document.querySelector('mark');
          if (!mark) return null;
          const rect = mark.getBoundingClientRect();
          return { text: mark.textContent ?? '', inView: rect.top >= 0 && rect.bottom <= window.innerHeight, title: document.title };
        })
        .catch(() => null);
      if (marked?.inView) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(marked?.text.length).toBeGreaterThan(10);
    expect(marked?.inView).toBe(true);
    // The marked words are the document's own: they are a part of the document text shown.
    const documentText = await viewer!.evaluate(() => document.body.innerText);
    expect(documentText).toContain(marked!.text);
    expect(await seriousAxeViolations(viewer!, 'document')).toEqual([]);
    await viewer!.close();
    await page.close();
  });

  it('moves between mentions with the keyboard, Tab stays in the card, Esc closes and returns focus', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(page, 5);
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'start';
      button.textContent = 'start';
      document.body.prepend(button);
      button.focus();
    });
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Period');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    const first = await waitForCard(page, 'Why this is highlighted');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('counterpoint-ui');
    expect(await inShadow(page, (root) => root.activeElement?.getAttribute('role') ?? null)).toBe('dialog');
    await page.keyboard.press('Tab');
    expect(await inShadow(page, (root) => root.activeElement?.tagName ?? null)).toBe('BUTTON');
    await page.keyboard.press('Escape');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await cardText(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start');
    expect(first.length).toBeGreaterThan(50);
    await page.close();
  });

  it('opens the card from the background command message (the manifest command path)', async () => {
    const page = await harness.openPage(harness.demoUrl('article-2'));
    await waitForHighlights(page, 3);
    const options = await harness.openOptions();
    await page.bringToFront();
    // The background forwards a command to the active tab with this message.
    await options.evaluate(async () => {
      const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      await api.tabs.sendMessage(tab!.id!, { type: 'BackgroundToContent.moveToMention', payload: { direction: 'next' } });
    });
    await waitForCard(page, 'Why this is highlighted');
    await options.close();
    await page.close();
  });

  it('leaves the card intact on a page with hostile CSS', async () => {
    const page = await openCardByClick(harness.fixtureUrl('hostile-css.html'), 1, 'Rex Tillerson');
    const style = await inShadow(page, (root) => {
      const card = root.querySelector('.card') as HTMLElement;
      const title = root.querySelector('.title') as HTMLElement;
      const computed = getComputedStyle(title);
      const rect = card.getBoundingClientRect();
      return { fontSize: computed.fontSize, display: getComputedStyle(card).display, width: Math.round(rect.width), visible: rect.width > 100 && rect.height > 50 };
    });
    expect(style.fontSize).toBe('18px');
    expect(style.display).not.toBe('none');
    expect(style.visible).toBe(true);
    // The page cannot read the card.
    expect(await page.evaluate(() => document.querySelector('counterpoint-ui')!.shadowRoot)).toBeNull();
    // And our styles did not leak into the page.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontSize)).toBe('40px');
    await page.close();
  });

  it('highlights text added two seconds after load', async () => {
    const page = await harness.openPage(harness.fixtureUrl('dynamic.html'));
    await page.waitForSelector('#late', { timeout: 10_000 });
    await page.waitForFunction(() => {
      const highlight = CSS.highlights?.get('counterpoint-mention');
      return highlight ? [...(highlight as unknown as Iterable<Range>)].some((range) => range.toString() === 'Merida Initiative') : false;
    }, { timeout: 10_000, polling: 100 });
    await page.close();
  });

  it('survives a page that re-renders its article, losing no events and causing no errors', async () => {
    const page = await harness.openPage(harness.fixtureUrl('framework.html'));
    await page.waitForFunction(() => (window as unknown as { renderLog: { renders: number } }).renderLog.renders >= 7, { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const texts = await highlightedTexts(page);
    expect(texts).toEqual(expect.arrayContaining(['Rex Tillerson', 'fentanyl', 'Sinaloa cartel']));
    const point = await mentionPoint(page, 'Rex Tillerson');
    await page.mouse.click(point.x, point.y);
    await waitForCard(page, 'Rex Tillerson');
    const log = await page.evaluate(() => (window as unknown as { renderLog: { clicks: number; errors: string[] } }).renderLog);
    expect(log.errors).toEqual([]);
    expect(log.clicks).toBe(1);
    await page.close();
  });

  it('tears down completely: the DOM serializes exactly as before', async () => {
    const page = await harness.openPage(harness.fixtureUrl('basic.html'));
    await waitForHighlights(page, 2);
    const withUs = await page.evaluate(() => document.documentElement.outerHTML);
    expect(withUs).toContain('<counterpoint-ui>');
    // Back to a fresh install's settings, which leave this (unlisted) site alone.
    const options = await harness.openOptions();
    await options.evaluate(async () => {
      await ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome).storage.sync.clear();
    });
    await page.bringToFront();
    await page.waitForFunction(() => !document.querySelector('counterpoint-ui'), { timeout: 10_000 });
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    expect(after).toBe(withUs.replace('<counterpoint-ui></counterpoint-ui>', ''));
    expect(await highlightedTexts(page)).toEqual([]);
    await options.close();
    await harness.resetSettings();
    await page.close();
  });

  it('reported no errors from the extension', () => {
    expect(harness.errors.filter((line) => line.includes('[Counterpoint]'))).toEqual([]);
  });
});

if (BROWSERS.includes('chrome')) {
  describe('touch in chrome', () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await startHarness('chrome');
    });
    afterAll(async () => {
      await harness?.close();
    });

    it('opens the card on a tap and closes it on a tap outside', async () => {
      const page = await harness.openPage(harness.demoUrl('article-1'));
      await page.emulate({ viewport: { width: 412, height: 860, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, userAgent: 'Mozilla/5.0 (Linux; Android 14) Mobile' });
      await page.reload({ waitUntil: 'load' });
      await waitForHighlights(page, 5);
      const point = await mentionPoint(page, 'fentanyl');
      await page.touchscreen.tap(point.x, point.y);
      await waitForCard(page, 'Counterpoints');
      await page.touchscreen.tap(5, 200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await cardText(page)).toBeNull();
      await page.close();
    });
  });
}
