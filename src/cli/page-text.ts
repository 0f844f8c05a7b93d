// The text of an article file as the extension reads a page: HTML goes through the very walk the
// content script runs (src/page/collect-text.ts), over a DOM that domino builds as browsers parse;
// Markdown is rendered to HTML first, so only its prose is read (front matter, link targets,
// images, code and bare URLs drop out); plain text becomes one paragraph per blank-line block.
import { createDocument } from '@mixmark-io/domino';
import { Marked } from 'marked';
import { BLOCK_SEPARATOR, collectTextChunks, type TextChunk } from '../page/collect-text';

export interface PageText {
  /** The chunks joined by block separators: what offsets in a scan refer to. */
  text: string;
  /** The chunks as the content script would scan them, with where each starts in `text`. */
  chunks: { chunk: TextChunk; offset: number }[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => ESCAPES[character] ?? character);

/** Front matter at the top of a Markdown file: metadata, not article text. */
const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/;
const LOOKS_LIKE_URL = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S*\s*$/i;

/** A link whose text is its address (an autolink, a bare URL) is an address, not prose: it is left out. */
const markdown = new Marked({
  gfm: true,
  renderer: {
    link({ href, tokens }) {
      const text = this.parser.parseInline(tokens);
      return LOOKS_LIKE_URL.test(text.replace(/<[^>]*>/g, '')) || text === href ? '' : `<a href="${escapeHtml(href)}">${text}</a>`;
    },
  },
});

/** A Markdown file as the HTML page it stands for: its prose only; the front matter's title goes to <title>. */
export function markdownToHtml(name: string, source: string): string {
  const frontMatter = FRONT_MATTER.exec(source)?.[0] ?? '';
  const title = /^title:\s*"?(.+?)"?\s*$/m.exec(frontMatter)?.[1] ?? name;
  const body = markdown.parse(source.slice(frontMatter.length), { async: false });
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><article>${body}</article></main></body></html>`;
}

/** Plain text as a page: each block between blank lines one paragraph. */
export function plainTextToHtml(name: string, source: string): string {
  const paragraphs = source
    .split(/\r?\n\s*\r?\n/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(name)}</title></head><body><main><article>${paragraphs}</article></main></body></html>`;
}

export const isHtml = (file: string, raw: string) => /\.x?html?$/i.test(file) || (file === '-' && /^\s*<(!doctype|html|head|body|div|p|article)/i.test(raw));

/** The page an article file stands for, as HTML. */
export function htmlOf(file: string, raw: string): string {
  if (isHtml(file, raw)) return raw;
  return /\.(md|markdown)$/i.test(file) ? markdownToHtml(file, raw) : plainTextToHtml(file, raw);
}

/** The text the content script would read from the page an article file stands for. */
export function pageTextOf(file: string, raw: string): PageText {
  const document = createDocument(htmlOf(file, raw));
  const chunks: PageText['chunks'] = [];
  let offset = 0;
  for (const chunk of collectTextChunks(document.body ?? document.documentElement)) {
    if (chunks.length) offset += BLOCK_SEPARATOR.length;
    chunks.push({ chunk, offset });
    offset += chunk.text.length;
  }
  return { text: chunks.map(({ chunk }) => chunk.text).join(BLOCK_SEPARATOR), chunks };
}
