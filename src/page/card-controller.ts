// Opens, places and closes the card for a mention: by hover (with intent delays), click or tap, the
// keyboard, or the popup. The card itself is drawn by the extension frame (card-frame.ts); this
// module decides which mention it is for and keeps it beside that mention. Every listener hangs
// off one AbortSignal, and only trusted events (the reader's own) open, move or close a card.
import { nextIndex } from '../core/keyboard';
import type { FrameToPage } from '../core/card-protocol';
import type { PageMention } from './annotator';
import { lineIndexAt } from './card-placement';
import { createCardFrame, type FrameLocation } from './card-frame';
import { followAnchor, type Following } from './card-position';
import type { HighlightPainter } from './highlights';
import { mentionAtPoint } from './hit-test';
import type { UiHost } from './host';
import { createHoverIntent } from './hover-intent';
import { listenForCardKeys } from './keyboard-navigation';
import { clientRectsOf, elementOf, highlightOf, matchOf, quoteAround, scrollToMention } from './mention-geometry';

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
  /** Test builds: how long from deciding to open a card until it showed its content. */
  onCardShown?: (timing: { first: boolean; openToShownMs: number }) => void;
  signal: AbortSignal;
}

export interface CardController {
  openFor(pageMention: PageMention, how: 'pointer' | 'keyboard'): Promise<void>;
  move(direction: 'next' | 'previous'): Promise<void>;
  reveal(entityId: string): Promise<boolean>;
  close(returnFocus: boolean): void;
  isOpen(): boolean;
}

interface OpenCard {
  pageMention: PageMention;
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
  const window = document.defaultView!;
  let open: OpenCard | null = null;
  let requests = 0;
  let cardsShown = 0;
  let keyboardIndex = -1;
  let pointer = { x: 0, y: 0 };
  let frameRequest = 0;

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

  const hover = createHoverIntent<PageMention>({
    clock: window,
    openDelayMs: options.hoverDelayMs,
    card: () => ({ target: open?.pageMention ?? null, pinned: open?.pinned ?? false }),
    onHoverStart: (pageMention) => {
      // The frame and the card's data are fetched while the hover delay runs.
      void frame.ready().then((ready) => ready && frame.render({ type: 'prepare', entityId: pageMention.entityId }));
    },
    onOpen: (pageMention) => void openFor(pageMention, 'pointer', pointer),
    onClose: () => close(false),
  });

  function onFrameMessage(message: FrameToPage): void {
    if (message.type === 'move') {
      void move(message.direction);
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
    current.contentHeight = message.height;
    current.following?.update();
    if (current.shown || message.state === 'loading') return;
    current.shown = true;
    window.requestAnimationFrame(() => {
      if (open !== current) return;
      current.iframe.classList.remove('entering');
      options.onCardShown?.({ first: cardsShown++ === 0, openToShownMs: performance.now() - current.openedAt });
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
    const request = ++frameRequest;
    const iframe = await frame.ready();
    if (!iframe || request !== frameRequest || signal.aborted) return;
    open?.following?.stop();
    const lines = clientRectsOf(pageMention);
    const current: OpenCard = { pageMention, iframe, requestId: ++requests, pinned: false, returnFocus, contentHeight: 0, following: null, openedAt, shown: false };
    open = current;
    painter?.setFocus(highlightOf(pageMention));
    iframe.classList.add('entering');
    frame.show();
    frame.render({ type: 'show', requestId: current.requestId, mention: matchOf(pageMention), quote: quoteAround(pageMention), pinned: false, focus: how === 'keyboard' });
    if (how === 'keyboard') frame.focus();
    current.following = followAnchor({
      frame: iframe,
      anchor: { lines: () => clientRectsOf(pageMention), lineIndex: lineIndexAt(lines, point), element: elementOf(pageMention) },
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
    frameRequest += 1;
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
    const target = mentions[keyboardIndex]!;
    scrollToMention(target, window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'auto');
    await openFor(target, 'keyboard');
  }

  async function reveal(entityId: string): Promise<boolean> {
    const target = options.painted().find((pageMention) => pageMention.entityId === entityId);
    if (!target) return false;
    scrollToMention(target, 'instant');
    await openFor(target, 'keyboard');
    return true;
  }

  // The pointer is hit-tested once per frame, and only when there is something to find.
  let pointerFrame = 0;
  const onPointerFrame = () => {
    pointerFrame = 0;
    const hit = mentionAtPoint(document, pointer.x, pointer.y, options.mentionsInNode);
    const hovered = hit?.pageMention ?? null;
    if (hovered !== hover.hovered() && !open) painter?.setFocus(hovered ? highlightOf(hovered) : null);
    hover.pointerAt(hovered);
  };
  const listen = { passive: true, signal } as const;
  document.addEventListener('pointermove', (event) => {
    if (!event.isTrusted || event.pointerType === 'touch') return;
    // The frame does not always hear the pointer leave it (a quick move out); the page does.
    hover.pointerOnCard(false);
    pointer = { x: event.clientX, y: event.clientY };
    if (!pointerFrame && (options.painted().length || open)) pointerFrame = window.requestAnimationFrame(onPointerFrame);
  }, listen);
  document.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    const hit = options.painted().length ? mentionAtPoint(document, event.clientX, event.clientY, options.mentionsInNode) : null;
    if (hit) void openFor(hit.pageMention, 'pointer', { x: event.clientX, y: event.clientY });
    else if (open && !open.pinned) close(false);
  }, listen);
  listenForCardKeys(document, {
    onEscape: () => open && close(true),
    onMove: (direction) => void move(direction),
    signal,
  });

  signal.addEventListener('abort', () => {
    hover.cancel();
    if (pointerFrame) window.cancelAnimationFrame(pointerFrame);
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
  };
}
