// Mentions follow the page (issue 15 item 1, issue 17 items 2, 3 and 5; audit A1.1, A1.10, A2.1,
// A3.4–A3.6, A4.6 and the "stale mentions" row, E5c), in both browsers: when a view is swapped or a
// virtualized list recycles its rows, the popup's list and the badge equal what is on the page at
// every step, and a card on removed text closes; a replaced <body>/<html> or document.open() is
// annotated afresh; the highlight names are random per page and survive a page that clears or hides them.
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardFrameBox } from '../../scripts/lib/card-probe';
import { HOST_SELECTOR, highlightCount, highlightedTexts, highlightStyle, mentionPoint, ourHighlights, waitForHighlights, waitForHighlightText } from '../../scripts/lib/page-probes';
import { BROWSERS, startHarness, type Harness } from './harness';

interface ExtensionApi {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: { query(query: object): Promise<{ id?: number }[]> };
}

/** The badge of the tab `page` is in, read from an extension page. */
async function badgeOf(control: Page, page: Page): Promise<string> {
  await page.bringToFront();
  return control.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return api.action.getBadgeText({ tabId: tab!.id! });
  });
}

/** The entities the popup lists for `page`. */
async function popupEntities(harness: Harness, page: Page): Promise<string[]> {
  const popup = await harness.openPopup(page);
  try {
    // The popup lists entities once the page has answered; a page with none shows no list.
    await popup.waitForFunction(() => document.querySelector('button.entity, input[role=switch]') !== null, { timeout: 10_000, polling: 100 });
    return (await popup.$$eval('button.entity', (buttons) => buttons.map((button) => button.getAttribute('data-entity') ?? ''))).sort();
  } finally {
    await popup.close().catch(() => {});
  }
}

