// Opens, places and closes the card for a mention: by hover (with intent delays), click or tap, the
// keyboard, or the popup. The card itself is drawn by the extension frame (card-frame.ts); this
// module decides which mention it is for and keeps it beside that mention. Every listener hangs
// off one AbortSignal, and only trusted events (the reader's own) open, move or close a card.
import { nextIndex } from '../core/keyboard';
import type { FrameToPage } from '../core/card-protocol';
import type { PageMention } from './annotator';
import { lineIndexAt } from './card-placement';
import { createCardFrame, type FrameLocation } from './card-frame';
import { createCardTimer, type CardTiming } from './card-timing';
import { followAnchor, type Following } from './card-position';
import type { HighlightPainter } from './highlights';
import type { UiHost } from './host';
import { createHoverIntent } from './hover-intent';
import { listenForCardKeys } from './keyboard-navigation';
import { listenForPointer } from './pointer-input';
import { clientRectsOf, elementOf, highlightOf, liveRangeOf, quoteAround, scrollToMention } from './mention-geometry';

export interface CardControllerOptions {
  document: Document;
  host: UiHost;
  frameLocation(): FrameLocation;
  painter: HighlightPainter | null;
  painted(): readonly PageMention[];
  mentionsInNode(node: Node): readonly PageMention[];
  hoverDelayMs(): number;
  report(problem: string, error?: unknown): void;
  onCardOpened?: (pageMention: PageMention) => void;
  /** Test builds: how soon each card showed. */
  onCardShown?: (timing: CardTiming) => void;
  signal: AbortSignal;
}

export interface CardController {
  openFor(pageMention: PageMention, how: 'pointer' | 'keyboard'): Promise<void>;
  move(direction: 'next' | 'previous'): Promise<void>;
  reveal(entityId: string): Promise<boolean>;
  close(returnFocus: boolean): void;
  isOpen(): boolean;
  /** These mentions left the page: a card on one of them closes. */
  dropped(mentions: readonly PageMention[]): void;
}

interface OpenCard {
  pageMention: PageMention;
  how: 'pointer' | 'keyboard';
  iframe: HTMLIFrameElement;
  requestId: number;
  pinned: boolean;
  returnFocus: Element | null;
  contentHeight: number;
  following: Following | null;
  openedAt: number;
  shown: boolean;
}

