// The card frame's side: shows the card the content script asks for, with data the frame fetches
// from the background itself, and records classroom predictions through the background too. The
// content script only says which mention (what the page already shows); nothing it relays can put
// words into a card or an answer into the reading log. Browser APIs come in as options.
import { h, render, type ComponentChildren } from 'preact';
import { pageToFrame, type CardRequest, type CardStateKind, type FrameToPage, type PageToFrame } from '../core/card-protocol';
import { cardView } from '../core/card-view';
import { navigationKey } from '../core/keyboard';
import type { Prediction } from '../core/reading-log';
import { checkShape } from '../core/shape';
import type { CardData, Lang } from '../core/types';
import { isEditable, keyTarget } from '../page/editable';
import { CardDialog } from '../ui/card/CardDialog';
import type { CardState } from '../ui/card/CardPanel';
import { PredictGate } from '../ui/classroom/PredictGate';
import { translator } from '../ui/i18n';

export interface FrameSettings {
  lang: Lang;
  classroom: boolean;
}

export interface CardFrameSessionOptions {
  document: Document;
  root: HTMLElement;
  port: MessagePort;
  settings: Promise<FrameSettings>;
  onSettingsChanged(callback: (settings: FrameSettings) => void): void;
  lookup(entityId: string): Promise<CardData | null>;
  /** Resolves `{ ok: false }` (or rejects) when the log could not keep the prediction. */
  record(prediction: Prediction): Promise<{ ok: boolean; reason?: string } | undefined>;
  openSource(sourceId: string, claimId: string): Promise<unknown>;
  isContextGone(error: unknown): boolean;
  /** Wait before the one automatic retry of a failed lookup (a restarting service worker). */
  retryDelayMs?: number;
}

type Status = 'loading' | 'ready' | 'failed' | 'unavailable';

interface ShownCard extends CardRequest {
  requestId: number;
  pinned: boolean;
  status: Status;
  data: CardData | null;
  openedAt: string;
  /** The student's prediction was not saved: the card says so instead of pretending. */
  notSaved?: 'storage-full' | 'other';
}

const PROTOCOL_STATE: Record<Status, CardStateKind> = { loading: 'loading', ready: 'ready', failed: 'failed', unavailable: 'gone' };

function randomId(window: Window): string {
  const bytes = window.crypto.getRandomValues(new Uint8Array(6));
  return `${Date.now().toString(36)}-${[...bytes].map((byte) => byte.toString(36)).join('')}`;
}

