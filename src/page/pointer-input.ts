// The reader's pointer over the page: hit-tested once per animation frame while it moves, and at
// each click or tap. Only trusted events count: events a page dispatches itself open nothing.
import type { PageMention } from './annotator';
import { mentionAtPoint } from './hit-test';

export interface PointerInputOptions {
  /** Whether a move is worth a hit test (no painted mentions and no card open: no work). */
  active(): boolean;
  mentionsInNode(node: Node): readonly PageMention[];
  /** At once, on every move the page sees: the pointer is over the page, not over the card. */
  onPointerOverPage(): void;
  /** Once per frame while the pointer moves: the mention under it, if any. */
  onHover(pageMention: PageMention | null, point: { x: number; y: number }): void;
  onClick(pageMention: PageMention | null, point: { x: number; y: number }): void;
  signal: AbortSignal;
}

export interface PointerInput {
  /** Where the pointer was last seen over the page. */
  lastPoint(): { x: number; y: number };
}

export function listenForPointer(document: Document, options: PointerInputOptions): PointerInput {
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a document that runs a script has its window
  const window = document.defaultView!;
  const { signal } = options;
  let point = { x: 0, y: 0 };
  let frame = 0;
  const mentionAt = (x: number, y: number) => mentionAtPoint(document, x, y, options.mentionsInNode)?.pageMention ?? null;
  const listen = { passive: true, signal } as const;

  document.addEventListener('pointermove', (event) => {
    if (!event.isTrusted || event.pointerType === 'touch') return;
    options.onPointerOverPage();
    point = { x: event.clientX, y: event.clientY };
    if (frame || !options.active()) return;
    frame = window.requestAnimationFrame(() => {
      frame = 0;
      options.onHover(mentionAt(point.x, point.y), point);
    });
  }, listen);
  document.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    const at = { x: event.clientX, y: event.clientY };
    options.onClick(options.active() ? mentionAt(at.x, at.y) : null, at);
  }, listen);
  signal.addEventListener('abort', () => frame && window.cancelAnimationFrame(frame), { once: true });
  return { lastPoint: () => point };
}
