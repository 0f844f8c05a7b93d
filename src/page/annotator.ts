// Finds mentions in the page and keeps them painted as the page changes.
// The matcher is injected, so this module knows the DOM and nothing about how matching works.
import type { LanguageSpan } from '../core/mentions';
import type { Mention, MentionMatch } from '../core/types';
import { collectTextChunks, isInSkippedSubtree, rangeForOffsets, type TextChunk } from './collect-text';
import { sliceClock, yieldToPage } from './time-slices';

/**
 * A mention and the live range it covers, as one small object: a long page holds tens of
 * thousands. The matcher's offsets are left out; the range is where the mention is now.
 */
export interface PageMention extends MentionMatch {
  range: Range;
}

/** Scans one chunk of text, with the languages its elements declare; one scanner per page. */
export type ScanText = (text: string, languages: readonly LanguageSpan[]) => Mention[];

export interface AnnotatorOptions {
  root: Element;
  scan: ScanText;
  /** Our own UI host, never scanned. */
  exclude: Element | null;
  /** Called after each batch of changes, with every live mention in document order and what changed. */
  onMentionsChanged: (mentions: readonly PageMention[], change: MentionChange) => void;
  signal: AbortSignal;
  /** Longest slice of work before yielding to the page. */
  sliceBudgetMs?: number;
  /** Test builds: how long each step of the page's side took (the page benchmark's phase table). */
  onPhase?: (phase: AnnotatorPhase, ms: number) => void;
}

/** The annotator's own steps; the scan's are the engine's (ScanPhase). */
export type AnnotatorPhase = 'collect' | 'ranges' | 'paint' | 'yield';

/** What a batch added and dropped, so painting can follow without redoing the whole page. */
export interface MentionChange {
  added: readonly PageMention[];
  removed: readonly PageMention[];
}

/** How the work was sliced: what the page benchmarks report. */
export interface AnnotatorStats {
  slices: number;
  busyMs: number;
  longestSliceMs: number;
}

export interface Annotator {
  /** Resolves when the first full pass is done. */
  ready: Promise<void>;
  stats(): AnnotatorStats;
  mentions(): readonly PageMention[];
  /** Mentions whose range holds this text node. */
  mentionsInNode(node: Node): readonly PageMention[];
}

function compareDocumentOrder(a: PageMention, b: PageMention): number {
  if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
  return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
}

