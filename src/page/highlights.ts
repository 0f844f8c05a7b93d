// Paints mentions with the CSS Custom Highlight API: the page's DOM is never touched, so
// framework-rendered pages keep working. What a page can learn from it is kept small:
// - the names are random per page (no stable name to probe with getComputedStyle or CSS.highlights);
// - the ::highlight() rules come from a stylesheet made here for those names, adopted on the
//   document (the page can list adopted sheets and read the names there, but they are the same
//   names it can already read from CSS.highlights, and they change on every load);
// - one Highlight per category, so switching a category off takes its highlight out of the
//   registry (no rescan), and the style is a rule, so the names say nothing about settings.
// A page that clears the registry or drops our sheet is re-asserted; one whose rules hide our
// names is re-asserted under new names, a few times, and then reported (check()).
import type { Category } from '../core/settings';
import { CATEGORIES } from '../core/settings';

export type HighlightStyle = 'underline' | 'background' | 'hover-only';

const STYLE_RULES: Record<HighlightStyle, string> = {
  underline: 'text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: #d2691e; text-decoration-thickness: 2px;',
  background: 'background-color: rgba(255, 196, 0, 0.28);',
  'hover-only': '',
};
const FOCUS_RULE =
  'background-color: rgba(255, 160, 40, 0.38); text-decoration-line: underline; text-decoration-style: solid; text-decoration-color: #b3501a; text-decoration-thickness: 2px;';
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

/** A CSS identifier no one can guess: a random letter, then random base-36 digits. */
function randomName(): string {
  const [letter = 0, high = 0, low = 0] = crypto.getRandomValues(new Uint32Array(3));
  return String.fromCharCode(97 + (letter % 26)) + high.toString(36) + low.toString(36);
}

export function createHighlightPainter(document: Document, style: HighlightStyle, shown: Readonly<Record<Category, boolean>>): HighlightPainter {
  const window: Window & typeof globalThis = (document.defaultView as (Window & typeof globalThis) | null) ?? globalThis.window;
  const perCategory = <T>(make: (category: Category) => T) => Object.fromEntries(CATEGORIES.map((category) => [category, make(category)])) as Record<Category, T>;
  const mentions = perCategory(() => new Highlight());
  /** What each Highlight holds, kept on our side: Firefox's content scripts cannot iterate a Highlight (Xray). */
  const held = perCategory(() => new Set<AbstractRange>());
  const focus = new Highlight();
  focus.priority = 1;
  let names = perCategory(() => '');
  let focusName = '';
  let currentStyle = style;
  let currentShown = { ...shown };
  let renames = 0;
  let hiddenReported = false;
  const sheet = new window.CSSStyleSheet();

  const rules = () => {
    const mentionRule = STYLE_RULES[currentStyle];
    const mentionRules = mentionRule ? CATEGORIES.map((category) => `::highlight(${names[category]}) { ${mentionRule} }`) : [];
    return [...mentionRules, `::highlight(${focusName}) { ${FOCUS_RULE} }`].join('\n');
  };
  const adopt = () => {
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };
  const register = () => {
    for (const category of CATEGORIES) {
      const highlight = mentions[category];
      const name = names[category];
      if (currentShown[category]) {
        if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
      } else if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    if (CSS.highlights.get(focusName) !== focus) CSS.highlights.set(focusName, focus);
  };
  const unregister = () => {
    for (const category of CATEGORIES) if (CSS.highlights.get(names[category]) === mentions[category]) CSS.highlights.delete(names[category]);
    if (CSS.highlights.get(focusName) === focus) CSS.highlights.delete(focusName);
  };
  const rename = () => {
    unregister();
    names = perCategory(randomName);
    focusName = randomName();
    sheet.replaceSync(rules());
    register();
  };
  rename();
  adopt();

  /** Whether our rule shows on the probe, as the page's cascade computes it. */
  const visibleOn = (element: Element, category: Category): boolean => {
    const computed = window.getComputedStyle(element, `::highlight(${names[category]})`);
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
      sheet.replaceSync(rules());
    },
    showCategories(next) {
      currentShown = { ...next };
      register();
    },
    check(probe) {
      let result: HighlightCheck = 'ok';
      const registered = CATEGORIES.every((category) => !currentShown[category] || CSS.highlights.get(names[category]) === mentions[category])
        && CSS.highlights.get(focusName) === focus;
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
