// The ::highlight() rules for our random names, and the sheet that carries them. Adopting a sheet
// of such rules after the page has been laid out makes the browser restyle every element (a rule
// on `::highlight()` can apply to any of them): 880 ms on a 200,000-paragraph page in Chromium 156.
// So a one-line script at document_start (src/extension/highlight-style.ts) adopts the sheet
// before the page has any elements to restyle, and the content script takes it over at idle.
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

export interface HighlightNames {
  categories: Record<Category, string>;
  focus: string;
}

/** A CSS identifier no one can guess: a random letter, then random base-36 digits. */
function randomName(): string {
  const [letter = 0, high = 0, low = 0] = crypto.getRandomValues(new Uint32Array(3));
  return String.fromCharCode(97 + (letter % 26)) + high.toString(36) + low.toString(36);
}

export function randomNames(): HighlightNames {
  return { categories: Object.fromEntries(CATEGORIES.map((category) => [category, randomName()])) as Record<Category, string>, focus: randomName() };
}

export function highlightRules(names: HighlightNames, style: HighlightStyle): string {
  const mentionRule = STYLE_RULES[style];
  const mentionRules = mentionRule ? CATEGORIES.map((category) => `::highlight(${names.categories[category]}) { ${mentionRule} }`) : [];
  return [...mentionRules, `::highlight(${names.focus}) { ${FOCUS_RULE} }`].join('\n');
}

export interface EarlySheet {
  sheet: CSSStyleSheet;
  names: HighlightNames;
  style: HighlightStyle;
}

// Our content scripts share one world, which the page cannot see: the sheet is handed over there.
const EARLY_SHEET = Symbol.for('counterpoint.early-highlight-sheet');
type WithEarlySheet = { [EARLY_SHEET]?: EarlySheet };

/** document_start: adopts the rules for fresh names and `style`, and leaves them for the content script. */
export function adoptEarlySheet(document: Document, style: HighlightStyle): void {
  const window = (document.defaultView as (Window & typeof globalThis) | null) ?? globalThis.window;
  const names = randomNames();
  const sheet = new window.CSSStyleSheet();
  sheet.replaceSync(highlightRules(names, style));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  (globalThis as WithEarlySheet)[EARLY_SHEET] = { sheet, names, style };
}

/** The early sheet, once, if it is still adopted on this document; null means make one now. */
export function takeEarlySheet(document: Document): EarlySheet | null {
  const holder = globalThis as WithEarlySheet;
  const early = holder[EARLY_SHEET];
  delete holder[EARLY_SHEET];
  return early && document.adoptedStyleSheets.includes(early.sheet) ? early : null;
}
