// The card beside the reading, in both browsers: it never covers the mention's line at 1280×800 or
// 390×844, wherever the line is on screen; its first screen says what the entity is and shows the
// counterpoint at a glance, with the details opening in place from the keyboard; attributions name
// the outlet; it shows the mention shortcuts the browser reports; and the first card is announced
// once, politely, in the card's own frame (read through the accessibility tree).
import type { Frame, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionRect, waitForHighlights } from '../../scripts/lib/page-probes';
import { cardFrame, cardFrameBox, clickInCard, inCard, waitForCard } from '../../scripts/lib/card-probe';
import { BROWSERS, startHarness, type Harness } from './harness';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type Box = { x: number; y: number; width: number; height: number };
type Rect = { left: number; top: number; right: number; bottom: number };

/** The card frame's box once it has stopped moving. */
async function settledFrameBox(page: Page): Promise<Box> {
  let previous = '';
  for (let attempt = 0; attempt < 80; attempt++) {
    const box = await cardFrameBox(page);
    const now = JSON.stringify(box);
    if (box && box.height > 0 && now === previous) return box;
    previous = now;
    await settle(60);
  }
  throw new Error('The card frame did not settle.');
}

const intersects = (box: Box, line: Rect) => box.x < line.right && line.left < box.x + box.width && box.y < line.bottom && line.top < box.y + box.height;

/** Scrolls so the first line of `text` sits at `share` of the viewport's height (as near as the page allows), and returns it. */
async function lineAt(page: Page, text: string, share: number): Promise<Rect> {
  const before = await mentionRect(page, text);
  const height = await page.evaluate(() => innerHeight);
  await page.evaluate((by: number) => scrollBy({ top: by, behavior: 'instant' }), before.top - height * share);
  await settle(100);
  return mentionRect(page, text);
}

/** Names and roles in the card frame's accessibility tree, found by the browser's own query (CDP or BiDi). */
async function inTree(frame: Frame, selector: string): Promise<number> {
  const handles = await frame.$$(`aria/${selector}`);
  await Promise.all(handles.map((handle) => handle.dispose()));
  return handles.length;
}

