// Questions asked of a page from outside, the way a test or the demo sees it.
import type { Page } from 'puppeteer';

/** Counterpoint's one element: a plain <div> at the end of <html> (pages put theirs in <body>). */
export const HOST_SELECTOR = ':root > div';
export const HIGHLIGHT_NAMES = ['counterpoint-mention', 'counterpoint-mention-background', 'counterpoint-mention-hidden'];

/** Resolves once the content script has mounted its host element (it adds nothing else to the DOM). */
export async function waitForContentScript(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction((selector: string) => document.querySelector(selector) !== null, { timeout, polling: 100 }, HOST_SELECTOR);
}

/** The highlighted texts, as the page's highlight registry holds them. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate((names: string[]) => {
    const texts: string[] = [];
    for (const name of names) {
      const highlight = CSS.highlights?.get(name);
      if (highlight) for (const range of highlight as unknown as Iterable<Range>) texts.push(range.toString());
    }
    return texts;
  }, HIGHLIGHT_NAMES);
}

/** Waits until at least `minimum` mentions are painted and the count has settled. */
export async function waitForHighlights(page: Page, minimum = 1, timeout = 15_000): Promise<string[]> {
  await page.waitForFunction(
    (names: string[], min: number) => {
      let total = 0;
      for (const name of names) total += CSS.highlights?.get(name)?.size ?? 0;
      return total >= min;
    },
    { timeout, polling: 100 },
    HIGHLIGHT_NAMES,
    minimum,
  );
  return highlightedTexts(page);
}

/** The first line box of the first highlighted mention whose text is `text`, in viewport coordinates. */
export async function mentionRect(page: Page, text: string): Promise<{ left: number; top: number; right: number; bottom: number }> {
  const rect = await page.evaluate(
    (names: string[], wanted: string) => {
      for (const name of names) {
        for (const range of (CSS.highlights?.get(name) ?? []) as unknown as Iterable<Range>) {
          if (range.toString() !== wanted) continue;
          const { left, top, right, bottom } = range.getClientRects()[0]!;
          return { left, top, right, bottom };
        }
      }
      return null;
    },
    HIGHLIGHT_NAMES,
    text,
  );
  if (!rect) throw new Error(`No highlighted mention reads ${JSON.stringify(text)}.`);
  return rect;
}

/** The centre of the first line of the first highlighted mention whose text is `text`. */
export async function mentionPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (names: string[], wanted: string) => {
      for (const name of names) {
        const highlight = CSS.highlights?.get(name);
        if (!highlight) continue;
        for (const range of highlight as unknown as Iterable<Range>) {
          if (range.toString() !== wanted) continue;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = range.getClientRects()[0];
          if (rect) return { x: rect.left + Math.min(rect.width / 2, 12), y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    HIGHLIGHT_NAMES,
    text,
  );
  if (!point) throw new Error(`No highlighted mention reads ${JSON.stringify(text)}.`);
  return point;
}