export function createCardController(options: CardControllerOptions): CardController {
  const { document, painter, signal } = options;
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a document that runs a script has its window
  const window = document.defaultView!;
  let open: OpenCard | null = null;
  /** Counts cards asked for: a card still waiting for the frame gives way to a later one, or to close(). */
  let requests = 0;
  let keyboardIndex = -1;
  const timer = createCardTimer(options.onCardShown);

  const frame = createCardFrame({
    document,
    host: options.host,
    location: options.frameLocation,
    onMessage: (message) => onFrameMessage(message),
    onLost: () => {
      // The page took our frame away; what it showed is gone with it.
      open?.following?.stop();
      open = null;
      painter?.setFocus(null);
    },
    report: options.report,
    signal,
  });

  /** The frame, created the first time it is asked for. */
  const readyFrame = async () => {
    timer.frameAsked();
    const iframe = await frame.ready();
    if (iframe) timer.frameStarted();
    return iframe;
  };

  const hover = createHoverIntent<PageMention>({
    clock: window,
    openDelayMs: options.hoverDelayMs,
    card: () => ({ target: open?.pageMention ?? null, pinned: open?.pinned ?? false }),
    onHoverStart: (pageMention) => {
      // The frame and the card's data are fetched while the hover delay runs.
      void readyFrame().then((ready) => ready && frame.render({ type: 'prepare', entityId: pageMention.match.entityId }));
    },
    onOpen: (pageMention) => void openFor(pageMention, 'pointer', pointerInput.lastPoint()),
    onClose: () => close(false),
  });

  function onFrameMessage(message: FrameToPage): void {
    if (message.type === 'move') {
      void move(message.direction);
      return;
    }
    if (message.type === 'problem') {
      options.report(message.text);
      return;
    }
    if (message.type === 'pointer') {
      hover.pointerOnCard(message.onCard);
      return;
    }
    if (message.type === 'close') {
      close(message.returnFocus);
      return;
    }
    if (!open) return;
    if (message.type === 'pin') {
      open.pinned = message.pinned;
      return;
    }
    if (message.type !== 'rendered' || message.requestId !== open.requestId) return;
    const current = open;
    // The frame's name for screen readers, in the card's language ("Counterpoint card: …").
    current.iframe.title = message.label;
    current.contentHeight = message.height;
    current.following?.update();
    if (current.shown || message.state === 'loading') return;
    current.shown = true;
    window.requestAnimationFrame(() => {
      if (open !== current) return;
      current.iframe.classList.remove('entering');
      timer.shown(current.how, current.openedAt);
    });
  }

  async function openFor(pageMention: PageMention, how: 'pointer' | 'keyboard', point: { x: number; y: number } | null = null): Promise<void> {
    hover.cancel();
    if (open?.pageMention === pageMention) {
      if (how === 'keyboard') focusCard();
      return;
    }
    const openedAt = performance.now();
    const returnFocus = open?.returnFocus ?? (how === 'keyboard' ? document.activeElement : null);
    const request = ++requests;
    const iframe = await readyFrame();
    if (!iframe || request !== requests || signal.aborted) return;
    open?.following?.stop();
    const lines = clientRectsOf(pageMention);
    const current: OpenCard = { pageMention, how, iframe, requestId: request, pinned: false, returnFocus, contentHeight: 0, following: null, openedAt, shown: false };
    open = current;
    painter?.setFocus(highlightOf(pageMention));
    iframe.classList.add('entering');
    frame.show();
    frame.render({ type: 'show', requestId: current.requestId, mention: pageMention.match, quote: quoteAround(pageMention), pinned: false, focus: how === 'keyboard' });
    if (how === 'keyboard') frame.focus();
    // The one live Range we keep, for the one mention the card is on, made now and gone with the card:
    // it follows the page's reflows and edits while the card is open.
    const anchorRange = liveRangeOf(pageMention);
    current.following = followAnchor({
      frame: iframe,
      anchor: { lines: () => (anchorRange ? [...anchorRange.getClientRects()] : []), lineIndex: lineIndexAt(lines, point), element: elementOf(pageMention) },
      contentHeight: () => current.contentHeight,
      inheritedZoom: frame.inheritedZoom,
    });
    options.onCardOpened?.(pageMention);
  }

  function focusCard(): void {
    frame.focus();
    frame.render({ type: 'focus' });
  }

  function close(returnFocus: boolean): void {
    hover.cancel();
    requests += 1;
    if (!open) return;
    const { returnFocus: target, following } = open;
    following?.stop();
    open = null;
    const hovered = hover.hovered();
    painter?.setFocus(hovered ? highlightOf(hovered) : null);
    frame.hide();
    frame.render({ type: 'hide' });
    if (returnFocus && target instanceof window.HTMLElement && target.isConnected) target.focus({ preventScroll: true });
  }

  async function move(direction: 'next' | 'previous'): Promise<void> {
    const mentions = options.painted();
    if (!mentions.length) return;
    keyboardIndex = nextIndex(mentions.length, open ? mentions.indexOf(open.pageMention) : keyboardIndex, direction);
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- nextIndex returns an index inside mentions, which is not empty
    const target = mentions[keyboardIndex]!;
    scrollToMention(target, window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'auto');
    await openFor(target, 'keyboard');
  }

  async function reveal(entityId: string): Promise<boolean> {
    const target = options.painted().find((pageMention) => pageMention.match.entityId === entityId);
    if (!target) return false;
    scrollToMention(target, 'instant');
    await openFor(target, 'keyboard');
    return true;
  }

  const pointerInput = listenForPointer(document, {
    active: () => options.painted().length > 0 || open !== null,
    mentionsInNode: options.mentionsInNode,
    // The frame does not always hear the pointer leave it (a quick move out); the page does.
    onPointerOverPage: () => hover.pointerOnCard(false),
    onHover: (hovered) => {
      if (hovered !== hover.hovered() && !open) painter?.setFocus(hovered ? highlightOf(hovered) : null);
      hover.pointerAt(hovered);
    },
    onClick: (clicked, point) => {
      if (clicked) void openFor(clicked, 'pointer', point);
      else if (open && !open.pinned) close(false);
    },
    signal,
  });
  listenForCardKeys(document, {
    onEscape: () => open && close(true),
    onMove: (direction) => void move(direction),
    signal,
  });

  signal.addEventListener('abort', () => {
    hover.cancel();
    open?.following?.stop();
    open = null;
    frame.destroy();
  }, { once: true });

  return {
    openFor: (pageMention, how) => openFor(pageMention, how),
    move,
    reveal,
    close,
    isOpen: () => open !== null,
    dropped(mentions) {
      if (open && mentions.includes(open.pageMention)) close(false);
    },
  };
}