/** Polls until the badge reads `expected` (the content script reports in batches), and returns what it read. */
async function settledBadge(control: Page, page: Page, expected: string): Promise<string> {
  let badge = '';
  for (let attempt = 0; attempt < 40 && badge !== expected; attempt++) {
    badge = await badgeOf(control, page);
    if (badge !== expected) await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return badge;
}

/** Every highlighted text is in the page's visible text now: nothing painted for text that is gone. */
async function paintedTextsOnPage(page: Page): Promise<boolean> {
  return (await page.evaluate(`(() => {
    const helpers = ${ourHighlights};
    return helpers.mentions().every((range) => range.startContainer.isConnected && range.endContainer.isConnected && document.body.textContent.includes(helpers.live(range).toString()));
  })()`)) as boolean;
}

/** Appends `count` paragraphs "Report i on fentanyl." with ids `${idPrefix}i` to the spa fixture's app. */
async function appendReports(page: Page, idPrefix: string, count: number): Promise<void> {
  await page.evaluate(
    (prefix: string, total: number) => {
      const app = document.getElementById('app')!;
      for (let index = 0; index < total; index++) {
        const paragraph = document.createElement('p');
        paragraph.id = `${prefix}${index}`;
        paragraph.textContent = `Report ${index} on fentanyl.`;
        app.append(paragraph);
      }
    },
    idPrefix,
    count,
  );
}

/** Whether one of our registered highlights starts in the element with this id. */
const paintedIn = (page: Page, id: string) => page.evaluate(`${ourHighlights}.mentions().some((range) => range.startContainer.parentElement.id === ${JSON.stringify(id)})`) as Promise<boolean>;

const waitUntil = async (what: string, check: () => Promise<boolean>, timeout = 10_000) => {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe.each(BROWSERS)('living pages in %s', (kind) => {
  let harness: Harness;
  let control: Page;
  beforeAll(async () => {
    harness = await startHarness(kind);
    control = await harness.openOptions();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('follows a single-page app through three view swaps: popup, badge and highlights equal the view at every step, and a card on removed text closes', async () => {
    const page = await harness.openPage(harness.fixtureUrl('spa.html'));
    const views = [
      ['fentanyl', 'rex-tillerson'],
      ['dea', 'merida-initiative', 'sinaloa-cartel'],
      ['john-kelly'],
      [],
    ];
    await waitForHighlights(page, 2);
    // A card open on a mention of the first view.
    const point = await mentionPoint(page, 'Rex Tillerson');
    await page.mouse.click(point.x, point.y);
    await waitUntil('the card', async () => (await cardFrameBox(page)) !== null);
    for (const [index, expected] of views.entries()) {
      if (index > 0) await page.evaluate((view: number) => (window as unknown as { showView(view: number): void }).showView(view), index);
      await waitUntil(`view ${index} painted`, async () => (await paintedTextsOnPage(page)) && (expected.length === 0 ? (await highlightCount(page)) === 0 : (await highlightCount(page)) >= expected.length));
      if (index === 1) expect(await cardFrameBox(page)).toBeNull();
      expect(await paintedTextsOnPage(page)).toBe(true);
      expect(await popupEntities(harness, page)).toEqual(expected);
      expect(await settledBadge(control, page, expected.length ? String(expected.length) : '')).toBe(expected.length ? String(expected.length) : '');
    }
    await page.close();
  });

  it('follows a virtualized list that recycles its rows while scrolling: held mentions equal the rows on screen', async () => {
    const page = await harness.openPage(harness.fixtureUrl('virtual-list.html'));
    await waitForHighlights(page, 3);
    for (const scrollTop of [0, 930, 2400, 6030, 9000]) {
      await page.evaluate((top: number) => {
        const viewport = document.getElementById('viewport')!;
        viewport.scrollTop = top;
        viewport.dispatchEvent(new Event('scroll'));
      }, scrollTop);
      const visible = (await page.evaluate(() => (window as unknown as { visibleItems: string[] }).visibleItems.join('\n'))) as string;
      // What is on screen, by the list's own account: one mention per "a note on …" row.
      const expectedMentions = visible.split('\n').filter((row) => row.includes('a note on')).length;
      await waitUntil(`rows from ${scrollTop} painted`, async () => (await highlightCount(page)) === expectedMentions && (await paintedTextsOnPage(page)));
      const texts = await highlightedTexts(page);
      for (const text of texts) expect(visible).toContain(text);
      const entities = await popupEntities(harness, page);
      expect(entities.length).toBeGreaterThan(0);
      expect(await settledBadge(control, page, String(entities.length))).toBe(String(entities.length));
    }
    await page.close();
  });

  it.each(['replaceBody', 'replaceHtml', 'rewrite'])('annotates the new content after the page calls %s, and keeps nothing of the old', async (how) => {
    const page = await harness.openPage(harness.fixtureUrl('replaced-roots.html'));
    await waitForHighlights(page, 2);
    await page.evaluate((name: string) => (window as unknown as Record<string, () => void>)[name]!(), how);
    const expected = { replaceBody: 'John Kelly', replaceHtml: 'Sinaloa Cartel', rewrite: 'Antony Blinken' }[how]!;
    await waitForHighlightText(page, expected);
    await waitUntil('only the new content painted', () => paintedTextsOnPage(page));
    expect(await highlightedTexts(page)).not.toContain('Rex Tillerson');
    // The host is back, once, for the cards.
    await page.waitForFunction((selector: string) => document.querySelectorAll(selector).length === 1, { timeout: 10_000 }, HOST_SELECTOR);
    await page.close();
  });

  it('paints with StaticRanges, which the browser does not update on the page’s DOM changes (A4.1–A4.7, failure 3)', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(page, 3);
    const kinds = (await page.evaluate(`${ourHighlights}.mentions().map((range) => range instanceof StaticRange ? 'static' : range instanceof Range ? 'live' : 'other')`)) as string[];
    expect(kinds.length).toBeGreaterThan(3);
    expect(new Set(kinds)).toEqual(new Set(['static']));
    await page.close();
  });

  it('names its highlights at random on each page, with nothing of Counterpoint in them', async () => {
    const names = async () => {
      const page = await harness.openPage(harness.demoUrl('article-1'));
      await waitForHighlights(page, 3);
      const found = (await page.evaluate(() => [...(CSS.highlights as unknown as Map<string, unknown>).keys()])) as string[];
      await page.close();
      return found;
    };
    const first = await names();
    const second = await names();
    expect(first.length).toBeGreaterThan(1);
    for (const name of [...first, ...second]) expect(name).not.toMatch(/counterpoint/i);
    expect(first.filter((name) => second.includes(name))).toEqual([]);
  });

  it('has its ::highlight() rules adopted before the page is parsed, and paints under those names with no second sheet and no second pass', async () => {
    const page = await harness.openPage(harness.fixtureUrl('early-style.html'));
    await waitForHighlights(page, 3);
    // Past the reconcile after the first paint: with no teacher pack it must not start the page over
    // (it once did on every page: a second pass, and a second sheet the whole page was restyled for).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const state = (await page.evaluate(() => ({
      early: (window as unknown as { __early: string[] }).__early,
      now: (window as unknown as { __adoptedWhileParsing: () => string[] }).__adoptedWhileParsing(),
      names: [...(CSS.highlights as unknown as Map<string, unknown>).keys()],
    }))) as { early: string[]; now: string[]; names: string[] };
    expect(state.early).toHaveLength(1);
    expect(state.early[0]).toContain('::highlight(');
    expect(state.now).toEqual(state.early);
    for (const name of state.names) expect(state.early[0]).toContain(`::highlight(${name})`);
    await page.close();
  });

  it('puts its highlights back after the page clears CSS.highlights or drops its stylesheet (A1.10)', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    const before = (await waitForHighlights(page, 3)).length;
    await page.evaluate(() => {
      CSS.highlights.clear();
      document.adoptedStyleSheets = [];
    });
    expect(await highlightCount(page)).toBe(0);
    await waitForHighlights(page, before);
    await waitUntil('our style back', async () => (await highlightStyle(page)).textDecorationLine.includes('underline'));
    await page.close();
  });

  it('fills its highlights again after the page empties them through CSS.highlights', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    const before = (await waitForHighlights(page, 3)).length;
    await page.evaluate(() => {
      for (const highlight of (CSS.highlights as unknown as Map<string, Highlight>).values()) highlight.clear();
    });
    expect(await highlightCount(page)).toBe(0);
    await waitForHighlights(page, before);
    await page.close();
  });

  it('re-asserts its highlights under new names when a page rule hides them (A2.1)', async () => {
    const page = await harness.openPage(harness.demoUrl('article-1'));
    await waitForHighlights(page, 3);
    const hide = () =>
      page.evaluate(() => {
        const style = document.createElement('style');
        const names = [...(CSS.highlights as unknown as Map<string, unknown>).keys()];
        style.textContent = names.map((name) => `::highlight(${name}) { text-decoration: none !important; background: transparent !important; }`).join('\n');
        document.head.append(style);
        return names;
      });
    const hiddenNames = await hide();
    expect((await highlightStyle(page)).textDecorationLine).not.toContain('underline');
    await waitUntil('our style shown again', async () => (await highlightStyle(page)).textDecorationLine.includes('underline'));
    const now = (await page.evaluate(() => [...(CSS.highlights as unknown as Map<string, unknown>).keys()])) as string[];
    expect(now.filter((name) => hiddenNames.includes(name))).toEqual([]);
    await page.close();
  });

  it('paints only the mentions near the viewport on a page with thousands, holds them all, and follows scrolling', async () => {
    const page = await harness.openPage(harness.fixtureUrl('spa.html'));
    await waitForHighlights(page, 2);
    await appendReports(page, 'p', 3000);
    const paintedNear = (id: string) => paintedIn(page, id);
    await waitUntil('the top painted', () => paintedNear('p0'));
    const painted = await highlightCount(page);
    expect(painted).toBeLessThan(1000);
    expect(await paintedNear('p2999')).toBe(false);
    await page.evaluate(() => document.getElementById('p2999')!.scrollIntoView());
    await waitUntil('the bottom painted', () => paintedNear('p2999'));
    expect(await paintedNear('p0')).toBe(false);
    // Held and counted all the same: both entities are still listed.
    expect(await popupEntities(harness, page)).toEqual(['fentanyl', 'rex-tillerson']);
    await page.close();
  });

  it('paints only near the viewport once a page changes more than 30 times a second, however few its mentions, and still holds them all', async () => {
    const page = await harness.openPage(harness.fixtureUrl('spa.html'));
    await waitForHighlights(page, 2);
    await appendReports(page, 'q', 300);
    const paintedNear = (id: string) => paintedIn(page, id);
    // Under the 400 that windowing starts at, a page that changes now and then is painted whole.
    await waitUntil('all painted', () => paintedNear('q299'));
    await page.evaluate(() => {
      const clock = document.createElement('p');
      document.getElementById('app')!.prepend(clock);
      setInterval(() => (clock.textContent = `Updated ${performance.now().toFixed(1)}`), 10);
    });
    await waitUntil('only the first screens painted', async () => !(await paintedNear('q299')));
    expect(await paintedNear('q0')).toBe(true);
    expect(await highlightCount(page)).toBeLessThan(150);
    await page.evaluate(() => document.getElementById('q299')!.scrollIntoView());
    await waitUntil('the bottom painted', () => paintedNear('q299'));
    expect(await paintedNear('q0')).toBe(false);
    expect(await popupEntities(harness, page)).toEqual(['fentanyl', 'rex-tillerson']);
    await page.close();
  });

  it('reported no errors from the extension', () => {
    // Only our own console lines and page errors: a rewritten document asks the server for a favicon it has not got.
    expect(harness.errors.filter((line) => line.includes('[Counterpoint]') || line.startsWith('pageerror'))).toEqual([]);
  });
});

