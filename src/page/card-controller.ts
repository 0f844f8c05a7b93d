// Opens, positions and closes the card: hover with intent delays, click and tap, keyboard
// navigation between mentions, focus return, and Esc. Every listener hangs off one AbortSignal.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { h, render, type ComponentChildren } from 'preact';
import { cardView, type CardView } from '../core/card-view';
import type { CardData, Lang } from '../core/types';
import { CardPanel, type CardState } from '../ui/card/CardPanel';
import type { Translate } from '../ui/i18n';
import type { PageMention } from './annotator';
import type { HighlightPainter } from './highlights';
import { mentionAtPoint } from './hit-test';

/** Best practice for hover cards: open after the pointer rests, close a little after it leaves. */
export const CLOSE_DELAY_MS = 300;

export interface CardControllerOptions {
  document: Document;
  shadow: ShadowRoot;
  host: HTMLElement;
  painter: HighlightPainter | null;
  painted(): readonly PageMention[];
  mentionsInNode(node: Node): readonly PageMention[];
  hoverDelayMs(): number;
  language(): { lang: Lang; t: Translate };
  loadCard(entityId: string): Promise<CardData | null>;
  openSource(sourceId: string, claimId: string): void;
  /** Classroom mode's gate in front of the counterpoints, when it is on. */
  gateCounterpoints?: (opened: OpenedCard, counterpoints: ComponentChildren) => ComponentChildren;
  onCardOpened?: (pageMention: PageMention) => void;
  signal: AbortSignal;
}

export interface CardController {
  openFor(pageMention: PageMention, how: 'pointer' | 'keyboard'): Promise<void>;
  move(direction: 'next' | 'previous'): Promise<void>;
  reveal(entityId: string): Promise<boolean>;
  close(returnFocus: boolean): void;
  isOpen(): boolean;
}

/** What a feature layered on the card (classroom mode) learns about the open card. */
export interface OpenedCard {
  pageMention: PageMention;
  data: CardData;
  view: CardView;
}

interface OpenCard {
  data: CardData | null;
  pageMention: PageMention;
  rect: DOMRect;
  pinned: boolean;
  state: CardState;
  returnFocus: Element | null;
  stopAutoUpdate: () => void;
}

