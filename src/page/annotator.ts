// Finds mentions in the page and keeps them painted as the page changes.
// The matcher is injected, so this module knows the DOM and nothing about how matching works.
import type { LanguageSpan } from '../core/mentions';
import type { Mention, MentionMatch, MentionReason } from '../core/types';
import { collectTextChunks, isInSkippedSubtree, type TextChunk } from './collect-text';
import { createMentionIndex, staticRangeFor } from './text-index';
import { sliceClock, yieldBehindPage, yieldToPage } from './time-slices';

/**
 * A mention and the text it covers, as one small object: a long page holds tens of thousands.
 * The match is shared by every mention found the same way ("fentanyl", exact, a thousand times);
 * the range is a StaticRange, which costs the page nothing; the annotator keeps it true by
 * dropping it when its text changes or leaves the page (text-index.ts).
 */
export interface PageMention {
  readonly match: MentionMatch;
  readonly range: StaticRange;
}

/** Scans one chunk of text, with the languages its elements declare; one scanner per page. */
export type ScanText = (text: string, languages: readonly LanguageSpan[]) => Mention[];

export interface AnnotatorOptions {
  root: Element;
  scan: ScanText;
  /** Our own UI host, never scanned. */
  exclude: Element | null;
  /** Called after each batch of changes, with every mention on the page in document order and what changed. */
  onMentionsChanged: (mentions: readonly PageMention[], change: MentionChange) => void;
  signal: AbortSignal;
  /** Longest slice of work before yielding to the page. */
  sliceBudgetMs?: number;
  /** A rescan after a change failed: told once, and the page is then no longer watched. */
  onRescanFailed: (error: unknown) => void;
  /** Test builds: how long each step of the page's side took (the page benchmark's phase table). */
  onPhase?: (phase: AnnotatorPhase, ms: number) => void;
  /** The page changed its own DOM or text (once per batch of records, ours left out). */
  onPageChanged?: () => void;
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

export function startAnnotator(options: AnnotatorOptions): Annotator {
  const { root, scan, exclude, onMentionsChanged, signal, sliceBudgetMs = 8, onRescanFailed, onPhase, onPageChanged } = options;
  const now = onPhase ? () => performance.now() : () => 0;
  const index = createMentionIndex<PageMention>();
  let added: PageMention[] = [];
  let removed: PageMention[] = [];

  // Matches repeat ("fentanyl", exact, thousands of times on a long page): one object for each
  // way of matching, keyed by a flat copy of its text (a slice would keep its whole 32 KB chunk of
  // page text alive).
  const matches = new Map<string, MentionMatch[]>();
  const sharedMatch = (found: Mention): MentionMatch => {
    const known = matches.get(found.text);
    const same = known?.find((match) => sameMatch(match, found));
    if (same) return same;
    const { entityId, alias, fuzzy, score, reason } = found;
    const text = known?.[0]?.text ?? [...found.text].join('');
    const match: MentionMatch = { entityId, text, alias, fuzzy, score, reason };
    matches.set(text, known ? known.concat([match]) : [match]);
    return match;
  };

  const addChunk = (chunk: TextChunk) => {
    const mentions = scan(chunk.text, chunk.languages);
    const rangesStart = now();
    for (const found of mentions) {
      const range = staticRangeFor(chunk.nodes, chunk.starts, found.start, found.end);
      if (!range || range.collapsed) continue;
      const pageMention: PageMention = { match: sharedMatch(found), range };
      index.add(pageMention);
      added.push(pageMention);
    }
    onPhase?.('ranges', now() - rangesStart);
  };

  const publish = () => {
    const change = { added, removed };
    added = [];
    removed = [];
    const paintStart = now();
    onMentionsChanged(index.ordered(), change);
    onPhase?.('paint', now() - paintStart);
  };

  const stats: AnnotatorStats = { slices: 0, busyMs: 0, longestSliceMs: 0 };
  const endSlice = (startedAt: number) => {
    const duration = performance.now() - startedAt;
    stats.slices++;
    stats.busyMs += duration;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, duration);
  };

