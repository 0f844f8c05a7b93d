// Paints mentions with the CSS Custom Highlight API: the page's DOM is never touched,
// so framework-rendered pages keep working. The ::highlight() styles ship in highlights.css.

export type HighlightStyle = 'underline' | 'background' | 'hover-only';

const MENTION_HIGHLIGHT: Record<HighlightStyle, string> = {
  underline: 'counterpoint-mention',
  background: 'counterpoint-mention-background',
  'hover-only': 'counterpoint-mention-hidden',
};
const FOCUS_HIGHLIGHT = 'counterpoint-focus';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export interface HighlightPainter {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): void;
  /** Paints exactly these ranges, dropping any others. */
  paintOnly(ranges: Iterable<AbstractRange>): void;
  /** The mention under the pointer or keyboard focus, drawn more strongly. */
  setFocus(range: AbstractRange | null): void;
  setStyle(style: HighlightStyle): void;
  clear(): void;
}

export function createHighlightPainter(style: HighlightStyle): HighlightPainter {
  const mentions = new Highlight();
  const focus = new Highlight();
  focus.priority = 1;
  let currentName = MENTION_HIGHLIGHT[style];
  CSS.highlights.set(currentName, mentions);
  CSS.highlights.set(FOCUS_HIGHLIGHT, focus);
  return {
    add: (range) => void mentions.add(range),
    delete: (range) => void mentions.delete(range),
    paintOnly(ranges) {
      mentions.clear();
      for (const range of ranges) mentions.add(range);
    },
    setFocus(range) {
      focus.clear();
      if (range) focus.add(range);
    },
    setStyle(next) {
      const name = MENTION_HIGHLIGHT[next];
      if (name === currentName) return;
      if (CSS.highlights.get(currentName) === mentions) CSS.highlights.delete(currentName);
      currentName = name;
      CSS.highlights.set(currentName, mentions);
    },
    clear() {
      mentions.clear();
      focus.clear();
      if (CSS.highlights.get(currentName) === mentions) CSS.highlights.delete(currentName);
      if (CSS.highlights.get(FOCUS_HIGHLIGHT) === focus) CSS.highlights.delete(FOCUS_HIGHLIGHT);
    },
  };
}