export function startAnnotator(options: AnnotatorOptions): Annotator {
  const { root, scan, exclude, onMentionsChanged, signal, sliceBudgetMs = 8, onPhase } = options;
  const now = onPhase ? () => performance.now() : () => 0;
  /** The mentions in each text node: one, or a list when there are more (most nodes hold one). */
  const byNode = new Map<Node, PageMention | PageMention[]>();
  let ordered: PageMention[] = [];
  let orderStale = false;

  const index = (pageMention: PageMention) => {
    const { startContainer, endContainer } = pageMention.range;
    for (const node of startContainer === endContainer ? [startContainer] : [startContainer, endContainer]) {
      // Exact-size lists: push() would reserve room for 16 more in each of thousands of them.
      const known = byNode.get(node);
      byNode.set(node, known === undefined ? pageMention : Array.isArray(known) ? known.concat([pageMention]) : [known, pageMention]);
    }
    // Chunks arrive in document order, so sorting is needed only after a rescan adds text earlier on.
    const last = ordered[ordered.length - 1];
    if (last && compareDocumentOrder(last, pageMention) > 0) orderStale = true;
    ordered.push(pageMention);
  };
  let added: PageMention[] = [];
  let removed: PageMention[] = [];

  // Matched texts repeat ("fentanyl" thousands of times on a long page), and each would otherwise
  // be a slice that keeps its whole 32 KB chunk of page text alive: keep one flat copy of each.
  const texts = new Map<string, string>();
  const shared = (text: string) => {
    let kept = texts.get(text);
    if (kept === undefined) texts.set(text, (kept = [...text].join('')));
    return kept;
  };

  const addChunk = (chunk: TextChunk) => {
    const mentions = scan(chunk.text, chunk.languages);
    const rangesStart = now();
    for (const found of mentions) {
      const range = rangeForOffsets(chunk, found.start, found.end);
      if (!range || range.collapsed) continue;
      const { entityId, alias, fuzzy, score, reason } = found;
      const pageMention = { entityId, text: shared(found.text), alias, fuzzy, score, reason, range };
      index(pageMention);
      added.push(pageMention);
    }
    onPhase?.('ranges', now() - rangesStart);
  };

  /** Drops mentions whose text left the page or lies inside a subtree about to be rescanned. */
  const dropMentions = (shouldDrop: (pageMention: PageMention) => boolean) => {
    const kept: PageMention[] = [];
    for (const pageMention of ordered) (shouldDrop(pageMention) ? removed : kept).push(pageMention);
    if (kept.length === ordered.length) return;
    ordered = kept;
    byNode.clear();
    const rebuilt = ordered;
    ordered = [];
    for (const pageMention of rebuilt) index(pageMention);
  };

  const publish = () => {
    if (orderStale) {
      ordered.sort(compareDocumentOrder);
      orderStale = false;
    }
    const change = { added, removed };
    added = [];
    removed = [];
    const paintStart = now();
    onMentionsChanged(ordered, change);
    onPhase?.('paint', now() - paintStart);
  };

  const stats: AnnotatorStats = { slices: 0, busyMs: 0, longestSliceMs: 0 };
  const endSlice = (startedAt: number) => {
    const duration = performance.now() - startedAt;
    stats.slices++;
    stats.busyMs += duration;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, duration);
  };

  const scanInSlices = async (subtree: Node) => {
    const clock = sliceClock(sliceBudgetMs);
    let sliceStart = performance.now();
    const chunks = collectTextChunks(subtree, { exclude });
    const pull = () => {
      const collectStart = now();
      const next = chunks.next();
      onPhase?.('collect', now() - collectStart);
      return next;
    };
    // The next chunk is read before deciding to yield: after the last one there is nothing to
    // yield for, and a one-chunk page (most articles) is painted in one task.
    for (let next = pull(); !next.done; ) {
      if (signal.aborted) return;
      addChunk(next.value);
      next = pull();
      if (!next.done && clock.spent()) {
        publish();
        endSlice(sliceStart);
        const yieldStart = now();
        await yieldToPage();
        onPhase?.('yield', now() - yieldStart);
        clock.reset();
        sliceStart = performance.now();
      }
    }
    endSlice(sliceStart);
  };

  // Changes arrive in bursts (infinite scroll, live blogs, framework re-renders): collect the
  // touched subtrees, then rescan only the outermost of them, once, in slices.
  const dirty = new Set<Node>();
  /** Something was removed: mentions whose text left the page must go. */
  let prune = false;
  let flushing = false;
  const flushDirty = async () => {
    if (flushing) return;
    flushing = true;
    try {
      while ((dirty.size || prune) && !signal.aborted) {
        await yieldToPage();
        const roots = outermost([...dirty]);
        dirty.clear();
        prune = false;
        dropMentions((pageMention) => {
          const node = pageMention.range.startContainer;
          return !node.isConnected || !pageMention.range.endContainer.isConnected || roots.some((subtree) => subtree.contains(node));
        });
        for (const subtree of roots) if (subtree.isConnected) await scanInSlices(subtree);
        publish();
      }
    } finally {
      flushing = false;
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      if (exclude && (target === exclude || exclude.contains(target))) continue;
      if (record.type === 'characterData') {
        dirty.add(blockParent(target));
      } else {
        if (record.removedNodes.length) prune = true;
        for (const added of record.addedNodes) {
          if (added === exclude) continue;
          if (added.nodeType === Node.TEXT_NODE) dirty.add(blockParent(added));
          else if (added.nodeType === Node.ELEMENT_NODE) dirty.add(added);
        }
      }
    }
    if (dirty.size || prune) void flushDirty();
  });

  const ready = (async () => {
    await scanInSlices(root);
    publish();
    if (signal.aborted) return;
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  })();

  signal.addEventListener('abort', () => {
    observer.disconnect();
    dirty.clear();
    byNode.clear();
    texts.clear();
    ordered = [];
  });

  return {
    ready,
    stats: () => ({ ...stats }),
    mentions: () => ordered,
    mentionsInNode: (node) => {
      const known = byNode.get(node);
      return known === undefined ? [] : Array.isArray(known) ? known : [known];
    },
  };

  function blockParent(node: Node): Node {
    return node.parentElement ?? node;
  }

  function outermost(nodes: Node[]): Node[] {
    return nodes.filter(
      (node) => !isInSkippedSubtree(node, exclude) && !nodes.some((other) => other !== node && other.contains(node)),
    );
  }
}