describe.each(BROWSERS)('the card beside the reading in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it.each([
    [1280, 800],
    [390, 844],
  ])('never covers the mention’s line at %i×%i, wherever the line is on screen', async (width, height) => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await page.setViewport({ width, height });
    await waitForHighlights(page, 5);
    const seen: string[] = [];
    for (const [text, share] of [['Rex Tillerson', 0.15], ['John Kelly', 0.5], ['Rex Tillerson', 0.85], ['Mexican drug cartels', 0.6]] as const) {
      const line = await lineAt(page, text, share);
      await page.mouse.click(line.left + 4, (line.top + line.bottom) / 2);
      await waitForCard(page, 'Counterpoints');
      const box = await settledFrameBox(page);
      // The line as it is now (the card was placed against it, and the page did not move).
      const now = await mentionRect(page, text);
      seen.push(`${text} at ${Math.round(now.top)}: card ${Math.round(box.y)}–${Math.round(box.y + box.height)}`);
      expect(intersects(box, now), seen.join('; ')).toBe(false);
      expect(box.x, 'on screen').toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, 'on screen').toBeLessThanOrEqual(width + 0.5);
      expect(box.height, 'the card is readable').toBeGreaterThanOrEqual(150);
      // Closed before the next line is clicked: an open card may cover other lines, just not its own.
      await page.keyboard.press('Escape');
      for (let attempt = 0; attempt < 50 && (await cardFrameBox(page)); attempt++) await settle(50);
    }
    await page.close();
  });

  it('leads with what the entity is and the counterpoint at a glance; the details open in place from the keyboard', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await page.setViewport({ width: 1280, height: 800 });
    await waitForHighlights(page, 5);
    const line = await lineAt(page, 'Rex Tillerson', 0.3);
    await page.mouse.click(line.left + 4, (line.top + line.bottom) / 2);
    await waitForCard(page, 'Counterpoints');
    await settledFrameBox(page);
    const first = await inCard(page, (document) => {
      const visible = (element: Element) => element.getBoundingClientRect().top < innerHeight && element.getBoundingClientRect().bottom > 0;
      const positions = [...document.querySelectorAll('.glance .position')];
      return {
        description: visible(document.querySelector('.description')!),
        headings: positions.filter((position) => visible(position.querySelector('h4')!)).map((position) => position.querySelector('h4')!.textContent),
        speakersBesideHeadings: positions.every((position) => (position.querySelector('.speakers')?.textContent ?? '').trim() !== ''),
        // Two positions side by side: the second starts level with the first.
        sideBySide: positions.length > 1 && Math.abs(positions[0]!.getBoundingClientRect().top - positions[1]!.getBoundingClientRect().top) < 1,
        detailsOpen: (document.querySelector('details.details') as HTMLDetailsElement).open,
        text: (document.querySelector('.card') as HTMLElement).innerText,
      };
    });
    expect(first.description).toBe(true);
    expect(first.headings.length).toBeGreaterThanOrEqual(2);
    expect(first.speakersBesideHeadings).toBe(true);
    expect(first.sideBySide).toBe(true);
    expect(first.detailsOpen).toBe(false);
    expect(first.text).toContain('Rex Tillerson (US government)');
    expect(first.text).not.toContain('We Americans must own this problem. It is ours.');

    // From the keyboard: the reader is in the card (a click on its title), focuses the disclosure,
    // presses Enter, and the quotes open where they are.
    await clickInCard(page, '.title');
    await inCard(page, (document) => {
      (document.querySelector('details.details > summary') as HTMLElement).focus();
      return null;
    });
    await page.keyboard.press('Enter');
    const opened = await inCard(page, (document) => ({
      open: (document.querySelector('details.details') as HTMLDetailsElement).open,
      text: (document.querySelector('.card') as HTMLElement).innerText,
      sources: [...document.querySelectorAll('.details .source-link')].map((link) => link.textContent ?? ''),
    }));
    expect(opened.open).toBe(true);
    expect(opened.text.toLowerCase()).toContain('each position, in the sources’ words');
    // Attributions name the outlet (and its date, where the fact base has one), never just "source document".
    expect(opened.sources.length).toBeGreaterThan(0);
    expect(opened.sources).toContain('CNN');
    expect(opened.sources.filter((source) => /source document/i.test(source))).toEqual([]);
    await page.close();
  });

  it('shows the shortcuts the browser reports and announces the first card once, in the frame’s accessibility tree', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(page, 5);
    const tillerson = await lineAt(page, 'Rex Tillerson', 0.3);
    await page.mouse.move(tillerson.left + 4, (tillerson.top + tillerson.bottom) / 2);
    await waitForCard(page, 'Counterpoints');
    const frame = (await cardFrame(page))!;
    await frame.waitForFunction(() => (document.querySelector('[role=status]:not(.card *)')?.textContent ?? '') !== '', { timeout: 5_000, polling: 100 });
    const shortcuts = await inCard(page, (document) => document.querySelector('.shortcuts')?.textContent ?? '');
    expect(shortcuts).toMatch(/^Next mention: Alt\+Shift\+(Period|\.) · previous: Alt\+Shift\+(Comma|,)$/);
    const announcement = await inCard(page, (document) => document.querySelector('[role=status]:not(.card *)')!.textContent);
    expect(announcement).toMatch(/^Counterpoint card open: Rex Tillerson\. Press Escape to close it\. Alt\+Shift\+(Period|\.) moves to the next mention\.$/);
    // It is in the accessibility tree, as a status (a polite live region), though not on screen.
    expect(await inTree(frame, '[role="status"]')).toBe(1);

    // A second card replaces the first; nothing more is announced.
    const kelly = await lineAt(page, 'John Kelly', 0.3);
    await page.mouse.click(kelly.left + 4, (kelly.top + kelly.bottom) / 2);
    await waitForCard(page, 'John Kelly');
    await settle(400);
    expect(await inCard(page, (document) => document.querySelector('[role=status]:not(.card *)')!.textContent)).toBe(announcement);
    await page.close();
  });

  it('reported no errors from the extension', () => {
    expect(harness.errors.filter((line) => line.includes('[Counterpoint]'))).toEqual([]);
  });
});