export function createCardController(options: CardControllerOptions): CardController {
  const { document, shadow, host, painter, signal } = options;
  const window = document.defaultView!;
  const dialog = document.createElement('div');
  dialog.className = 'card';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'false');
  dialog.setAttribute('aria-labelledby', 'cp-card-title');
  dialog.tabIndex = -1;
  dialog.hidden = true;
  // The top layer puts the card above any overlay, whatever its z-index.
  const usePopover = typeof dialog.showPopover === 'function';
  if (usePopover) dialog.popover = 'manual';
  shadow.append(dialog);

  let open: OpenCard | null = null;
  let hovered: PageMention | null = null;
  let keyboardIndex = -1;
  let openTimer = 0;
  let closeTimer = 0;
  let frame = 0;
  let pointer = { x: 0, y: 0 };
  let pointerOnCard = false;
  const cache = new Map<string, Promise<CardData | null>>();

  const clearTimers = () => {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
  };

  const draw = () => {
    if (!open) {
      render(null, dialog);
      return;
    }
    const { lang, t } = options.language();
    const current = open;
    dialog.setAttribute('lang', lang);
    render(
      h(CardPanel, {
        t,
        lang,
        state: current.state,
        mention: current.pageMention,
        pinned: current.pinned,
        onPin: (pinned: boolean) => {
          current.pinned = pinned;
          draw();
        },
        onClose: () => close(true),
        onOpenSource: options.openSource,
        gateCounterpoints:
          options.gateCounterpoints && current.data && current.state.kind === 'ready'
            ? (children: ComponentChildren) => options.gateCounterpoints!({ pageMention: current.pageMention, data: current.data!, view: (current.state as { view: CardView }).view }, children)
            : undefined,
      }),
      dialog,
    );
  };

  /** The line of the mention the card belongs to, followed as the page scrolls. */
  const referenceFor = (current: OpenCard) => {
    const lineIndex = Math.max(0, [...current.pageMention.range.getClientRects()].findIndex((rect) => rect.top === current.rect.top && rect.left === current.rect.left));
    return {
      getBoundingClientRect: () => {
        const rects = current.pageMention.range.getClientRects();
        return rects[lineIndex] ?? rects[0] ?? current.rect;
      },
      contextElement: current.pageMention.range.startContainer.parentElement ?? undefined,
    };
  };

  const position = () => {
    if (!open) return;
    const current = open;
    void computePosition(referenceFor(current), dialog, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(8),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // A long card scrolls inside itself rather than running off the screen.
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            dialog.style.maxHeight = `${Math.max(160, Math.min(640, availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      if (open !== current) return;
      dialog.style.left = `${Math.round(x)}px`;
      dialog.style.top = `${Math.round(y)}px`;
    });
  };

  async function openFor(pageMention: PageMention, how: 'pointer' | 'keyboard', rect?: DOMRect): Promise<void> {
    clearTimers();
    if (open?.pageMention === pageMention) {
      if (how === 'keyboard') dialog.focus();
      return;
    }
    const returnFocus = open?.returnFocus ?? (how === 'keyboard' ? document.activeElement : null);
    open?.stopAutoUpdate();
    const anchorRect = rect ?? pageMention.range.getClientRects()[0] ?? pageMention.range.getBoundingClientRect();
    const entityId = pageMention.entityId;
    const current: OpenCard = { data: null, pageMention, rect: anchorRect, pinned: false, state: { kind: 'loading' }, returnFocus, stopAutoUpdate: () => {} };
    open = current;
    painter?.setFocus(pageMention.range);
    dialog.hidden = false;
    dialog.classList.add('entering');
    if (usePopover && !dialog.matches(':popover-open')) dialog.showPopover();
    draw();
    current.stopAutoUpdate = autoUpdate(referenceFor(current), dialog, position);
    if (!cache.has(entityId)) cache.set(entityId, options.loadCard(entityId).catch(() => null));
    const data = await cache.get(entityId)!;
    if (open !== current) return;
    current.data = data;
    current.state = data ? { kind: 'ready', view: cardView(data, options.language().lang) } : { kind: 'unavailable' };
    if (!data) cache.delete(entityId);
    draw();
    position();
    window.requestAnimationFrame(() => dialog.classList.remove('entering'));
    if (how === 'keyboard') dialog.focus({ preventScroll: true });
    options.onCardOpened?.(pageMention);
  }

  function close(returnFocus: boolean): void {
    clearTimers();
    if (!open) return;
    const { returnFocus: target, stopAutoUpdate } = open;
    stopAutoUpdate();
    open = null;
    painter?.setFocus(hovered?.range ?? null);
    if (usePopover && dialog.matches(':popover-open')) dialog.hidePopover();
    dialog.hidden = true;
    draw();
    if (returnFocus && target instanceof window.HTMLElement) target.focus({ preventScroll: true });
  }

  const scheduleClose = () => {
    if (!open || open.pinned) return;
    window.clearTimeout(closeTimer);
    closeTimer = window.setTimeout(() => {
      if (open && !open.pinned && !pointerOnCard) close(false);
    }, CLOSE_DELAY_MS);
  };

  const onPointerFrame = () => {
    frame = 0;
    if (pointerOnCard) return;
    const hit = mentionAtPoint(document, pointer.x, pointer.y, options.mentionsInNode);
    const next = hit?.pageMention ?? null;
    if (next === hovered) return;
    hovered = next;
    if (!open) painter?.setFocus(next?.range ?? null);
    window.clearTimeout(openTimer);
    if (next && hit) {
      window.clearTimeout(closeTimer);
      if (open?.pageMention !== next) openTimer = window.setTimeout(() => void openFor(next, 'pointer', hit.rect), options.hoverDelayMs());
    } else scheduleClose();
  };

  const listen = { passive: true, signal } as const;
  document.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      pointer = { x: event.clientX, y: event.clientY };
      // Cheap check first: no painted mentions, no work.
      if (!frame && (options.painted().length || open)) frame = window.requestAnimationFrame(onPointerFrame);
    },
    listen,
  );
  document.addEventListener(
    'click',
    (event) => {
      if (event.composedPath().includes(host)) return;
      const hit = options.painted().length ? mentionAtPoint(document, event.clientX, event.clientY, options.mentionsInNode) : null;
      if (hit) {
        hovered = hit.pageMention;
        void openFor(hit.pageMention, 'pointer', hit.rect);
      } else if (open && !open.pinned) close(false);
    },
    listen,
  );
  dialog.addEventListener('pointerenter', () => {
    pointerOnCard = true;
    window.clearTimeout(closeTimer);
  }, { signal });
  dialog.addEventListener('pointerleave', () => {
    pointerOnCard = false;
    scheduleClose();
  }, { signal });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close(true);
    }
  }, { signal });
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && open) close(true);
      // The manifest's commands normally take these keys first; this serves pages where the
      // browser leaves them to the page (and is the same code path).
      if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.code === 'Period' || event.code === 'Comma')) {
        event.preventDefault();
        void move(event.code === 'Period' ? 'next' : 'previous');
      }
    },
    { signal, capture: true },
  );

  async function move(direction: 'next' | 'previous'): Promise<void> {
    const mentions = options.painted();
    if (!mentions.length) return;
    const currentIndex = open ? mentions.indexOf(open.pageMention) : keyboardIndex;
    const base = currentIndex >= 0 ? currentIndex : direction === 'next' ? -1 : mentions.length;
    keyboardIndex = (base + (direction === 'next' ? 1 : -1) + mentions.length) % mentions.length;
    const target = mentions[keyboardIndex]!;
    const element = target.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'auto' });
    const rect = target.range.getClientRects()[0];
    await openFor(target, 'keyboard', rect);
  }

  async function reveal(entityId: string): Promise<boolean> {
    const target = options.painted().find((pageMention) => pageMention.entityId === entityId);
    if (!target) return false;
    target.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    await openFor(target, 'keyboard', target.range.getClientRects()[0]);
    return true;
  }

  signal.addEventListener('abort', () => {
    clearTimers();
    if (frame) window.cancelAnimationFrame(frame);
    open?.stopAutoUpdate();
    open = null;
    render(null, dialog);
    dialog.remove();
  });

  return {
    openFor: (pageMention, how) => openFor(pageMention, how),
    move,
    reveal,
    close,
    isOpen: () => open !== null,
  };
}

