// Paints mentions with the CSS Custom Highlight API: the page's DOM is never touched, so
// framework-rendered pages keep working. What a page can learn from it is kept small:
// - the names are random per page (no stable name to probe with getComputedStyle or CSS.highlights);
// - the ::highlight() rules come from a stylesheet made for those names, adopted on the document at
//   document_start (highlight-sheet.ts) or here where that script did not run (the page can list
//   adopted sheets and read the names there, but they are the same names it can already read from
//   CSS.highlights, and they change on every load);
// - one Highlight per category, so switching a category off takes its highlight out of the
//   registry (no rescan), and the style is a rule, so the names say nothing about settings.
// A page that clears the registry or drops our sheet is re-asserted; one whose rules hide our
// names is re-asserted under new names, a few times, and then reported (check()).
import type { Category } from '../core/settings';
import { CATEGORIES } from '../core/settings';
import { highlightRules, randomNames, takeEarlySheet, type HighlightNames, type HighlightStyle } from './highlight-sheet';

export type { HighlightStyle } from './highlight-sheet';

/** Renames before we stop answering a page that keeps hiding our highlights. */
const MAX_RENAMES = 3;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** What a check found: all in place, put back, moved to new names, or hidden by the page for good. */
export type HighlightCheck = 'ok' | 'restored' | 'renamed' | 'hidden';

export interface HighlightPainter {
  add(range: AbstractRange, category: Category): void;
  delete(range: AbstractRange, category: Category): void;
  /** Paints exactly these, dropping any others. */
  paintOnly(items: Iterable<{ range: AbstractRange; category: Category }>): void;
  /** The mention under the pointer or keyboard focus, drawn more strongly. */
  setFocus(range: AbstractRange | null): void;
  setStyle(style: HighlightStyle): void;
  /** Which categories are shown: the others' highlights leave the registry, their ranges kept. */
  showCategories(shown: Readonly<Record<Category, boolean>>): void;
  /** Re-asserts what the page may have undone; `probe` is an element holding a painted mention of `category`. */
  check(probe: { element: Element; category: Category } | null): HighlightCheck;
  clear(): void;
}

export function createHighlightPainter(document: Document, style: HighlightStyle, shown: Readonly<Record<Category, boolean>>): HighlightPainter {
  const window: Window & typeof globalThis = (document.defaultView as (Window & typeof globalThis) | null) ?? globalThis.window;
  const perCategory = <T>(make: (category: Category) => T) => Object.fromEntries(CATEGORIES.map((category) => [category, make(category)])) as Record<Category, T>;
  const mentions = perCategory(() => new Highlight());
  /** What each Highlight holds, kept on our side: Firefox's content scripts cannot iterate a Highlight (Xray). */
  const held = perCategory(() => new Set<AbstractRange>());
  const focus = new Highlight();
  focus.priority = 1;
  let currentStyle = style;
  let currentShown = { ...shown };
  let renames = 0;
  let hiddenReported = false;
  // The sheet adopted at document_start, when it has our style: no restyle of the whole page now.
  const early = takeEarlySheet(document);
  const sheet = early?.sheet ?? new window.CSSStyleSheet();
  let names: HighlightNames = early?.names ?? randomNames();

  const adopt = () => {
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };
  const register = () => {
    for (const category of CATEGORIES) {
      const highlight = mentions[category];
      const name = names.categories[category];
      if (currentShown[category]) {
        if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
      } else if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    if (CSS.highlights.get(names.focus) !== focus) CSS.highlights.set(names.focus, focus);
  };
  const unregister = () => {
    for (const category of CATEGORIES) if (CSS.highlights.get(names.categories[category]) === mentions[category]) CSS.highlights.delete(names.categories[category]);
    if (CSS.highlights.get(names.focus) === focus) CSS.highlights.delete(names.focus);
  };
  const rename = () => {
    unregister();
    names = randomNames();
    sheet.replaceSync(highlightRules(names, currentStyle));
    register();
  };
  // The early sheet was written for the bundled default style; a reader's own style is written now.
  if (early?.style !== style) sheet.replaceSync(highlightRules(names, currentStyle));
  register();
  adopt();

  /** Whether our rule shows on the probe, as the page's cascade computes it. */
  const visibleOn = (element: Element, category: Category): boolean => {
    const computed = window.getComputedStyle(element, `::highlight(${names.categories[category]})`);
    if (currentStyle === 'underline') return computed.textDecorationLine.includes('underline');
    if (currentStyle === 'background') return computed.backgroundColor === 'rgba(255, 196, 0, 0.28)';
    return true;
  };

  return {
    add(range, category) {
      mentions[category].add(range);
      held[category].add(range);
    },
    delete(range, category) {
      mentions[category].delete(range);
      held[category].delete(range);
    },
    paintOnly(items) {
      // Only what differs changes: each change to a Highlight makes the browser rebuild and repaint
      // its markers, and a window repainted after an edit far off screen holds the same ranges.
      const wanted = perCategory(() => new Set<AbstractRange>());
      for (const { range, category } of items) wanted[category].add(range);
      for (const category of CATEGORIES) {
        const highlight = mentions[category];
        const keep = wanted[category];
        const holding = held[category];
        for (const range of holding) {
          if (keep.has(range)) continue;
          highlight.delete(range);
          holding.delete(range);
        }
        for (const range of keep) {
          if (holding.has(range)) continue;
          highlight.add(range);
          holding.add(range);
        }
      }
    },
    setFocus(range) {
      focus.clear();
      if (range) focus.add(range);
    },
    setStyle(next) {
      if (next === currentStyle) return;
      currentStyle = next;
      sheet.replaceSync(highlightRules(names, currentStyle));
    },
    showCategories(next) {
      currentShown = { ...next };
      register();
    },
    check(probe) {
      let result: HighlightCheck = 'ok';
      const registered = CATEGORIES.every((category) => !currentShown[category] || CSS.highlights.get(names.categories[category]) === mentions[category])
        && CSS.highlights.get(names.focus) === focus;
      // A page can reach our Highlight objects through CSS.highlights and empty them.
      for (const category of CATEGORIES) {
        const highlight = mentions[category];
        if (highlight.size === held[category].size) continue;
        highlight.clear();
        for (const range of held[category]) highlight.add(range);
        result = 'restored';
      }
      if (!registered || !document.adoptedStyleSheets.includes(sheet)) {
        register();
        adopt();
        result = 'restored';
      }
      if (!probe || !currentShown[probe.category] || hiddenReported || visibleOn(probe.element, probe.category)) return result;
      if (renames < MAX_RENAMES) {
        renames++;
        rename();
        return 'renamed';
      }
      hiddenReported = true;
      return 'hidden';
    },
    clear() {
      for (const category of CATEGORIES) {
        mentions[category].clear();
        held[category].clear();
      }
      focus.clear();
      unregister();
      if (document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
  };
}
