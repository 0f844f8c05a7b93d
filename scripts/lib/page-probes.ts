// Questions asked of a page from outside, the way a test or the demo sees it.
import type { Page } from 'puppeteer';

/** Counterpoint's one element: a plain <div> at the end of <html> (pages put theirs in <body>). */
export const HOST_SELECTOR = ':root > div';
/**
 * Counterpoint's highlight names are random per page, so a probe finds them as a page could: by
 * walking `CSS.highlights`. Mentions are the priority-0 highlights, the focused mention the priority-1
 * one. Mentions are StaticRanges (no geometry), so probes make a live Range to read one.
 * `ourHighlights` is the source of a function, evaluated in the page (as a string, so no global is
 * left behind), that returns these helpers.
 */
export const ourHighlights = `(() => {
  const live = (range) => {
    if (range instanceof Range) return range;
    const made = document.createRange();
    made.setStart(range.startContainer, range.startOffset);
    made.setEnd(range.endContainer, range.endOffset);
    return made;
  };
  const withPriority = (priority) => {
    const ranges = [];
    if (!globalThis.CSS || !CSS.highlights) return ranges;
    for (const [, highlight] of CSS.highlights) if (highlight.priority === priority) for (const range of highlight) ranges.push(range);
    return ranges;
  };
  return { live, mentions: () => withPriority(0), focus: () => withPriority(1), texts: () => withPriority(0).map((range) => live(range).toString()) };
})()`;

/** Resolves once the content script has mounted its host element (it adds nothing else to the DOM). */
export async function waitForContentScript(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction((selector: string) => document.querySelector(selector) !== null, { timeout, polling: 100 }, HOST_SELECTOR);
}

/** The highlighted texts, as the page's highlight registry holds them. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return (await page.evaluate(`${ourHighlights}.texts()`)) as string[];
}

/** The number of mentions painted. */
export async function highlightCount(page: Page): Promise<number> {
  return (await page.evaluate(`${ourHighlights}.mentions().length`)) as number;
}

/** Waits until at least `minimum` mentions are painted. */
export async function waitForHighlights(page: Page, minimum = 1, timeout = 15_000): Promise<string[]> {
  await page.waitForFunction(`${ourHighlights}.mentions().length >= ${Number(minimum)}`, { timeout, polling: 100 });
  return highlightedTexts(page);
}

/** Waits until some highlighted mention reads `text` (or, with `present` false, none does). */
export async function waitForHighlightText(page: Page, text: string, present = true, timeout = 10_000): Promise<void> {
  await page.waitForFunction(`${ourHighlights}.texts().includes(${JSON.stringify(text)}) === ${present}`, { timeout, polling: 100 });
}

/** The focused mention's text and its top in the document, or null. */
export async function focusedMention(page: Page): Promise<string | null> {
  return (await page.evaluate(`(() => {
    const helpers = ${ourHighlights};
    const [range] = helpers.focus();
    if (!range) return null;
    const live = helpers.live(range);
    return live.toString() + ' at ' + Math.round(live.getBoundingClientRect().top + scrollY);
  })()`)) as string | null;
}

/** The first line box of the first highlighted mention whose text is `text`, in viewport coordinates. */
export async function mentionRect(page: Page, text: string): Promise<{ left: number; top: number; right: number; bottom: number }> {
  const rect = (await page.evaluate(`(() => {
    const helpers = ${ourHighlights};
    for (const range of helpers.mentions()) {
      const live = helpers.live(range);
      if (live.toString() !== ${JSON.stringify(text)}) continue;
      const { left, top, right, bottom } = live.getClientRects()[0];
      return { left, top, right, bottom };
    }
    return null;
  })()`)) as { left: number; top: number; right: number; bottom: number } | null;
  if (!rect) throw new Error(`No highlighted mention reads ${JSON.stringify(text)}.`);
  return rect;
}

/** The centre of the first line of the first highlighted mention whose text is `text`. */
export async function mentionPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = (await page.evaluate(`(() => {
    const helpers = ${ourHighlights};
    for (const range of helpers.mentions()) {
      const live = helpers.live(range);
      if (live.toString() !== ${JSON.stringify(text)}) continue;
      live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = live.getClientRects()[0];
      if (rect) return { x: rect.left + Math.min(rect.width / 2, 12), y: rect.top + rect.height / 2 };
    }
    return null;
  })()`)) as { x: number; y: number } | null;
  if (!point) throw new Error(`No highlighted mention reads ${JSON.stringify(text)}.`);
  return point;
}

/** The computed ::highlight() style of the first painted mention, as the page would read it. */
export async function highlightStyle(page: Page): Promise<{ textDecorationLine: string; backgroundColor: string }> {
  return (await page.evaluate(`(() => {
    for (const [name, highlight] of CSS.highlights) {
      if (highlight.priority !== 0) continue;
      for (const range of highlight) {
        const style = getComputedStyle(range.startContainer.parentElement, '::highlight(' + name + ')');
        return { textDecorationLine: style.textDecorationLine, backgroundColor: style.backgroundColor };
      }
    }
    return { textDecorationLine: 'none', backgroundColor: 'rgba(0, 0, 0, 0)' };
  })()`)) as { textDecorationLine: string; backgroundColor: string };
}
