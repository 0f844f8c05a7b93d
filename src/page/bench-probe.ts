// Test builds only (dist/test-*): what `npm run bench:pages` reads about one page load. Time runs
// from the test build's pre-script (test-pre.js, listed before content.js), so compiling the
// bundle and evaluating its modules are counted; the banner esbuild puts at the top of content.js
// splits the two. Release builds never import this module.
import type { PageMention } from './annotator';
import { clientRectsOf } from './mention-geometry';

declare global {
  /** Set by test-pre.js, the test build's first content script: before content.js is compiled. */
  var __counterpointPre: number | undefined;
  /** Set by the test build's banner, the first statement of content.js: compiled, not yet evaluated. */
  var __counterpointStart: number | undefined;
}

export interface BenchReport {
  /** Pre-script to banner: compiling content.js. */
  compileMs: number;
  /** Banner to the entry's first statement: every module's top level. */
  evaluateMs: number;
  /** From the pre-script: the mentions in the first screen registered, all registered, and the frame after. */
  firstVisibleMs: number;
  paintedMs: number;
  nextFrameMs: number;
  phases: Record<string, number>;
  mentions: number;
  visibleMentions: number;
  slices: number;
  busyMs: number;
  longestSliceMs: number;
  /** Where each painted mention is, as text-node index and offset over body's text nodes: what the floor paints. */
  positions: string;
}

export interface BenchProbe {
  /** Adds time to a phase (phases run many times: once per chunk). */
  add(phase: string, ms: number): void;
  /** Runs `work`, adding its time to `phase`. */
  time<T>(phase: string, work: () => T): T;
  /** Prints the report once the session's first pass is done. */
  watch(session: { ready: Promise<void>; painted(): readonly PageMention[]; stats(): { slices: number; busyMs: number; longestSliceMs: number } }): void;
  /** Prints that the script stood down on a site that is off, and how long it ran until then. */
  stoodDown(): void;
  /** Stamps mentions as registered now. */
  painted(mentions: readonly PageMention[]): void;
  /** Once the first pass is done: waits for the next frame and reports. */
  report(painted: readonly PageMention[], stats: { slices: number; busyMs: number; longestSliceMs: number }): Promise<BenchReport>;
}

export function createBenchProbe(scriptStarted: number): BenchProbe {
  const pre = globalThis.__counterpointPre ?? globalThis.__counterpointStart ?? scriptStarted;
  const start = globalThis.__counterpointStart ?? scriptStarted;
  const phases: Record<string, number> = {};
  /** When each mention was first painted, until the report: then let go, so it is not in the heap figure. */
  let paintedAt: Map<PageMention, number> | null = new Map();
  const add = (phase: string, ms: number) => {
    phases[phase] = (phases[phase] ?? 0) + ms;
  };
  const probe: BenchProbe = {
    add,
    time(phase, work) {
      const started = performance.now();
      const result = work();
      add(phase, performance.now() - started);
      return result;
    },
    watch(session) {
      void session.ready
        .then(() => probe.report(session.painted(), session.stats()))
        .then((timing) => console.debug('[Counterpoint:timing]', JSON.stringify(timing)));
    },
    stoodDown() {
      console.debug('[Counterpoint:timing]', JSON.stringify({ off: true, offMs: performance.now() - pre }));
    },
    painted(mentions) {
      if (!paintedAt) return;
      const now = performance.now();
      for (const mention of mentions) if (!paintedAt.has(mention)) paintedAt.set(mention, now);
    },
    async report(painted, stats) {
      const readyAt = performance.now();
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const nextFrameAt = performance.now();
      const firstPaints = paintedAt ?? new Map<PageMention, number>();
      paintedAt = null;
      const { innerWidth: width, innerHeight: height } = window;
      let firstVisibleAt = -Infinity;
      let visibleMentions = 0;
      for (const mention of painted) {
        const rects = clientRectsOf(mention);
        const rect = rects[0] ?? new DOMRect();
        if (rect.bottom < 0 || rect.top > height || rect.right < 0 || rect.left > width || (rect.width === 0 && rect.height === 0)) continue;
        visibleMentions++;
        firstVisibleAt = Math.max(firstVisibleAt, firstPaints.get(mention) ?? readyAt);
      }
      // Nothing in the first screen: the first screen is final once the first slice is painted.
      if (visibleMentions === 0) firstVisibleAt = Math.min(readyAt, ...firstPaints.values());
      return {
        compileMs: start - pre,
        evaluateMs: scriptStarted - start,
        firstVisibleMs: firstVisibleAt - pre,
        paintedMs: readyAt - pre,
        nextFrameMs: nextFrameAt - pre,
        phases,
        mentions: painted.length,
        visibleMentions,
        ...stats,
        positions: positionsOf(painted),
      };
    },
  };
  return probe;
}

/** "startNode.startOffset.endNode.endOffset" per mention, nodes numbered as a SHOW_TEXT walk of body meets them. */
function positionsOf(painted: readonly PageMention[]): string {
  const numbers = new Map<Node, number>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(), index = 0; node; node = walker.nextNode(), index++) numbers.set(node, index);
  const out: string[] = [];
  for (const { range } of painted) {
    const start = numbers.get(range.startContainer);
    const end = numbers.get(range.endContainer);
    if (start !== undefined && end !== undefined) out.push(`${start}.${range.startOffset}.${end}.${range.endOffset}`);
  }
  return out.join(',');
}
