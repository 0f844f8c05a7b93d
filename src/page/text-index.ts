// Our own index of where each mention sits: the text nodes it starts and ends in, and its offsets
// there, as a StaticRange the browser does not have to maintain. A live Range would be updated by
// the browser on every DOM change the page makes (audit A4.7: 30,000 live ranges made the page's
// own insert/remove 6,000× slower); a StaticRange costs the page nothing. In exchange, keeping the
// ranges true is our job: when text changes or leaves the page, its mentions are dropped here and
// its block is scanned again.

/** Anything anchored by a StaticRange. */
export interface Anchored {
  range: StaticRange;
}

const TEXT_NODE = 3;
const SHOW_TEXT = 0x4;
const DOCUMENT_POSITION_FOLLOWING = 4;

/** Document order of two mentions by where they start. */
export function compareDocumentOrder(a: Anchored, b: Anchored): number {
  const left = a.range.startContainer;
  const right = b.range.startContainer;
  if (left === right) return a.range.startOffset - b.range.startOffset;
  return left.compareDocumentPosition(right) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** [start, end) in a node run (as collect-text gives it) to a StaticRange; null when the run does not hold it. */
export function staticRangeFor(
  nodes: readonly Text[],
  starts: readonly number[],
  start: number,
  end: number,
): StaticRange | null {
  const first = nodeAt(nodes, starts, start, false);
  const last = nodeAt(nodes, starts, end, true);
  if (!first || !last) return null;
  const StaticRangeClass = (first.node.ownerDocument.defaultView as (Window & typeof globalThis) | null)?.StaticRange ?? StaticRange;
  return new StaticRangeClass({ startContainer: first.node, startOffset: first.offset, endContainer: last.node, endOffset: last.offset });
}

/** Binary search for the node holding `offset`; at a node boundary, `atEnd` prefers the earlier node. */
function nodeAt(nodes: readonly Text[], starts: readonly number[], offset: number, atEnd: boolean): { node: Text; offset: number } | null {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const start = starts[middle] ?? Infinity;
    if (start < offset || (!atEnd && start === offset)) low = middle;
    else high = middle - 1;
  }
  const node = nodes[low];
  const start = starts[low];
  if (!node || start === undefined) return null;
  const local = offset - start;
  if (local < 0 || local > node.data.length) return null;
  return { node, offset: local };
}

export interface MentionIndex<M extends Anchored> {
  /** Adds a mention in its place in document order (appending is the cheap, usual case). */
  add(mention: M): void;
  /** Drops every mention with an end in one of these text nodes, into `dropped`. */
  dropInNodes(nodes: Iterable<Node>, dropped: M[]): void;
  /** Drops every mention with an end in a text node inside `subtree` (or that is `subtree`). */
  dropWithin(subtree: Node, dropped: M[]): void;
  /** Every mention in document order (drops applied, sorted if a rescan added text earlier on). */
  ordered(): readonly M[];
  inNode(node: Node): readonly M[];
  size(): number;
  clear(): void;
}

export function createMentionIndex<M extends Anchored>(): MentionIndex<M> {
  /** The mentions in each text node: one, or a list when there are more (most nodes hold one). */
  const byNode = new Map<Node, M | M[]>();
  let ordered: M[] = [];
  /** Dropped since the list was last compacted: compacting once per batch keeps drops cheap. */
  const gone = new Set<M>();
  const compact = () => {
    if (!gone.size) return;
    ordered = ordered.filter((mention) => !gone.has(mention));
    gone.clear();
  };

  const listed = (node: Node): M[] => {
    const known = byNode.get(node);
    return known === undefined ? [] : Array.isArray(known) ? known : [known];
  };
  const link = (node: Node, mention: M) => {
    // Exact-size lists: push() would reserve room for 16 more in each of thousands of them.
    const known = byNode.get(node);
    byNode.set(node, known === undefined ? mention : Array.isArray(known) ? known.concat([mention]) : [known, mention]);
  };
  const unlink = (node: Node, mention: M) => {
    const kept = listed(node).filter((other) => other !== mention);
    if (kept.length === 0) byNode.delete(node);
    else byNode.set(node, kept.length === 1 && kept[0] ? kept[0] : kept);
  };

  const dropNode = (node: Node, dropped: M[]) => {
    const here = byNode.get(node);
    if (here === undefined) return;
    byNode.delete(node);
    for (const mention of Array.isArray(here) ? here : [here]) {
      if (gone.has(mention)) continue;
      gone.add(mention);
      dropped.push(mention);
      const { startContainer, endContainer } = mention.range;
      const other = startContainer === node ? endContainer : startContainer;
      if (other !== node) unlink(other, mention);
    }
  };

  return {
    add(mention) {
      const { startContainer, endContainer } = mention.range;
      link(startContainer, mention);
      if (endContainer !== startContainer) link(endContainer, mention);
      const last = ordered[ordered.length - 1];
      if (!last || compareDocumentOrder(last, mention) <= 0) {
        ordered.push(mention);
        return;
      }
      // A rescan found text earlier on: put it in its place (a binary search and one move, not a sort).
      compact();
      let low = 0;
      let high = ordered.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        const here = ordered[middle];
        if (here && compareDocumentOrder(here, mention) <= 0) low = middle + 1;
        else high = middle;
      }
      ordered.splice(low, 0, mention);
    },
    dropInNodes(nodes, dropped) {
      for (const node of nodes) dropNode(node, dropped);
    },
    dropWithin(subtree, dropped) {
      if (byNode.size === 0) return;
      if (subtree.nodeType === TEXT_NODE) {
        dropNode(subtree, dropped);
        return;
      }
      const walker = (subtree.ownerDocument ?? (subtree as Document)).createTreeWalker(subtree, SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) dropNode(node, dropped);
    },
    ordered() {
      compact();
      return ordered;
    },
    inNode: listed,
    size: () => ordered.length - gone.size,
    clear() {
      byNode.clear();
      gone.clear();
      ordered = [];
    },
  };
}
