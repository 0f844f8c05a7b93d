// Reads the page's visible text into flat strings the matcher can scan, remembering which
// text node each character came from and which language each stretch declares. Reads only: it
// never changes the page. The CLI and the evaluation run this same walk in Node (src/cli/page-text.ts),
// so they see the text the extension sees. It uses no browser globals for that reason.
import { TEXT_CHUNK_SIZE, type LanguageSpan } from '../core/mentions';

/** Elements whose text is not prose a reader is reading, or is not ours to touch (by localName). */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'code', 'pre',
  'kbd', 'samp', 'svg', 'math', 'canvas', 'iframe', 'object', 'head', 'title', 'button',
]);

/** Text in different blocks must not run together ("Kelly" at the end of one list item, "Clarkson" in the next). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'html',
]);

export const BLOCK_SEPARATOR = '\n\n';
/** What a <br> between two text nodes of one block reads as: a line break, so the words on either side stay apart. */
export const LINE_SEPARATOR = '\n';

/** A run of text and where each piece of it lives in the page. */
export interface TextChunk {
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node's data begins. */
  starts: number[];
  /** The language the page declares (its nearest `lang` attribute) from each offset on, where it changes. */
  languages: LanguageSpan[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT. */
const SHOW_ELEMENTS_AND_TEXT = 0x1 | 0x4;

export interface CollectOptions {
  /** Our own UI host: never scanned. */
  exclude?: Element | null;
  /** Chunks are cut near this many characters so each can be scanned in a short time slice. */
  chunkSize?: number;
}

export function isSkippedElement(element: Element, exclude?: Element | null): boolean {
  if (element === exclude) return true;
  if (SKIPPED_TAGS.has(element.localName.toLowerCase())) return true;
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether a text node sits somewhere we never annotate (checked upwards, for nodes added later). */
export function isInSkippedSubtree(node: Node, exclude?: Element | null): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (isSkippedElement(element, exclude)) return true;
  }
  return false;
}

/**
 * The language an element's text is in, by its nearest `lang` attribute. It remembers the last
 * element's ancestors and their languages in plain arrays, and walks up only to where the two
 * paths meet: a Map keyed by elements would give each element's wrapper an identity hash, which
 * keeps every wrapper alive as long as its element (0.4 MB more heap on a 5 MB page).
 */
function languageTracker(): (element: Element | null) => string | null {
  let chain: Element[] = [];
  let chainLanguages: (string | null)[] = [];
  return (element) => {
    const path: Element[] = [];
    let inherited: string | null = null;
    let shared = -1;
    for (let at = element; at; at = at.parentElement) {
      shared = chain.indexOf(at);
      if (shared >= 0) {
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- chainLanguages runs parallel to chain, and shared is an index of chain
        inherited = chainLanguages[shared]!;
        break;
      }
      path.push(at);
    }
    const pathLanguages = new Array<string | null>(path.length);
    for (let index = path.length - 1; index >= 0; index--) {
      const node = path[index];
      const own = node ? (node.getAttribute('lang') ?? node.getAttribute('xml:lang')) : null;
      if (own !== null) inherited = own.trim() || null;
      pathLanguages[index] = inherited;
    }
    chain = shared >= 0 ? path.concat(chain.slice(shared)) : path;
    chainLanguages = shared >= 0 ? pathLanguages.concat(chainLanguages.slice(shared)) : pathLanguages;
    return chainLanguages[0] ?? null;
  };
}

function blockOf(node: Node): Node | null {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (BLOCK_TAGS.has(element.localName)) return element;
  }
  return null;
}

/**
 * Walks `root` in document order and yields chunks of text. A generator, so the caller can
 * pause between chunks and keep each task short on very large pages.
 */
export function* collectTextChunks(root: Node, options: CollectOptions = {}): Generator<TextChunk> {
  const { exclude = null, chunkSize = TEXT_CHUNK_SIZE } = options;
  if (isInSkippedSubtree(root, exclude)) return;
  if (root.nodeType === ELEMENT_NODE && isSkippedElement(root as Element, exclude)) return;
  const document = root.ownerDocument ?? (root as Document);
  // No filter callback: calling into script for every element costs more than the walk itself.
  // Skipped subtrees are stepped over by hand instead.
  const walker = document.createTreeWalker(root, SHOW_ELEMENTS_AND_TEXT);
  const languageOf = languageTracker();
  let parts: string[] = [];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let spans: LanguageSpan[] = [];
  let length = 0;
  let lastBlock: Node | null | undefined;
  const flush = (): TextChunk | null => {
    if (!nodes.length) return null;
    const chunk = { text: parts.join(''), nodes, starts, languages: spans };
    parts = [];
    nodes = [];
    starts = [];
    spans = [];
    length = 0;
    lastBlock = undefined;
    return chunk;
  };
  let lastParent: Element | null = null;
  let lastParentBlock: Node | null = null;
  let lastParentLanguage: string | null = null;
  /** A <br> was passed since the last text: the next text in the same block starts on a new line. */
  let lineBreak = false;
  for (let node = walker.nextNode(); node; ) {
    if (node.nodeType !== TEXT_NODE) {
      if ((node as Element).localName === 'br') lineBreak = true;
      node = isSkippedElement(node as Element, exclude) ? stepOver(walker, node) : walker.nextNode();
      continue;
    }
    const text = node as Text;
    node = walker.nextNode();
    const data = text.data;
    if (!/\S/.test(data)) continue;
    // Neighbouring text nodes usually share a parent, and so a block.
    if (text.parentElement !== lastParent) {
      lastParent = text.parentElement;
      lastParentBlock = blockOf(text);
      lastParentLanguage = languageOf(lastParent);
    }
    const block = lastParentBlock;
    if (lastBlock !== undefined && block !== lastBlock) {
      if (length >= chunkSize) {
        const chunk = flush();
        if (chunk) yield chunk;
      } else {
        parts.push(BLOCK_SEPARATOR);
        length += BLOCK_SEPARATOR.length;
      }
    } else if (lineBreak && nodes.length) {
      parts.push(LINE_SEPARATOR);
      length += LINE_SEPARATOR.length;
    }
    lineBreak = false;
    lastBlock = block;
    if (spans.length === 0 || spans.at(-1)?.lang !== lastParentLanguage) spans.push({ start: length, lang: lastParentLanguage });
    nodes.push(text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  const last = flush();
  if (last) yield last;
}

/** Moves the walker past `element` and everything inside it, to the node after them (checked by the caller like any other). */
function stepOver(walker: TreeWalker, element: Node): Node | null {
  walker.currentNode = element;
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

/** Maps [start, end) in a chunk's text back to a DOM Range over the nodes it came from. */
export function rangeForOffsets(chunk: TextChunk, start: number, end: number): Range | null {
  const first = nodeAt(chunk, start, false);
  const last = nodeAt(chunk, end, true);
  if (!first || !last) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset);
  return range;
}

/** Binary search for the node holding `offset`; at a node boundary, `atEnd` prefers the earlier node. */
function nodeAt(chunk: TextChunk, offset: number, atEnd: boolean): { node: Text; offset: number } | null {
  let low = 0;
  let high = chunk.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- low < middle <= high stay inside chunk.starts
    const start = chunk.starts[middle]!;
    if (start < offset || (!atEnd && start === offset)) low = middle;
    else high = middle - 1;
  }
  const node = chunk.nodes[low];
  const start = chunk.starts[low];
  if (!node || start === undefined) return null;
  const local = offset - start;
  if (local < 0 || local > node.data.length) return null;
  return { node, offset: local };
}
