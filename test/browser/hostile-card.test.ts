// Hostile pages against the card, in both browsers (the routes of the December 2026 audit, A1–A3):
// a page cannot reach the card, read it, change what it says or answer for the student; faked
// input opens nothing; removing our element, zooming the page or a strict CSP do not break it.
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_SELECTOR, mentionPoint, waitForHighlights } from '../../scripts/lib/page-probes';
import { asPageHoldingOurRoot, cardFrame, cardFrameBox, cardText, clickInCard, inCard, waitForCard } from '../../scripts/lib/card-probe';
import { BROWSERS, startHarness, type Harness } from './harness';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BROWSERS)('a hostile page against the card in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** Opens `url`, waits for highlights, clicks `mention` and waits for its card. */
  async function openCard(url: string, mention = 'Rex Tillerson', containing = 'Counterpoints'): Promise<Page> {
    const page = await harness.openPage(url);
    await waitForHighlights(page, 1);
    const point = await mentionPoint(page, mention);
    await page.mouse.click(point.x, point.y);
    await waitForCard(page, containing);
    return page;
  }

  it('holds nothing in our shadow root but the frame: no text for a selection or find() to land on', async () => {
    const page = await openCard(harness.fixtureUrl('basic.html'));
    const held = await asPageHoldingOurRoot(page, (root) => ({
      mode: root.mode,
      nodes: [...root.childNodes].map((node) => node.nodeName),
      texts: root.querySelectorAll('*').length - root.querySelectorAll('iframe').length,
    }));
    expect(held).toEqual({ mode: 'closed', nodes: ['IFRAME'], texts: 0 });
    await page.close();
  });

  it('gives a page that pre-defines our element names, with attachInternals(), no root, no card text and no answer of its own in the log', async () => {
    await harness.resetStorage();
    await harness.setSettings({ classroom: true });
    const url = harness.fixtureUrl('hostile-takeover.html');
    const page = await openCard(url, 'Rex Tillerson', 'Predict first');
    expect(await page.evaluate(() => (window as unknown as { hostile: { stolen(): number } }).hostile.stolen())).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hostile: { forge(): number } }).hostile.forge())).toBe(0);
    // Our host is a plain div, which no page can define: nothing was upgraded.
    expect(await page.evaluate((selector: string) => document.querySelector(selector)?.tagName, HOST_SELECTOR)).toBe('DIV');
    // The student answers in the card; the log holds that answer, for this page, and nothing else.
    await clickInCard(page, '.predict .option:nth-of-type(2) input[type=radio]');
    const chosen = await inCard(page, (document) => (document.querySelector('.predict .option:nth-of-type(2) input') as HTMLInputElement).value);
    await clickInCard(page, '.predict button[type=submit]:not([disabled])');
    const revealed = await waitForCard(page, 'Who is responsible for the drug crisis?');
    expect(revealed).not.toContain('FAKE');
    let log: { answer: string; url: string; entityId: string }[] = [];
    for (let attempt = 0; attempt < 50 && log.length === 0; attempt++) {
      log = ((await harness.readLocal('readingLog')) as typeof log | null) ?? [];
      if (!log.length) await settle(100);
    }
    expect(log.map(({ answer, url, entityId }) => ({ answer, url, entityId }))).toEqual([{ answer: chosen, url, entityId: 'rex-tillerson' }]);
    await page.close();
    await harness.resetStorage();
  });

  it('answers window.find() for card text with false, and never puts a node of ours in the page’s selection', async () => {
    const page = await openCard(harness.fixtureUrl('basic.html'));
    const found = await page.evaluate(() => {
      const find = (window as unknown as { find(text: string, ...flags: boolean[]): boolean }).find;
      const results: (boolean | string)[] = [];
      for (const text of ['What the sources say', 'Views represented', 'Why this is highlighted']) {
        results.push(find.call(window, text));
        // Firefox's seventh argument searches frames too; ours is another origin, so it refuses.
        try {
          results.push(find.call(window, text, false, false, true, false, true, true));
        } catch (error) {
          results.push(String((error as Error).name));
        }
      }
      return results;
    });
    expect(found.filter((result) => result === true)).toEqual([]);
    // The reader selects some of the card's text with the mouse.
    const frame = (await cardFrame(page))!;
    const box = (await cardFrameBox(page))!;
    const target = await frame.evaluate(() => {
      const rect = document.querySelector('.description')!.getBoundingClientRect();
      return { x: rect.left + 20, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x + target.x, box.y + target.y);
    await page.mouse.down();
    await page.mouse.move(box.x + target.x + 250, box.y + target.y + 12, { steps: 5 });
    await page.mouse.up();
    expect((await frame.evaluate(() => String(getSelection()))).length, 'the reader selected text in the card').toBeGreaterThan(20);
    const selection = await page.evaluate((selector: string) => {
      const current = getSelection();
      const host = document.querySelector(selector)!;
      const nodes = [current?.anchorNode, current?.focusNode].filter((node): node is Node => Boolean(node));
      return {
        text: String(current),
        inOurHost: nodes.some((node) => node === host || host.contains(node)),
        shadowRoot: nodes.some((node) => node.getRootNode() instanceof ShadowRoot),
      };
    }, HOST_SELECTOR);
    expect(selection).toEqual({ text: '', inOurHost: false, shadowRoot: false });
    await page.close();
  });

  it('keeps page @font-face faces named Georgia, Times or system-ui and page @property rules out of the card', async () => {
    const measure = (page: Page) =>
      inCard(page, (document) => {
        const card = document.querySelector('.card') as HTMLElement;
        const quote = document.querySelector('blockquote') as HTMLElement;
        const widthIn = (element: HTMLElement) => {
          const probe = element.ownerDocument.createElement('span');
          probe.textContent = 'Wi knaw whot wi awn, iiii WWWW 0101';
          probe.style.whiteSpace = 'nowrap';
          element.append(probe);
          const width = probe.getBoundingClientRect().width;
          probe.remove();
          return Math.round(width * 10) / 10;
        };
        const style = getComputedStyle(card);
        return {
          quoteFont: getComputedStyle(quote).fontFamily,
          quoteWidth: widthIn(quote),
          bodyWidth: widthIn(document.querySelector('.description') as HTMLElement),
          background: style.backgroundColor,
          border: `${style.borderTopWidth} ${style.borderTopStyle}`,
        };
      });
    const plain = await openCard(harness.fixtureUrl('basic.html'));
    const expected = await measure(plain);
    await plain.close();
    const hostile = await openCard(harness.fixtureUrl('hostile-fonts.html'));
    const measured = await measure(hostile);
    expect(measured).toEqual(expected);
    expect(measured.quoteFont).toBe('serif');
    expect(measured.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(measured.border).toBe('1px solid');
    await hostile.close();
  });

  it('opens no card and moves no focus for clicks, pointer moves and keys the page dispatches itself', async () => {
    const page = await harness.openPage(harness.fixtureUrl('hostile-events.html'));
    await waitForHighlights(page, 3);
    const before = await page.evaluate(() => ({ active: document.activeElement?.tagName, scrollY }));
    await page.evaluate(() => (window as unknown as { fakeInput(): unknown }).fakeInput());
    // Longer than the hover delay: a card from the faked pointer would be open by now.
    await settle(1_200);
    expect(await cardText(page)).toBeNull();
    expect(await page.evaluate(() => ({ active: document.activeElement?.tagName, scrollY }))).toEqual(before);
    // A real click opens the card, and the page's faked Esc does not close it.
    const point = await mentionPoint(page, 'Rex Tillerson');
    await page.mouse.click(point.x, point.y);
    await waitForCard(page, 'Rex Tillerson');
    await page.evaluate(() => (window as unknown as { fakeEscape(): void }).fakeEscape());
    await settle(300);
    expect(await cardText(page)).toContain('Rex Tillerson');
    await page.close();
  });

  it('changes nothing in the card for forged window messages, even sent straight to the frame with a port of the page’s', async () => {
    const page = await openCard(harness.fixtureUrl('basic.html'));
    const before = await cardText(page);
    const fentanyl = { entityId: 'fentanyl', text: 'fentanyl', alias: 'fentanyl', fuzzy: false, score: 1, reason: 'forged' };
    const quote = { exact: 'fentanyl', prefix: '', suffix: '' };
    const show = { type: 'show', requestId: 99, mention: fentanyl, quote, pinned: true, focus: false };
    // What any page can do: post to itself, to every frame it can see, to its parent.
    const reachable = await page.evaluate((message: object) => {
      const channel = new MessageChannel();
      const offers = [message, { type: 'counterpoint-card-port', nonce: '0'.repeat(32) }, JSON.stringify(message)];
      for (const offer of offers) {
        window.postMessage(offer, '*');
        for (let index = 0; index < window.frames.length; index++) window.frames[index]!.postMessage(offer, '*');
      }
      window.postMessage({ type: 'counterpoint-card-port', nonce: '0'.repeat(32) }, '*', [channel.port2]);
      return window.frames.length;
    }, show);
    expect(reachable, 'the page cannot see our frame among its frames').toBe(0);
    // More than a page can do: hold our frame's window and offer it a port and orders.
    const answered = await asPageHoldingOurRoot(page, async (root, message) => {
      const frame = (root.querySelector('iframe') as HTMLIFrameElement).contentWindow!;
      const channel = new MessageChannel();
      const heard: unknown[] = [];
      channel.port1.onmessage = (event) => heard.push(event.data);
      for (const nonce of ['0'.repeat(32), 'f'.repeat(32), '']) {
        const offer = new MessageChannel();
        frame.postMessage({ type: 'counterpoint-card-port', nonce }, '*', [offer.port2]);
        offer.port1.postMessage(message);
      }
      frame.postMessage({ type: 'counterpoint-card-port', nonce: '1'.repeat(32) }, '*', [channel.port2]);
      channel.port1.postMessage(message);
      frame.postMessage(message, '*');
      await new Promise((resolve) => setTimeout(resolve, 500));
      return heard.length;
    }, show);
    expect(answered).toBe(0);
    expect(await cardText(page)).toBe(before);
    await page.close();
  });

  it.each(['remove', 'replace'])('gives a page that does "%s" to our element a working card on the next open, and no page error', async (mode) => {
    const errorsBefore = harness.errors.length;
    const page = await harness.browser.newPage();
    page.on('pageerror', (error) => harness.errors.push(`pageerror: ${String(error)}`));
    await page.goto(harness.fixtureUrl(`hostile-host.html?mode=${mode}`), { waitUntil: 'load' });
    await waitForHighlights(page, 2);
    await page.waitForFunction(() => {
      const { removed, replaced } = (window as unknown as { hostile: { removed: number; replaced: number } }).hostile;
      return removed + replaced > 0;
    }, { timeout: 10_000, polling: 100 });
    const first = await mentionPoint(page, 'Rex Tillerson');
    await page.mouse.click(first.x, first.y);
    await waitForCard(page, 'Rex Tillerson');
    // Taken away again once the frame is there: the next card gets a new one.
    await page.evaluate(() => (window as unknown as { hostile: { removeNow(): void } }).hostile.removeNow());
    await page.mouse.click(5, 5);
    const second = await mentionPoint(page, 'fentanyl');
    await page.mouse.click(second.x, second.y);
    await waitForCard(page, 'Fentanyl');
    const state = await page.evaluate(() => ({
      pageErrors: (window as unknown as { hostile: { errors: string[] } }).hostile.errors,
      fake: document.querySelectorAll('[data-page=fake]').length,
    }));
    expect(state).toEqual({ pageErrors: [], fake: mode === 'replace' ? 1 : 0 });
    expect(harness.errors.slice(errorsBefore)).toEqual([]);
    await page.close();
  });

  it('keeps the card readable on a page that zooms <html> to a fifth', async () => {
    const page = await openCard(harness.fixtureUrl('hostile-zoom.html'));
    const box = (await cardFrameBox(page))!;
    expect(box.width).toBeGreaterThanOrEqual(440);
    expect(box.height).toBeGreaterThanOrEqual(200);
    const inside = await inCard(page, (document) => ({ title: getComputedStyle(document.querySelector('.title')!).fontSize, width: innerWidth }));
    expect(inside).toEqual({ title: '18px', width: Math.round(box.width) });
    await page.close();
  });

  it('shows the card on a page whose CSP allows no scripts, styles or frames (sent as a header)', async () => {
    const page = await openCard(harness.strictCspFixtureUrl('basic.html'));
    expect(await inCard(page, (document) => getComputedStyle(document.querySelector('.title')!).fontSize)).toBe('18px');
    expect((await cardFrameBox(page))!.width).toBeGreaterThan(300);
    await page.close();
  });

  it('says in the console why no card opens on a page whose CSP sandbox lets no frame run scripts, and the page keeps working', async () => {
    const errorsBefore = harness.errors.length;
    const page = await harness.openPage(harness.sandboxedFixtureUrl('basic.html'));
    await waitForHighlights(page, 2);
    const point = await mentionPoint(page, 'Rex Tillerson');
    await page.mouse.click(point.x, point.y);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !harness.errors.slice(errorsBefore).some((line) => line.includes('[Counterpoint]'))) await settle(100);
    // The browser adds its own line for the frame's blocked script; ours says what it means.
    expect(harness.errors.slice(errorsBefore).filter((line) => line.includes('[Counterpoint]'))).toEqual([expect.stringMatching(/\[Counterpoint\] The card frame loaded but does not answer: this page’s Content-Security-Policy sandbox keeps frames, ours too, from running scripts/)]);
    expect(await cardText(page)).toBeNull();
    expect(await page.evaluate(() => document.body.innerText)).toContain('Rex Tillerson said');
    harness.errors.splice(errorsBefore);
    await page.close();
  });

  it('reported no errors from the extension', () => {
    // Firefox reports its own favicon request, which the strict CSP blocks, as a page error.
    const browsersOwn = (line: string) => /blocked the loading of a resource \(img-src\) at [^ ]+\/favicon\.ico/.test(line);
    expect(harness.errors.filter((line) => (line.includes('[Counterpoint]') || line.startsWith('pageerror')) && !browsersOwn(line))).toEqual([]);
  });
});