export function startCardFrameSession(options: CardFrameSessionOptions): void {
  const { document, root, port } = options;
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a document that runs a script has its window
  const window = document.defaultView!;
  let settings: FrameSettings | null = null;
  let shown: ShownCard | null = null;
  const cards = new Map<string, Promise<CardData | null>>();
  /** Entities whose question the student answered on this page: not asked again. */
  const answered = new Set<string>();

  const post = (message: FrameToPage) => port.postMessage(message);
  /** Problems go to the content script, which reports them in the page's console. */
  const report = (problem: string, error?: unknown) =>
    post({ type: 'problem', text: (error === undefined ? problem : `${problem} ${error instanceof Error ? error.message : String(error)}`).slice(0, 4_000) });

  const fetchCard = async (entityId: string): Promise<CardData | null> => {
    try {
      return await options.lookup(entityId);
    } catch (error) {
      if (options.isContextGone(error)) throw error;
      await new Promise((resolve) => window.setTimeout(resolve, options.retryDelayMs ?? 300));
      return options.lookup(entityId);
    }
  };
  const cardFor = (entityId: string): Promise<CardData | null> => {
    let card = cards.get(entityId);
    if (!card) {
      card = fetchCard(entityId);
      cards.set(entityId, card);
      // Only found cards are kept; a failure or a missing card is asked for again next time.
      card.then((data) => data || cards.delete(entityId), () => cards.delete(entityId));
    }
    return card;
  };

  const cardElement = () => root.querySelector<HTMLElement>('.card');
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a card is shown only once the settings have arrived
  const label = (card: ShownCard, t: ReturnType<typeof translator>) => t('cardDialogLabel', [card.data?.entity.name[settings!.lang] ?? card.mention.text]);

  const reportSize = () => {
    const card = shown;
    const element = cardElement();
    if (!card || !element || !settings) return;
    const height = element.scrollHeight + element.offsetHeight - element.clientHeight;
    post({ type: 'rendered', requestId: card.requestId, state: PROTOCOL_STATE[card.status], height, label: label(card, translator(settings.lang)) });
  };
  const resizes = new ResizeObserver(reportSize);

  const gateFor = (card: ShownCard, lang: Lang, t: ReturnType<typeof translator>) => {
    const data = card.data;
    if (!settings?.classroom || !data?.question) return undefined;
    const view = cardView(data, lang);
    return (counterpoints: ComponentChildren) =>
      h(PredictGate, {
        t,
        lang,
        question: data.question ?? null,
        answered: answered.has(data.entity.id),
        children: card.notSaved
          ? [h('p', { class: 'not-saved', role: 'alert' }, t(card.notSaved === 'storage-full' ? 'classroomNotSavedFull' : 'classroomNotSaved')), counterpoints]
          : counterpoints,
        onReveal: (answer: string) => {
          answered.add(data.entity.id);
          const prediction: Prediction = {
            id: randomId(window),
            entityId: data.entity.id,
            quote: card.quote,
            questionId: data.question?.id ?? null,
            question: data.question?.prompt[lang] ?? '',
            answer: answer.slice(0, 1_000),
            revealedTopicId: view.topic?.id ?? null,
            revealedClaimIds: view.topic?.positions.flatMap((position) => position.claims.map((claim) => claim.id)) ?? [],
            openedAt: card.openedAt,
            revealedAt: new Date().toISOString(),
          };
          const notSaved = (reason: 'storage-full' | 'other', problem: string) => {
            card.notSaved = reason;
            report(`The prediction was not saved to the reading log: ${problem}`);
            if (shown === card) draw();
          };
          options.record(prediction).then(
            (result) => {
              if (!result?.ok) notSaved(result?.reason === 'storage-full' ? 'storage-full' : 'other', result?.reason ?? 'no answer from the background');
            },
            (error: unknown) => notSaved('other', error instanceof Error ? error.message : String(error)),
          );
        },
      });
  };

  const draw = () => {
    const card = shown;
    if (!card || !settings) {
      render(null, root);
      return;
    }
    const { lang } = settings;
    const t = translator(lang);
    document.documentElement.lang = lang;
    const state: CardState = card.status === 'ready' && card.data ? { kind: 'ready', view: cardView(card.data, lang) } : { kind: card.status === 'ready' ? 'failed' : card.status };
    render(
      h(CardDialog, {
        key: card.requestId,
        t,
        lang,
        state,
        label: label(card, t),
        mention: card.mention,
        pinned: card.pinned,
        onPin: (pinned: boolean) => {
          card.pinned = pinned;
          post({ type: 'pin', pinned });
          draw();
        },
        onClose: () => post({ type: 'close', returnFocus: true }),
        onRetry: () => void load(card, true),
        onOpenSource: (sourceId: string, claimId: string) => void options.openSource(sourceId, claimId).catch((error: unknown) => report('Could not open the source viewer.', error)),
        gateCounterpoints: gateFor(card, lang, t),
      }),
      root,
    );
    const element = cardElement();
    if (element) resizes.observe(element.firstElementChild ?? element);
    reportSize();
  };

  async function load(card: ShownCard, focus: boolean): Promise<void> {
    const entityId = card.mention.entityId;
    card.status = 'loading';
    draw();
    if (focus) cardElement()?.focus({ preventScroll: true });
    try {
      card.data = await cardFor(entityId);
      card.status = card.data ? 'ready' : 'failed';
      if (!card.data) report(`There is no card for “${entityId}” in the fact base; a teacher pack that had it may have been switched off.`);
    } catch (error) {
      card.status = options.isContextGone(error) ? 'unavailable' : 'failed';
      report(`Could not load the card for “${entityId}”.`, error);
    }
    if (shown !== card) return;
    draw();
    if (focus) cardElement()?.focus({ preventScroll: true });
  }

  async function onMessage(message: PageToFrame): Promise<void> {
    if (message.type === 'prepare') {
      cardFor(message.entityId).catch(() => undefined);
      return;
    }
    if (message.type === 'hide') {
      shown = null;
      draw();
      return;
    }
    if (message.type === 'focus') {
      cardElement()?.focus({ preventScroll: true });
      return;
    }
    const { requestId, mention, quote, pinned, focus } = message;
    const card: ShownCard = { requestId, mention, quote, pinned, status: 'loading', data: null, openedAt: new Date().toISOString() };
    shown = card;
    settings ??= await options.settings;
    if (shown !== card) return;
    await load(card, focus);
  }

  port.onmessage = (event) => {
    const parsed = checkShape(pageToFrame, event.data, 'message to the card frame');
    if (parsed.ok) void onMessage(parsed.value);
    else report(`Ignored ${parsed.error}`);
  };
  options.onSettingsChanged((next) => {
    settings = next;
    draw();
  });
  void options.settings.then((loaded) => {
    settings ??= loaded;
  });

  // The page cannot tell where the pointer is inside the frame, so the frame says so.
  document.documentElement.addEventListener('pointerenter', () => post({ type: 'pointer', onCard: true }));
  document.documentElement.addEventListener('pointerleave', () => post({ type: 'pointer', onCard: false }));

  // Keys pressed inside the card: Esc closes it, and the mention shortcuts work here too.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      post({ type: 'close', returnFocus: true });
      return;
    }
    const direction = navigationKey(event);
    if (!direction || isEditable(keyTarget(event))) return;
    event.preventDefault();
    post({ type: 'move', direction });
  });

  post({ type: 'hello' });
}
