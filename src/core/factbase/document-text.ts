// A corpus document read for the build's faithfulness rules: where its paragraphs are, which of its
// words stand inside quotation marks, where a phrase or a name occurs. Offsets index the original text.
import { foldForQuotes, type Span } from '../locate-quote';

export interface DocumentText {
  text: string;
  /** Same length as `text`: lower case, no accents, plain quotes, a hyphen between letters read as a space. */
  folded: string;
  /** The stretches inside quotation marks, marks excluded, in order. */
  quoted: Span[];
  /** Stretches between blank lines. */
  paragraphs: Span[];
}

const OPENING: Record<string, string> = { '“': '”', '«': '»', '"': '"' };

/** Pairs quotation marks within each paragraph; a stray mark opens nothing that runs past a blank line. */
function quotedStretches(text: string, paragraphs: Span[]): Span[] {
  const stretches: Span[] = [];
  for (const paragraph of paragraphs) {
    let open = -1;
    let closing = '';
    for (let index = paragraph.start; index < paragraph.end; index++) {
      const character = text.charAt(index);
      if (open >= 0 && character === closing) {
        stretches.push({ start: open, end: index });
        open = -1;
      } else if (character in OPENING && (open < 0 || character !== '"')) {
        open = index + 1;
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- `character in OPENING` was checked just above
        closing = OPENING[character]!;
      }
    }
  }
  return stretches;
}

function paragraphsOf(text: string): Span[] {
  const paragraphs: Span[] = [];
  const breaks = /\n[ \t]*\n/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    paragraphs.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  paragraphs.push({ start, end: text.length });
  return paragraphs;
}

const QUOTE_FOLDS: Record<string, string> = { '‘': "'", '’': "'", 'ʼ': "'", '“': '"', '”': '"', '«': '"', '»': '"' };

/** One character for one: the folded text keeps the original's offsets. */
export function foldSameLength(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index);
    const previous = text[index - 1] ?? ' ';
    const next = text[index + 1] ?? ' ';
    if (/\s/.test(character)) folded += ' ';
    else if ((character === '-' || character === '‐') && /\p{L}/u.test(previous) && /\p{L}/u.test(next)) folded += ' ';
    else if (QUOTE_FOLDS[character]) folded += QUOTE_FOLDS[character];
    else {
      const base = character.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      folded += base.length === 1 ? base : character;
    }
  }
  return folded;
}

/** A phrase folded the way `foldSameLength` folds a document, with runs of spaces as one. */
export const foldPhrase = (phrase: string): string => foldSameLength(phrase.trim()).replace(/ {2,}/g, ' ');

const cache = new Map<string, DocumentText>();

export function readDocument(text: string): DocumentText {
  let doc = cache.get(text);
  if (!doc) {
    const paragraphs = paragraphsOf(text);
    doc = { text, folded: foldSameLength(text), quoted: quotedStretches(text, paragraphs), paragraphs };
    cache.set(text, doc);
  }
  return doc;
}

export const paragraphAt = (doc: DocumentText, offset: number): Span =>
  doc.paragraphs.find((paragraph) => offset >= paragraph.start && offset <= paragraph.end) ?? { start: 0, end: doc.text.length };

/** The quoted stretch holding all of `span`, if there is one. */
export const quotedStretchAround = (doc: DocumentText, span: Span): Span | null =>
  doc.quoted.find((stretch) => stretch.start <= span.start && span.end <= stretch.end) ?? null;

/** Whether any part of `span` lies inside quotation marks. */
export const touchesQuotes = (doc: DocumentText, span: Span): boolean => doc.quoted.some((stretch) => stretch.start < span.end && span.start < stretch.end);

/** Every place `words` occur as written (typographic quotes and spacing may differ), as spans of the original. */
export function occurrences(doc: DocumentText, words: string): Span[] {
  const needle = foldForQuotes(words).folded.trim();
  if (!needle) return [];
  const { folded, origin } = foldForQuotes(doc.text);
  const spans: Span[] = [];
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- origin has an entry for every folded character, and the needle lies inside the folded text
    spans.push({ start: origin[at]!, end: origin[at + needle.length - 1]! + 1 });
  }
  return spans;
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);

/** Where a name occurs as whole words, ignoring case, accents and hyphens between names ("López-Obrador"). */
export function nameOccurrences(folded: string, name: string, from = 0, to = folded.length): Span[] {
  const needle = foldPhrase(name);
  const spans: Span[] = [];
  if (needle.length < 2) return spans;
  for (let at = folded.indexOf(needle, from); at >= 0 && at + needle.length <= to; at = folded.indexOf(needle, at + 1)) {
    if (!isWordCharacter(folded[at - 1]) && !isWordCharacter(folded[at + needle.length])) spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}

/** Characters between two spans; 0 when they overlap. */
export const distanceBetween = (a: Span, b: Span): number => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);

/** The sentence-ish excerpt around a span, for error messages that show what the document says. */
export function excerptAround(doc: DocumentText, span: Span, room = 90): string {
  const paragraph = paragraphAt(doc, span.start);
  const start = Math.max(paragraph.start, span.start - room);
  const end = Math.min(paragraph.end, span.end + room);
  const text = doc.text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > paragraph.start ? '…' : ''}${text}${end < paragraph.end ? '…' : ''}`;
}
