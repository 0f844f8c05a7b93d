// One page's Counterpoint: the host element, the annotator and the highlights, and their teardown.
// Everything it starts hangs off one AbortController, so `destroy()` really removes it all.
import type { Category, Settings } from '../core/settings';
import { categoryOf } from '../core/settings';
import type { EntityType } from '../core/types';
import { startAnnotator, type Annotator, type AnnotatorOptions, type PageMention, type ScanText } from './annotator';
import { createCardController, type CardController, type CardControllerOptions } from './card-controller';
import { createHighlightPainter, highlightsSupported } from './highlights';
import { createHost, type UiHost } from './host';
import { createChangeRate } from './change-rate';
import { CHANGING_PAGE_MARGIN_SCREENS, MARGIN_SCREENS, PAINT_ALL_UP_TO, windowNearViewport } from './paint-window';
import { watchDocumentRoots } from './root-watch';
import { yieldToPage } from './time-slices';

export interface PageSessionOptions {
  document: Document;
  scan: ScanText;
  entityTypes: ReadonlyMap<string, EntityType>;
  settings: Settings;
  /** The painted mentions changed (badge, popup); painted() has the new list. */
  onPaintedChanged?: () => void;
  frameLocation: CardControllerOptions['frameLocation'];
  report: CardControllerOptions['report'];
  onCardOpened?: CardControllerOptions['onCardOpened'];
  onCardShown?: CardControllerOptions['onCardShown'];
  /** The page replaced <body> or <html>, or called document.open(): this session is stale, start a fresh one. */
  onRootReplaced?: () => void;
  /** Test builds: the annotator's phase times. */
  onPhase?: AnnotatorOptions['onPhase'];
  /** Test builds: these mentions were just registered with the painter. */
  onPainted?: (mentions: readonly PageMention[]) => void;
}

/** How often the highlights are checked against a page that clears, unstyles or hides them. */
const HIGHLIGHT_CHECK_MS = 2000;

export interface PageSession {
  host: UiHost;
  card: CardController;
  ready: Promise<void>;
  stats: Annotator['stats'];
  /** Mentions painted under the current settings, in document order. */
  painted(): readonly PageMention[];
  applySettings(settings: Settings): void;
  signal: AbortSignal;
  destroy(): void;
}

/** Whether the highlights on the page change: which categories, which mentions, how they are drawn. */
export const paintsDifferently = (a: Settings, b: Settings): boolean =>
  a.highlightStyle !== b.highlightStyle || a.mentionScope !== b.mentionScope || JSON.stringify(a.categories) !== JSON.stringify(b.categories);