if (BROWSERS.includes('firefox')) {
  describe('an extension reload in firefox', () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await startHarness('firefox');
    });
    afterAll(async () => {
      await harness?.close();
    });

    it('leaves one host in the page: the new content script removes the old one, card and all', async () => {
      const page = await harness.openPage(harness.demoUrl('article-1'));
      await waitForHighlights(page, 5);
      const point = await mentionPoint(page, 'Rex Tillerson');
      await page.mouse.click(point.x, point.y);
      await waitForCard(page, 'Rex Tillerson');
      // Marked in the page's own world, to tell the old host from the new one.
      await page.evaluate((selector: string) => Object.assign(document.querySelector(selector)!, { beforeReload: true }), HOST_SELECTOR);
      const options = await harness.openOptions();
      await options.evaluate(() => {
        const { runtime } = (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser;
        setTimeout(() => runtime.reload(), 50);
      });
      // Firefox injects the content script again; the old one's host goes once the new one has painted.
      const hosts = () => page.evaluate((selector: string) => [...document.querySelectorAll(selector)].map((host) => ((host as unknown as { beforeReload?: boolean }).beforeReload ? 'old' : 'new')), HOST_SELECTOR);
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && !(await hosts()).includes('new')) await settle(100);
      await settle(1_000);
      expect(await hosts()).toEqual(['new']);
      expect(await cardText(page)).toBeNull();
      await page.close();
    });
  });
}
