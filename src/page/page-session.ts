// One page's Counterpoint: the host element, the annotator and the highlights, and their teardown.
// Everything it starts hangs off one AbortController, so `destroy()` really removes it all.
import type { Settings } from '../core/settings';
import { categoryOf } from '../core/settings';
import type { CardData, EntityType, Lang } from '../core/types';
import type { Translate } from '../ui/i18n';
import { startAnnotator, type Annotator, type PageMention, type ScanText } from './annotator';
import { createCardController, type CardController, type CardControllerOptions } from './card-controller';
import { createHighlightPainter, highlightsSupported } from './highlights';
import { mountHost, type UiHost } from './host';

export interface PageSessionOptions {
  document: Document;
  scan: ScanText;
  entityTypes: ReadonlyMap<string, EntityType>;
  settings: Settings;
  uiStyles: string;
  /** Called whenever the set of painted mentions changes (badge, popup). */
  onPaintedChanged?: (painted: readonly PageMention[]) => void;
  language(): { lang: Lang; t: Translate };
  loadCard(entityId: string): Promise<CardData | null>;
  openSource(sourceId: string, claimId: string): void;
  gateCounterpoints?: CardControllerOptions['gateCounterpoints'];
  onCardOpened?: CardControllerOptions['onCardOpened'];
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

/** Which mentions to paint: the enabled categories, and all or only each entity's first. */
export function selectPainted(mentions: readonly PageMention[], settings: Settings, entityTypes: ReadonlyMap<string, EntityType>): PageMention[] {
  const seen = new Set<string>();
  const selected: PageMention[] = [];
  for (const pageMention of mentions) {
    const { entityId } = pageMention.mention;
    const type = entityTypes.get(entityId);
    if (!type || !settings.categories[categoryOf(type)]) continue;
    if (settings.mentionScope === 'first') {
      if (seen.has(entityId)) continue;
      seen.add(entityId);
    }
    selected.push(pageMention);
  }
  return selected;
}

export function startPageSession(options: PageSessionOptions): PageSession {
  const { document, scan, entityTypes, uiStyles, onPaintedChanged } = options;
  let settings = options.settings;
  const controller = new AbortController();
  const host = mountHost(document, uiStyles);
  const painter = highlightsSupported() ? createHighlightPainter(settings.highlightStyle) : null;
  let painted: PageMention[] = [];
  let paintedSet = new Set<PageMention>();
  let all: readonly PageMention[] = [];

  const repaint = () => {
    const next = selectPainted(all, settings, entityTypes);
    if (painter) {
      const keep = new Set(next.map((pageMention) => pageMention.range));
      for (const old of painted) if (!keep.has(old.range)) painter.delete(old.range);
      for (const pageMention of next) painter.add(pageMention.range);
    }
    painted = next;
    paintedSet = new Set(next);
    onPaintedChanged?.(painted);
  };

  const annotator = startAnnotator({
    root: document.body ?? document.documentElement,
    scan,
    exclude: host.host,
    signal: controller.signal,
    onMentionsChanged: (mentions) => {
      all = mentions;
      repaint();
    },
  });

  const card = createCardController({
    document,
    shadow: host.shadow,
    host: host.host,
    painter,
    painted: () => painted,
    mentionsInNode: (node) => {
      const mentions = annotator.mentionsInNode(node);
      return mentions.length ? mentions.filter((pageMention) => paintedSet.has(pageMention)) : mentions;
    },
    hoverDelayMs: () => settings.hoverDelayMs,
    language: options.language,
    loadCard: options.loadCard,
    openSource: options.openSource,
    gateCounterpoints: options.gateCounterpoints,
    onCardOpened: options.onCardOpened,
    signal: controller.signal,
  });

  return {
    host,
    card,
    ready: annotator.ready,
    stats: annotator.stats,
    painted: () => painted,
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
      all = [];
      host.destroy();
    },
  };
}