describe.runIf(BROWSERS.includes('chrome'))('a service worker restart in chrome (E5c)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness('chrome');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('keeps every highlight and the host while the worker is stopped again and again with mentionsFound in flight, and the badge catches up', async () => {
    const page = await harness.openPage(harness.fixtureUrl('spa.html'));
    await waitForHighlights(page, 2);
    const browserSession = await harness.browser.target().createCDPSession();
    const stopWorker = async () => {
      const { targetInfos } = (await browserSession.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
      for (const info of targetInfos) {
        if (info.type === 'service_worker' && info.url.startsWith(harness.extensionOrigin)) await browserSession.send('Target.closeTarget', { targetId: info.targetId }).catch(() => {});
      }
    };
    // The page adds a mention every 60 ms, so a mentionsFound report is always about to go out.
    await page.evaluate(() => {
      let count = 0;
      const timer = setInterval(() => {
        const paragraph = document.createElement('p');
        paragraph.textContent = count % 2 ? 'John Kelly spoke again.' : 'The DEA spoke again.';
        document.getElementById('app')!.append(paragraph);
        if (++count === 150) clearInterval(timer);
      }, 60);
    });
    // As in the audit: the worker closed every 20–110 ms, 80 times, while reports go out.
    let stops = 0;
    for (let round = 0; round < 80; round++) {
      await stopWorker();
      stops++;
      await new Promise((resolve) => setTimeout(resolve, 20 + (round % 4) * 30));
    }
    await page.waitForFunction(() => document.querySelectorAll('#app p').length === 152, { timeout: 30_000 });
    expect(stops).toBe(80);
    expect(await page.$(HOST_SELECTOR)).not.toBeNull();
    await waitForHighlights(page, 152);
    const control = await harness.openOptions();
    // rex-tillerson, fentanyl, john-kelly, dea.
    expect(await settledBadge(control, page, '4')).toBe('4');
    await control.close();
    await page.close();
  });

  it('reported no errors from the extension', () => {
    // Only our own console lines and page errors: a rewritten document asks the server for a favicon it has not got.
    expect(harness.errors.filter((line) => line.includes('[Counterpoint]') || line.startsWith('pageerror'))).toEqual([]);
  });
});
