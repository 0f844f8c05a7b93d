// The reading experience in both browsers: highlights, the card by hover, click, tap and keyboard,
// changing pages, hostile CSS, teardown, and accessibility.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { focusedMention, HOST_SELECTOR, highlightedTexts, mentionPoint, mentionRect, waitForHighlights, waitForHighlightText } from '../../scripts/lib/page-probes';
import { BROWSERS, startHarness, type Harness } from './harness';
import { cardFrame, cardFrameBox, cardText, clickInCard, inCard, waitForCard } from '../../scripts/lib/card-probe';

/** The few extension APIs the tests call from inside extension pages. */
interface ExtensionApi {
  tabs: { query(query: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  storage: { sync: { set(items: object): Promise<void>; clear(): Promise<void> } };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Box = { x: number; y: number; width: number; height: number };
/** The card frame's box once it has stopped moving (and, given `from`, once it has left it). */
async function settledFrameBox(page: Page, from?: Box): Promise<Box> {
  let previous: Box | null = null;
  for (let attempt = 0; attempt < 60; attempt++) {
    const box = await cardFrameBox(page);
    const moved = !from || box?.x !== from.x || box?.y !== from.y || box?.width !== from.width || box?.height !== from.height;
    if (box && previous && moved && JSON.stringify(box) === JSON.stringify(previous)) return box;
    previous = box;
    await settle(50);
  }
  throw new Error(`The card frame did not settle${from ? ' in a new place' : ''}.`);
}

/** Alt+Shift+. (Period) or Alt+Shift+, (Comma), as the reader presses them. */
async function pressShortcut(page: Page, code: 'Period' | 'Comma'): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(code);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe in the page, or in the card's own frame (the card is a document of its own). */
async function seriousAxeViolations(page: Page, include: 'card' | 'document'): Promise<string[]> {
  const target = include === 'card' ? await cardFrame(page) : page.mainFrame();
  if (!target) throw new Error('No card frame to check.');
  await target.evaluate(axeSource);
  return target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
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
    const frameBox = await cardFrameBox(page);
    expect(frameBox, 'the card frame is on screen').not.toBeNull();
    await page.mouse.move(frameBox!.x + 20, frameBox!.y + 20, { steps: 5 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await cardText(page)).toContain('Rex Tillerson');
    // Leaving both closes it.
    await page.mouse.move(5, 5);
    // Waits for the card to close (after its close delay), up to a deadline that only a card staying open reaches.
    let open: string | null = 'open';
    for (const deadline = Date.now() + 15_000; open !== null && Date.now() < deadline; ) {
      open = await cardText(page);
      if (open !== null) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(open).toBeNull();
    expect(await seriousAxeViolations(page, 'document')).toEqual([]);
    await page.close();
  });

  it('has no serious accessibility violations in an open card', async () => {
    const page = await openCardByClick(harness.demoUrl('article-3'), 3, 'fentanyl');
    expect(await seriousAxeViolations(page, 'card')).toEqual([]);
    await page.close();
  });

  it('opens "Read in source" in the source viewer, with the quote marked and in view, and no serious accessibility violations', async () => {
    const page = await openCardByClick(harness.demoUrl('article-1'), 5, 'Rex Tillerson');
    const existing = new Set(await harness.browser.pages());
    // The card's own "Read in source" (the attributions' links are in its closed details).
    await clickInCard(page, '.card-footer button.primary');
    // The background opens the viewer in a new tab. Firefox reports such a tab as about:blank to
    // puppeteer, so the tab's own location is asked.
    const viewerPrefix = `${harness.extensionOrigin}/viewer/viewer.html?`;
    let viewer: Page | undefined;
    let viewerUrl = '';
    // Polled until a deadline: on a loaded machine Firefox can take well over ten seconds to open the tab.
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && !viewer; ) {
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

  it('moves between mentions with the keyboard, in the page and in the card; Tab stays in the card; Esc closes and returns focus', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(page, 5);
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'start';
      button.textContent = 'start';
      document.body.prepend(button);
      button.focus();
    });
    await pressShortcut(page, 'Period');
    const first = await waitForCard(page, 'Why this is highlighted');
    // The page sees only that focus went to our host; inside the frame it is on the dialog.
    expect(await page.evaluate((selector: string) => document.activeElement === document.querySelector(selector), HOST_SELECTOR)).toBe(true);
    expect(await inCard(page, (document) => document.activeElement?.getAttribute('role') ?? null)).toBe('dialog');
    // Which mention the card is on: the page's focus highlight marks it.
    const focused = () => focusedMention(page);
    const firstMention = await focused();
    expect(firstMention).not.toBeNull();
    // The same keys pressed inside the card move on to the next mention's card.
    await pressShortcut(page, 'Period');
    let secondMention = firstMention;
    for (let attempt = 0; attempt < 50 && secondMention === firstMention; attempt++) {
      await settle(100);
      secondMention = await focused();
    }
    expect(secondMention).not.toBe(firstMention);
    expect(secondMention).not.toBeNull();
    expect(await inCard(page, (document) => document.activeElement?.getAttribute('role') ?? null)).toBe('dialog');
    await page.keyboard.press('Tab');
    expect(await inCard(page, (document) => document.activeElement?.tagName ?? null)).toBe('BUTTON');
    await page.keyboard.press('Escape');
    await settle(200);
    expect(await cardText(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start');
    expect(first.length).toBeGreaterThan(50);
    await page.close();
  });

  it('leaves Alt/Option+Shift+. and , to text fields: the page gets them uncancelled and no card opens', async () => {
    const page = await harness.openPage(harness.fixtureUrl('editable.html'));
    await waitForHighlights(page, 2);
    for (const field of ['#comment', '#name', '#rich']) {
      await page.focus(field);
      await pressShortcut(page, 'Period');
    }
    await settle(300);
    expect(await cardText(page)).toBeNull();
    const seen = await page.evaluate(() => (window as unknown as { keysSeen: { code: string; target: string; prevented: boolean }[] }).keysSeen.filter((key) => key.code === 'Period'));
    expect(seen).toEqual([
      { code: 'Period', target: 'comment', prevented: false },
      { code: 'Period', target: 'name', prevented: false },
      { code: 'Period', target: 'rich', prevented: false },
    ]);
    // Outside the fields the same keys open the first mention's card.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await pressShortcut(page, 'Period');
    await waitForCard(page, 'Why this is highlighted');
    await page.close();
  });

  it('keeps a pinned card until the reader closes it: hovering another mention or clicking elsewhere does not replace it', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(page, 5);
    const tillerson = await mentionPoint(page, 'Rex Tillerson');
    await page.mouse.move(tillerson.x, tillerson.y);
    await waitForCard(page, 'Rex Tillerson');
    await clickInCard(page, '.card-actions [aria-pressed]');
    // Polled: the card draws its pinned state on its next render, not within the click.
    await vi.waitFor(async () => expect(await inCard(page, (document) => document.querySelector('.card-actions [aria-pressed]')?.getAttribute('aria-pressed') ?? null)).toBe('true'), { timeout: 5_000, interval: 100 });
    const kelly = await mentionPoint(page, 'John Kelly');
    await page.mouse.move(kelly.x, kelly.y, { steps: 4 });
    // Well past the hover delay and the close delay.
    await settle(1_000);
    expect(await inCard(page, (document) => document.querySelector('.title')?.textContent ?? null)).toBe('Rex Tillerson');
    await page.mouse.click(5, 5);
    await settle(500);
    expect(await cardText(page)).toContain('Rex Tillerson');
    await page.keyboard.press('Escape');
    await settle(200);
    expect(await cardText(page)).toBeNull();
    await page.close();
  });

  it('puts the card beside the line it is about, never over it, follows the line as the page scrolls, and is a bottom sheet on a narrow screen', async () => {
    const page = await openCardByClick(harness.demoUrl('article-1'), 5, 'Rex Tillerson');
    const line = await mentionRect(page, 'Rex Tillerson');
    const box = await settledFrameBox(page);
    const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    expect(box.y >= line.bottom || box.y + box.height <= line.top, 'the card is above or below the line').toBe(true);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    await page.evaluate(() => scrollBy({ top: 40, behavior: 'instant' }));
    const moved = await settledFrameBox(page, box);
    // The same gap to the line as before (the frame sits on whole pixels, the line need not).
    const lineAfter = await mentionRect(page, 'Rex Tillerson');
    expect(Math.abs(moved.y - lineAfter.bottom - (box.y - line.bottom))).toBeLessThan(1);
    expect(moved.y).toBeLessThan(box.y);
    await page.setViewport({ width: 400, height: 700 });
    const sheet = await settledFrameBox(page, moved);
    // Along the bottom edge, or the top one where the bottom would cover the line.
    expect({ x: sheet.x, width: sheet.width }).toEqual({ x: 0, width: 400 });
    expect(Math.round(sheet.y + sheet.height) === 700 || sheet.y === 0, JSON.stringify(sheet)).toBe(true);
    const lineNow = await mentionRect(page, 'Rex Tillerson');
    expect(sheet.y >= lineNow.bottom || sheet.y + sheet.height <= lineNow.top, 'the sheet is above or below the line').toBe(true);
    await page.close();
  });

  it('follows a change of language while a card is open', async () => {
    const page = await openCardByClick(harness.demoUrl('article-1'), 5, 'Rex Tillerson');
    await harness.setSettings({ language: 'es' });
    expect(await waitForCard(page, 'Contrapuntos')).toMatch(/lo que dicen las fuentes/i);
    await harness.resetStorage();
    await page.close();
  });

  it('opens the card when the background asks the tab to move to a mention', async () => {
    const page = await harness.openPage(harness.demoUrl('article-2'));
    await waitForHighlights(page, 3);
    const options = await harness.openOptions();
    await page.bringToFront();
    // The message the background's command listener sends the active tab (the listener itself: next test).
    await options.evaluate(async () => {
      const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      await api.tabs.sendMessage(tab!.id!, { type: 'BackgroundToContent.moveToMention', payload: { direction: 'next' } });
    });
    await waitForCard(page, 'Why this is highlighted');
    await options.close();
    await page.close();
  });

  // The manifest command path, through the real background: Chromium's service worker can fire its
  // own commands.onCommand (the event's dispatch()), as the browser does on Alt+Shift+. Firefox has
  // no way for a test to fire a command (puppeteer cannot press browser-level shortcuts, and the
  // event page cannot be reached over BiDi), so there only the message above is tested.
  if (kind === 'chrome') {
    it('opens the card from the keyboard command, through the background’s command listener', async () => {
      const page = await harness.openPage(harness.demoUrl('article-2'));
      await waitForHighlights(page, 3);
      await page.bringToFront();
      const worker = await (await harness.browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith(harness.extensionOrigin))).worker();
      // A command the background does not know moves nothing; the next-mention command opens the first card.
      await worker!.evaluate(() => (globalThis as unknown as { chrome: { commands: { onCommand: { dispatch(command: string): void } } } }).chrome.commands.onCommand.dispatch('no-such-command'));
      await worker!.evaluate(() => (globalThis as unknown as { chrome: { commands: { onCommand: { dispatch(command: string): void } } } }).chrome.commands.onCommand.dispatch('next-mention'));
      await waitForCard(page, 'Why this is highlighted');
      await page.close();
    });
  }

  it('leaves the card intact on a page with hostile CSS', async () => {
    const page = await openCardByClick(harness.fixtureUrl('hostile-css.html'), 1, 'Rex Tillerson');
    const style = await inCard(page, (document) => {
      const card = document.querySelector('.card') as HTMLElement;
      const title = document.querySelector('.title') as HTMLElement;
      return { fontSize: getComputedStyle(title).fontSize, display: getComputedStyle(card).display };
    });
    expect(style.fontSize).toBe('18px');
    expect(style.display).not.toBe('none');
    const box = await cardFrameBox(page);
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(50);
    // The page cannot read the card.
    expect(await page.evaluate((selector: string) => document.querySelector(selector)!.shadowRoot, HOST_SELECTOR)).toBeNull();
    // And our styles did not leak into the page.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontSize)).toBe('40px');
    await page.close();
  });

  it('highlights text added two seconds after load', async () => {
    const page = await harness.openPage(harness.fixtureUrl('dynamic.html'));
    await page.waitForSelector('#late', { timeout: 10_000 });
    await waitForHighlightText(page, 'Merida Initiative');
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
    expect(withUs.endsWith('<div></div></html>'), 'our host is the last thing in <html>').toBe(true);
    // Back to a fresh install's settings, which leave this (unlisted) site alone.
    const options = await harness.openOptions();
    await options.evaluate(async () => {
      await ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome).storage.sync.clear();
    });
    await page.bringToFront();
    await page.waitForFunction((selector: string) => !document.querySelector(selector), { timeout: 10_000 }, HOST_SELECTOR);
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    expect(after).toBe(withUs.replace(/<div><\/div><\/html>$/, '</html>'));
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
