// Classroom mode's gate in both browsers, read through the accessibility tree of the card's frame
// (the browser's own query, CDP in Chromium and WebDriver BiDi in Firefox): before the prediction
// nothing that answers the question is there; the question is a named group of choices that the
// keyboard alone can answer; after it, what was revealed has focus. Then the reading log shows the
// prediction beside what the sources said, and its CSV export re-imports as the same log.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Frame } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionPoint, waitForHighlights } from '../../scripts/lib/page-probes';
import { cardFrame, clickInCard, inCard, waitForCard } from '../../scripts/lib/card-probe';
import { BROWSERS, startHarness, type Harness } from './harness';

/** How many nodes of the frame's accessibility tree match an `aria/` query (name and role). */
async function inTree(frame: Frame, selector: string): Promise<number> {
  const handles = await frame.$$(`aria/${selector}`);
  await Promise.all(handles.map((handle) => handle.dispose()));
  return handles.length;
}

/** The text of every node an `aria/` query finds in the frame's accessibility tree (names may be shown uppercase). */
async function textsInTree(frame: Frame, selector: string): Promise<string[]> {
  const handles = await frame.$$(`aria/${selector}`);
  const texts = await Promise.all(handles.map((handle) => handle.evaluate((element) => (element.textContent ?? '').trim())));
  await Promise.all(handles.map((handle) => handle.dispose()));
  return texts;
}

describe.each(BROWSERS)('classroom gate in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('hides every answer until the student predicts, from the keyboard, and the log sets the prediction beside the reveal', async () => {
    await harness.resetStorage();
    await harness.setSettings({ classroom: true });
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(page, 5);
    const point = await mentionPoint(page, 'Rex Tillerson');
    await page.mouse.click(point.x, point.y);
    await waitForCard(page, 'Predict first');
    const frame = (await cardFrame(page))!;

    // Nothing that answers the question: not on screen, not in the tree, not in the document at all.
    const before = await inCard(page, (document) => document.querySelector('.card')!.textContent ?? '');
    expect(before).not.toContain('We Americans must own this problem');
    expect(before).not.toContain('Counterpoints');
    expect(before).not.toContain('Views represented');
    expect(await textsInTree(frame, '[role="heading"]')).toEqual(['Rex Tillerson', 'Classroom Predict first']);
    // The question names its group of choices; each choice and the button are named.
    expect(await inTree(frame, 'Did this US Secretary of State put the blame on Mexico or on the United States?[role="group"]')).toBe(1);
    for (const option of ['Mainly on Mexico', 'Mainly on the United States', 'On both equally']) expect(await inTree(frame, `${option}[role="radio"]`), option).toBe(1);
    expect(await inTree(frame, 'Reveal what the sources say[role="button"]')).toBe(1);

    // Keyboard only, from the card's title: Tab to the choices, arrow to the second, submit with Enter.
    await clickInCard(page, '.title');
    const focused = () => inCard(page, (document) => {
      const active = document.activeElement as HTMLElement | null;
      return active ? `${active.tagName.toLowerCase()}:${(active as HTMLInputElement).value ?? ''}:${active.textContent ?? ''}` : '';
    });
    for (let presses = 0; presses < 6 && !(await focused()).startsWith('input:'); presses++) await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^input:/);
    // Enter with nothing chosen says what is missing instead of revealing.
    await page.keyboard.press('Enter');
    expect(await inTree(frame, '[role="alert"]')).toBe(1);
    expect(await inCard(page, (document) => document.querySelector('[role=alert]')?.textContent ?? '')).toBe('Choose or write an answer first: the sources show once you have predicted.');
    expect(await textsInTree(frame, '[role="heading"]')).toEqual(['Rex Tillerson', 'Classroom Predict first']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    expect(await inCard(page, (document) => (document.querySelector('input[type=radio]:checked') as HTMLInputElement | null)?.value ?? null)).toBe('Mainly on the United States');
    await page.keyboard.press('Enter');
    const revealed = await waitForCard(page, 'Who is responsible for the drug crisis?');
    expect(revealed).toContain('Views represented');
    expect(await inCard(page, (document) => document.activeElement?.className ?? '')).toBe('revealed');
    expect(await textsInTree(frame, '[role="heading"]')).toEqual(expect.arrayContaining(['Rex Tillerson', 'Counterpoints', 'US demand: "we are the market"']));
    await page.close();

    const log = await harness.openExtensionPage('log/log.html');
    await log.waitForSelector('table tbody tr', { timeout: 10_000 });
    const row = await log.$eval('table tbody tr', (element) => ({
      prediction: element.querySelector('td.prediction')?.textContent ?? '',
      revealed: element.querySelector('td.revealed-column')?.textContent ?? '',
      all: element.textContent ?? '',
    }));
    expect(row.prediction).toBe('Mainly on the United States');
    expect(row.revealed).toContain('Who is responsible for the drug crisis?');
    expect(row.revealed).toContain('Rex Tillerson');

    // CSV out, the log cleared, the CSV in: the same row comes back.
    await log.evaluate(() => {
      const captured: string[] = [];
      (window as unknown as { captured: string[] }).captured = captured;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        void (blob as Blob).text().then((text) => captured.push(text));
        return 'blob:captured';
      };
    });
    await log.click('.toolbar button:nth-of-type(2)');
    await log.waitForFunction(() => (window as unknown as { captured: string[] }).captured.length > 0, { timeout: 5_000, polling: 100 });
    const [csv] = await log.evaluate(() => (window as unknown as { captured: string[] }).captured);
    expect(csv!.split('\r\n')[0]).toMatch(/^article_url,/);
    log.on('dialog', (dialog) => void dialog.accept());
    await log.click('button.danger');
    await log.waitForSelector('.empty', { timeout: 5_000 });
    const file = join(tmpdir(), `counterpoint-${kind}-log.csv`);
    writeFileSync(file, csv!);
    const input = (await log.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await log.waitForSelector('table tbody tr', { timeout: 10_000 });
    expect(await log.$eval('table tbody tr', (element) => element.textContent ?? '')).toBe(row.all);
    expect(await log.$eval('.status', (element) => element.textContent ?? '')).toBe('Imported 1 entries.');
    await log.close();
    await harness.setSettings({ classroom: false });
  });

  it('reported no errors from the extension', () => {
    expect(harness.errors.filter((line) => line.includes('[Counterpoint]'))).toEqual([]);
  });
});
