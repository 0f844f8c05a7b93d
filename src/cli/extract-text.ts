// Visible text from an HTML file, as a reader would see it: script, style, noscript, template and
// hidden elements are skipped, and block elements end lines so names in different blocks stay apart.
import { Parser } from 'htmlparser2';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'textarea', 'select']);
const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'td', 'th', 'table', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'blockquote', 'figcaption', 'figure', 'dd', 'dt', 'hr', 'pre', 'form', 'title']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function isHidden(attributes: Record<string, string>): boolean {
  if ('hidden' in attributes || attributes['aria-hidden'] === 'true') return true;
  const style = (attributes.style ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

export function extractVisibleText(html: string): string {
  const parts: string[] = [];
  /** Depth inside skipped or hidden elements; text counts only at zero. */
  const stack: boolean[] = [];
  let hiddenDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        if (BLOCK.has(tag)) parts.push('\n');
        if (VOID.has(tag)) return;
        const hides = SKIPPED.has(tag) || isHidden(attributes);
        stack.push(hides);
        if (hides) hiddenDepth++;
      },
      ontext(text) {
        if (hiddenDepth === 0) parts.push(text);
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        if (VOID.has(tag)) return;
        if (stack.pop()) hiddenDepth--;
        if (BLOCK.has(tag)) parts.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return parts
    .join('')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Markdown front matter is metadata, not article text. */
export function stripFrontMatter(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}
