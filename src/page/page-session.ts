// One page's Counterpoint: the host element, the annotator and the highlights, and their teardown.
// Everything it starts hangs off one AbortController, so `destroy()` really removes it all.
import type { Settings } from '../core/settings';
import { categoryOf } from '../core/settings';
import type { EntityType } from '../core/types';
import { startAnnotator, type Annotator, type AnnotatorOptions, type PageMention, type ScanText } from './annotator';
import { createCardController, type CardController, type CardControllerOptions } from './card-controller';
import { createHighlightPainter, highlightsSupported } from './highlights';
import { createHost, type UiHost } from './host';
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
  /** Test builds: the annotator's phase times. */
  onPhase?: AnnotatorOptions['onPhase'];
  /** Test builds: these mentions were just registered with the painter. */
  onPainted?: (mentions: readonly PageMention[]) => void;
}

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
  const painter = highlightsSupported() ? createHighlightPainter(settings.highlightStyle) : null;
  let all: readonly PageMention[] = [];
  /** The painted mentions in document order, worked out when first asked for after a change. */
  let painted: PageMention[] | null = [];
  /** Each entity's first mention, for the "first mention only" setting. */
  let firstOf = new Map<string, PageMention>();

  /** Which mentions to paint: the enabled categories, and all or only each entity's first. */
  const isPainted = (pageMention: PageMention): boolean => {
    const type = entityTypes.get(pageMention.entityId);
    if (!type || !settings.categories[categoryOf(type)]) return false;
    return settings.mentionScope !== 'first' || firstOf.get(pageMention.entityId) === pageMention;
  };
  const currentlyPainted = (): PageMention[] => (painted ??= all.filter(isPainted));

  /** Paints from scratch: after a settings change, or when which mention is "first" may have moved. */
  const repaint = () => {
    firstOf = new Map();
    for (const pageMention of all) if (!firstOf.has(pageMention.entityId)) firstOf.set(pageMention.entityId, pageMention);
    painted = null;
    const next = currentlyPainted();
    painter?.paintOnly(next.map((pageMention) => pageMention.range));
    options.onPainted?.(next);
    onPaintedChanged?.();
  };

  const annotator = startAnnotator({
    root: document.body ?? document.documentElement,
    scan,
    exclude: host.host,
    signal: controller.signal,
    onPhase: options.onPhase,
    onMentionsChanged: (mentions, change) => {
      all = mentions;
      if (settings.mentionScope === 'first') {
        repaint();
        return;
      }
      // Most batches only add text (the first pass, infinite scroll): paint just what changed,
      // so a long page costs each slice its own mentions, not everything found so far.
      for (const pageMention of change.removed) painter?.delete(pageMention.range);
      for (const pageMention of change.added) if (isPainted(pageMention)) painter?.add(pageMention.range);
      options.onPainted?.(change.added);
      painted = null;
      onPaintedChanged?.();
    },
  });

  // The card's machinery is set up once the highlights are painted, off the path to painting them.
  let card: CardController | null = null;
  const cardReady = annotator.ready
    .catch(() => undefined)
    .then(yieldToPage)
    .then((): CardController | null => {
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
  };

  return {
    host,
    card: cardApi,
    ready: annotator.ready,
    stats: annotator.stats,
    painted: currentlyPainted,
    signal: controller.signal,
    applySettings(next) {
      settings = next;
      painter?.setStyle(next.highlightStyle);
      repaint();
    },
    destroy() {
      if (controller.signal.aborted) return;
      controller.abort();
      painter?.clear();
      painted = [];
      firstOf = new Map();
      all = [];
      host.destroy();
    },
  };
}
