// Finds a quote in its source document the way our quote rule allows it to differ:
// typographic quotes and whitespace may vary, "…" joins segments that appear in order,
// and [square-bracketed] editorial insertions such as [sic] are not in the source.

export interface Span {
  start: number;
  end: number;
}

const QUOTE_FOLDS: Record<string, string> = { '‘': "'", '’': "'", 'ʼ': "'", '`': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"' };

/** Folds typographic quotes and runs of whitespace, remembering where each folded character came from. */
export function foldForQuotes(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let lastWasSpace = false;
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index);
    if (/\s/.test(character)) {
      if (!lastWasSpace) {
        folded += ' ';
        origin.push(index);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    folded += QUOTE_FOLDS[character] ?? character;
    origin.push(index);
  }
  origin.push(text.length);
  return { folded, origin };
}

/** The pieces of a quote that must appear verbatim, in order. */
export function quoteSegments(quote: string): string[] {
  return quote
    .split(/…|\.\.\.|\[[^\]]*\]/)
    .map((segment) => foldForQuotes(segment).folded.trim())
    .filter((segment) => segment.length > 0);
}

/** Where each segment of the quote stands in the document, or null when it is not there as written. */
export function locateQuote(documentText: string, quote: string): Span[] | null {
  const segments = quoteSegments(quote);
  if (!segments.length) return null;
  const { folded, origin } = foldForQuotes(documentText);
  const spans: Span[] = [];
  let from = 0;
  for (const segment of segments) {
    const at = folded.indexOf(segment, from);
    if (at < 0) return null;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- origin has an entry for every folded character, and the segment lies inside the folded text
    spans.push({ start: origin[at]!, end: origin[at + segment.length - 1]! + 1 });
    from = at + segment.length;
  }
  return spans;
}