export function startPageSession(options: PageSessionOptions): PageSession {
  const { document, scan, entityTypes, onPaintedChanged } = options;
  let settings = options.settings;
  const controller = new AbortController();
  const host = createHost(document);
  const painter = highlightsSupported() ? createHighlightPainter(document, settings.highlightStyle, settings.categories) : null;
  let all: readonly PageMention[] = [];
  /** The painted mentions in document order, worked out when first asked for after a change. */
  let painted: PageMention[] | null = [];
  /** Each entity's first mention, for the "first mention only" setting. */
  let firstOf = new Map<string, PageMention>();

  const categoryOfMention = (pageMention: PageMention): Category | null => {
    const type = entityTypes.get(pageMention.match.entityId);
    return type ? categoryOf(type) : null;
  };
  /** Whether the painter holds it: all mentions, or only each entity's first. Categories are the painter's. */
  const inScope = (pageMention: PageMention): boolean => settings.mentionScope !== 'first' || firstOf.get(pageMention.match.entityId) === pageMention;
  /** Which mentions are painted (and listed, counted, reached by the keyboard): in scope and in a category shown. */
  const isPainted = (pageMention: PageMention): boolean => {
    const category = categoryOfMention(pageMention);
    return category !== null && settings.categories[category] && inScope(pageMention);
  };
  const currentlyPainted = (): PageMention[] => (painted ??= all.filter(isPainted));
  const paintItem = (pageMention: PageMention) => {
    const category = categoryOfMention(pageMention);
    return category ? { range: pageMention.range, category } : null;
  };

  const toPaint = (mentions: readonly PageMention[]) => mentions.filter(inScope).map(paintItem).filter((item) => item !== null);

  // Past PAINT_ALL_UP_TO mentions only those near the viewport are painted (paint-window.ts), and
  // the window is worked out again, once per frame, when the page scrolls or the mentions change.
  // It is read in a task queued from the frame's animation callbacks, so it runs after that frame's
  // layout: reading boxes in the callback itself would force a layout of the whole page, and a
  // second one when the page changes its DOM later in the same frame.
  // A page that never stops changing (change-rate.ts) is painted near the viewport only, and nearer.
  const changeRate = createChangeRate();
  let alwaysChanging = false;
  const windowed = () => alwaysChanging || all.length > PAINT_ALL_UP_TO;
  let windowFrame = 0;
  let windowTask: ReturnType<typeof setTimeout> | 0 = 0;
  const afterLayout = () => {
    windowTask = setTimeout(paintWindow, 0);
  };
  const paintWindow = () => {
    windowFrame = 0;
    windowTask = 0;
    if (controller.signal.aborted || !painter) return;
    const [from, to] = windowNearViewport(all, window.innerHeight, (pageMention) => {
      const element = pageMention.range.startContainer.parentElement;
      return element?.isConnected ? element.getBoundingClientRect() : null;
    }, alwaysChanging ? CHANGING_PAGE_MARGIN_SCREENS : MARGIN_SCREENS);
    const shown = all.slice(from, to);
    painter.paintOnly(toPaint(shown));
    options.onPainted?.(shown.filter(isPainted));
  };
  const scheduleWindow = () => {
    if (!windowFrame && windowed()) windowFrame = window.requestAnimationFrame(afterLayout);
  };
  const window: Window = document.defaultView ?? globalThis.window;
  window.addEventListener('scroll', scheduleWindow, { capture: true, passive: true, signal: controller.signal });
  window.addEventListener('resize', scheduleWindow, { passive: true, signal: controller.signal });
  controller.signal.addEventListener(
    'abort',
    () => {
      if (windowFrame) window.cancelAnimationFrame(windowFrame);
      if (windowTask) clearTimeout(windowTask);
    },
    { once: true },
  );

  /** Paints from scratch: when the scope changes, or when which mention is "first" may have moved. */
  const repaint = () => {
    firstOf = new Map();
    for (const pageMention of all) if (!firstOf.has(pageMention.match.entityId)) firstOf.set(pageMention.match.entityId, pageMention);
    painted = null;
    if (windowed()) scheduleWindow();
    else {
      painter?.paintOnly(toPaint(all));
      options.onPainted?.(currentlyPainted());
    }
    onPaintedChanged?.();
  };

  const annotator = startAnnotator({
    root: document.body ?? document.documentElement,
    scan,
    exclude: host.host,
    signal: controller.signal,
    onRescanFailed: (error) => options.report('The page changed and could not be read again; its highlights stay as they were.', error),
    onPhase: options.onPhase,
    onPageChanged: () => {
      if (alwaysChanging || !changeRate.changed(performance.now())) return;
      alwaysChanging = true;
      scheduleWindow();
    },
    onMentionsChanged: (mentions, change) => {
      all = mentions;
      // A card anchored to text that left the page closes with it.
      if (change.removed.length) card?.dropped(change.removed);
      if (settings.mentionScope === 'first') {
        repaint();
        return;
      }
      if (windowed()) {
        // The window is repainted whole, and first paints the mentions the reader sees.
        painted = null;
        scheduleWindow();
        onPaintedChanged?.();
        return;
      }
      // Back under the limit after a window: paint everything again.
      if (all.length - change.added.length + change.removed.length > PAINT_ALL_UP_TO) {
        repaint();
        return;
      }
      // Most batches only add text (the first pass, infinite scroll): paint just what changed,
      // so a long page costs each slice its own mentions, not everything found so far.
      for (const pageMention of change.removed) {
        const category = categoryOfMention(pageMention);
        if (category) painter?.delete(pageMention.range, category);
      }
      for (const pageMention of change.added) {
        const category = categoryOfMention(pageMention);
        if (category) painter?.add(pageMention.range, category);
      }
      options.onPainted?.(change.added.filter(isPainted));
      painted = null;
      onPaintedChanged?.();
    },
  });

  // A crash in the first pass leaves the page as it was (no highlights, no host) and is told once.
  const annotated = annotator.ready.then(
    () => true,
    (error: unknown) => {
      if (controller.signal.aborted) return false;
      options.report('The page could not be annotated; it is left as it was.', error);
      teardown();
      onPaintedChanged?.();
      return false;
    },
  );

  // The card's machinery is set up once the highlights are painted, off the path to painting them.
  let card: CardController | null = null;
  const cardReady = annotated.then(async (ok): Promise<CardController | null> => {
    if (!ok) return null;
    await yieldToPage();
    if (controller.signal.aborted) return null;
    host.attach();
    card = createCardController({
      document,
      host,
      frameLocation: options.frameLocation,
      painter,
      painted: currentlyPainted,
      mentionsInNode: (node) => {
        const mentions = annotator.mentionsInNode(node);
        return mentions.length ? mentions.filter(isPainted) : mentions;
      },
      hoverDelayMs: () => settings.hoverDelayMs,
      report: options.report,
      onCardOpened: options.onCardOpened,
      onCardShown: options.onCardShown,
      signal: controller.signal,
    });
    return card;
  });

  if (options.onRootReplaced) watchDocumentRoots(document, options.onRootReplaced, controller.signal);

  // The page may clear CSS.highlights, drop our stylesheet, or hide our names with rules of its own.
  // Not before the first pass is done: reading a ::highlight() style makes the browser compute the
  // whole page's style, which on a long page still loading is a stall of its own.
  let firstPassDone = false;
  void annotated.then((ok) => (firstPassDone = ok));
  if (painter) {
    const timer = setInterval(() => {
      if (!firstPassDone) return;
      const first = currentlyPainted()[0];
      const category = first ? categoryOfMention(first) : null;
      const element = first?.range.startContainer.parentElement;
      const result = painter.check(category && element?.isConnected ? { element, category } : null);
      if (result === 'hidden') options.report('The page hides Counterpoint’s highlights with its own style rules, even under new names; cards still open on them.');
    }, HIGHLIGHT_CHECK_MS);
    controller.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  }

  const cardApi: CardController = {
    openFor: async (pageMention, how) => {
      await (await cardReady)?.openFor(pageMention, how);
    },
    move: async (direction) => {
      await (await cardReady)?.move(direction);
    },
    reveal: async (entityId) => (await (await cardReady)?.reveal(entityId)) ?? false,
    close: (returnFocus) => card?.close(returnFocus),
    isOpen: () => card?.isOpen() ?? false,
    dropped: (mentions) => card?.dropped(mentions),
  };

  return {
    host,
    card: cardApi,
    ready: annotated.then(() => undefined),
    stats: annotator.stats,
    painted: currentlyPainted,
    signal: controller.signal,
    applySettings(next) {
      const scopeChanged = next.mentionScope !== settings.mentionScope;
      settings = next;
      // A style or a category is a rule or a registry entry: nothing to rescan or repaint.
      painter?.setStyle(next.highlightStyle);
      painter?.showCategories(next.categories);
      if (scopeChanged) repaint();
      else {
        painted = null;
        onPaintedChanged?.();
      }
    },
    destroy: teardown,
  };

  function teardown(): void {
    if (controller.signal.aborted) return;
    controller.abort();
    painter?.clear();
    painted = [];
    firstOf = new Map();
    all = [];
    host.destroy();
  }
}