  let yieldedAhead = false;
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
        // The first pass's first slice holds the start of the page, the first screen on most pages:
        // it goes ahead of the page's own tasks; every later slice waits its turn behind them.
        const ahead = !yieldedAhead;
        yieldedAhead = true;
        await (ahead ? yieldToPage() : yieldBehindPage());
        onPhase?.('yield', now() - yieldStart);
        clock.reset();
        sliceStart = performance.now();
      }
    }
    endSlice(sliceStart);
  };

  // Changes arrive in bursts (infinite scroll, live blogs, framework re-renders): collect the
  // touched subtrees, then rescan only the outermost of them, once, in slices. Text that left the
  // page is dropped at once, in the observer's own callback, so the popup, the badge and the
  // keyboard order never list a mention that is gone.
  const dirty = new Set<Node>();
  let flushing = false;
  const flushDirty = async () => {
    if (flushing) return;
    flushing = true;
    try {
      while (dirty.size && !signal.aborted) {
        await yieldToPage();
        const roots = outermost([...dirty]);
        dirty.clear();
        for (const subtree of roots) index.dropWithin(subtree, removed);
        for (const subtree of roots) if (subtree.isConnected) await scanInSlices(subtree);
        // Text added and removed again before we looked changed nothing: no repaint for it.
        if (added.length || removed.length) publish();
      }
    } finally {
      flushing = false;
    }
  };

  // Our host hangs off <html>, so under <body> no record can be ours: the check is skipped there.
  const hostInside = exclude !== null && root.contains(exclude);
  const TEXT = 3;
  const ELEMENT = 1;
  // Per record work is what a page's burst of DOM changes costs us: plain indexed loops (a NodeList's
  // iterator is slow across worlds) and a set, so 2,000 edits of one text node drop it once.
  const observer = new MutationObserver((records) => {
    const startedAt = performance.now();
    // A node whose first record in the batch adds it was not on the page when we last looked: none
    // of its text is indexed, so its removal drops nothing (a page that inserts and removes 2,000
    // rows walks none of them). Only the other removed nodes are `gone`.
    const gone = new Set<Node>();
    const fresh = new Set<Node>();
    let pageChanged = false;
    for (const record of records) {
      const target = record.target;
      if (hostInside && (target === exclude || exclude?.contains(target))) continue;
      pageChanged = true;
      if (record.type === 'characterData') {
        // The offsets in this node no longer hold: its mentions go now, its block is read again.
        gone.add(target);
        dirty.add(blockParent(target));
        continue;
      }
      const addedNodes = record.addedNodes;
      const removedNodes = record.removedNodes;
      for (let index = 0; index < removedNodes.length; index++) {
        const removedNode = removedNodes[index];
        if (!removedNode) continue;
        // Added and removed again: nothing to read (if it is put back, its next record adds it again).
        if (fresh.has(removedNode)) dirty.delete(removedNode);
        else gone.add(removedNode);
      }
      for (let index = 0; index < addedNodes.length; index++) {
        const addedNode = addedNodes[index];
        if (!addedNode || addedNode === exclude) continue;
        if (!gone.has(addedNode)) fresh.add(addedNode);
        const type = addedNode.nodeType;
        if (type === TEXT) dirty.add(blockParent(addedNode));
        else if (type === ELEMENT) dirty.add(addedNode);
      }
    }
    const before = removed.length;
    // A node removed and put back elsewhere in the same batch is still on the page, with the same text.
    if (index.size()) for (const node of gone) if (node !== exclude && (node.nodeType === TEXT || !node.isConnected)) index.dropWithin(node, removed);
    if (pageChanged) onPageChanged?.();
    if (removed.length > before) publish();
    if (dirty.size) void flushDirty().catch(stopWatching);
    endSlice(startedAt);
  });
  /** What a rescan found so far stays; the page is not rescanned again (it would fail again). */
  const stopWatching = (error: unknown) => {
    if (rescanFailed) return;
    rescanFailed = true;
    observer.disconnect();
    dirty.clear();
    onRescanFailed(error);
  };
  let rescanFailed = false;

  const ready = (async () => {
    await scanInSlices(root);
    publish();
    if (signal.aborted) return;
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  })();

  signal.addEventListener('abort', () => {
    observer.disconnect();
    dirty.clear();
    index.clear();
    matches.clear();
  });

  return {
    ready,
    stats: () => ({ ...stats }),
    mentions: () => index.ordered(),
    mentionsInNode: (node) => index.inNode(node),
  };

  function blockParent(node: Node): Node {
    return node.parentElement ?? node;
  }

  /**
   * The connected nodes not inside another of them, outside our skipped subtrees. A node added and
   * removed again before we look held no mentions (its removal already dropped anything it had).
   * One walk up from each node against a set: comparing every pair cost seconds for a burst of
   * 2,000 insertions.
   */
  function outermost(nodes: Node[]): Node[] {
    const connected = new Set(nodes.filter((node) => node.isConnected));
    const roots: Node[] = [];
    for (const node of connected) {
      let covered = false;
      for (let up = node.parentNode; up && !covered; up = up.parentNode) covered = connected.has(up);
      if (!covered && !isInSkippedSubtree(node, exclude)) roots.push(node);
    }
    return roots;
  }
}

function sameMatch(match: MentionMatch, found: Mention): boolean {
  return match.entityId === found.entityId && match.alias === found.alias && match.fuzzy === found.fuzzy && match.score === found.score && sameReason(match.reason, found.reason);
}

/** Two reasons of one rule differ only in that rule's one detail (edits, cue, title…). */
function sameReason(a: MentionReason, b: MentionReason): boolean {
  if (a.rule !== b.rule) return false;
  const detailsOfA = a as unknown as Record<string, unknown>;
  const detailsOfB = b as unknown as Record<string, unknown>;
  return Object.keys(detailsOfA).every((key) => detailsOfA[key] === detailsOfB[key]);
}
