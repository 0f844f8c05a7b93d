// The card's frame as the content script sees it: an extension page in an <iframe> inside our
// host, created the first time a card is wanted and reused for every card after. The frame gets
// one end of a MessageChannel, offered to its exact origin with a secret only its URL carries;
// the page holds neither end, and no listener of ours reads the page's window messages.
import { frameToPage, PORT_OFFER, type FrameToPage, type PageToFrame } from '../core/card-protocol';
import { checkShape } from '../core/shape';
import type { UiHost } from './host';

/** Where the frame's page is, and the origin its document will have. */
export interface FrameLocation {
  url: string;
  origin: string;
}

export interface CardFrameOptions {
  document: Document;
  host: UiHost;
  location(): FrameLocation;
  onMessage(message: FrameToPage): void;
  /** The frame went away (the page removed our host, or moved it and so reloaded the frame). */
  onLost(): void;
  report(problem: string, error?: unknown): void;
  signal: AbortSignal;
}

export interface CardFrame {
  /** Creates the frame if needed; resolves with it once it accepted our port, null if it cannot start. */
  ready(): Promise<HTMLIFrameElement | null>;
  /** Tells the frame what to show. */
  render(message: PageToFrame): void;
  show(): void;
  hide(): void;
  focus(): void;
  /** The zoom the page's CSS puts on our host, which the frame must undo to keep its size. */
  inheritedZoom(): number;
  destroy(): void;
}

interface Link {
  iframe: HTMLIFrameElement;
  port: MessagePort;
  /** Resolves true once the frame said hello on the port, false if it never will. */
  started: Promise<boolean>;
  settle(started: boolean): void;
}

/** How long the frame may take to load, and then to answer once loaded (its script runs before its load event). */
const LOAD_TIMEOUT_MS = 10_000;
const ANSWER_TIMEOUT_MS = 5_000;

/**
 * Firefox injects a fresh content script when the extension is reloaded or updated, and the old
 * one can no longer run to take its host away. Only content scripts can see into closed shadow
 * roots there (`openOrClosedShadowRoot`), so the new one finds hosts holding a frame of ours and
 * removes them. Chrome leaves the old script running, and it removes its own host once it finds the extension gone.
 */
function removeOrphanedHosts(document: Document, ours: Element, frameUrl: string): void {
  for (const element of [...(document.documentElement?.children ?? [])]) {
    if (element === ours || element.tagName !== 'DIV') continue;
    const root = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    if (root?.querySelector('iframe')?.src.startsWith(frameUrl)) element.remove();
  }
}

function randomNonce(window: Window): string {
  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function createCardFrame(options: CardFrameOptions): CardFrame {
  const { document, host, signal } = options;
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a document that runs a script has its window
  const window = document.defaultView!;
  let link: Link | null = null;

  const hostInPlace = () => host.host.parentNode === document.documentElement;
  try {
    removeOrphanedHosts(document, host.host, options.location().url);
  } catch (error) {
    options.report('Could not look for a previous copy of Counterpoint in the page.', error);
  }

  const drop = (dropped: Link) => {
    dropped.settle(false);
    dropped.port.close();
    dropped.iframe.remove();
    if (link !== dropped) return;
    link = null;
    options.onLost();
  };

  const create = (): Link => {
    const { url, origin } = options.location();
    const nonce = randomNonce(window);
    const iframe = document.createElement('iframe');
    iframe.src = `${url}#${nonce}`;
    iframe.title = 'Counterpoint';
    if (typeof iframe.showPopover === 'function') iframe.popover = 'manual';
    else iframe.hidden = true;
    const channel = new MessageChannel();
    let resolveStarted: (started: boolean) => void = () => {};
    const started = new Promise<boolean>((resolve) => (resolveStarted = resolve));
    const giveUp = (problem: string) => {
      options.report(`${problem} Counterpoint tries again with the next card.`);
      drop(created);
    };
    let timer = window.setTimeout(() => giveUp(`The card frame did not load within ${LOAD_TIMEOUT_MS / 1000} s (or the page keeps removing Counterpoint's element).`), LOAD_TIMEOUT_MS);
    const created: Link = {
      iframe,
      port: channel.port1,
      started,
      settle(value) {
        window.clearTimeout(timer);
        resolveStarted(value);
      },
    };
    channel.port1.onmessage = (event) => {
      const parsed = checkShape(frameToPage, event.data, 'card frame message');
      if (!parsed.ok) options.report(`Ignored ${parsed.error}`);
      else if (parsed.value.type === 'hello') created.settle(true);
      else if (link === created) options.onMessage(parsed.value);
    };
    let loads = 0;
    iframe.addEventListener('load', (event) => {
      if (!event.isTrusted) return;
      loads += 1;
      // Only the document we asked for can take the port: the offer names its exact origin.
      if (loads === 1) {
        iframe.contentWindow?.postMessage({ type: PORT_OFFER, nonce }, origin, [channel.port2]);
        window.clearTimeout(timer);
        // Only said, not given up on: a busy machine can answer late, and the card then opens. A
        // frame that cannot run scripts never answers, and there is nothing to show on that page anyway.
        timer = window.setTimeout(() => options.report('The card frame loaded but does not answer: this page’s Content-Security-Policy sandbox keeps frames, ours too, from running scripts, or the computer is very busy. The card opens if the frame answers later.'), ANSWER_TIMEOUT_MS);
      }
      // A later load is a new document, which holds no port: start over on the next card.
      else drop(created);
    }, { signal });
    host.shadow.append(iframe);
    return created;
  };

  const isShown = (iframe: HTMLIFrameElement) => (iframe.popover ? iframe.matches(':popover-open') : !iframe.hidden);

  signal.addEventListener('abort', () => {
    if (link) drop(link);
  }, { once: true });

  // Our host taken out of the page takes the frame's document with it: let go at once, so a card
  // being opened does not wait for a frame that will never answer.
  const watchHost = new MutationObserver(() => {
    if (link && !hostInPlace()) drop(link);
  });
  if (document.documentElement) watchHost.observe(document.documentElement, { childList: true });
  signal.addEventListener('abort', () => watchHost.disconnect(), { once: true });

  return {
    async ready() {
      // A second try when the page removed our host while the frame was starting.
      for (let attempt = 0; attempt < 2 && !signal.aborted; attempt++) {
        try {
          if (!hostInPlace()) {
            if (link) drop(link);
            host.attach();
          }
          link ??= create();
          const current = link;
          if ((await current.started) && link === current) return current.iframe;
          if (hostInPlace()) return null;
        } catch (error) {
          options.report('Could not create the card frame.', error);
          return null;
        }
      }
      return null;
    },
    render(message) {
      link?.port.postMessage(message);
    },
    show() {
      const iframe = link?.iframe;
      if (!iframe || isShown(iframe)) return;
      try {
        if (iframe.popover) iframe.showPopover();
        else iframe.hidden = false;
      } catch (error) {
        // Disconnected by the page between ready() and now: the next card rebuilds the frame.
        options.report('Could not show the card.', error);
      }
    },
    hide() {
      const iframe = link?.iframe;
      if (!iframe || !isShown(iframe)) return;
      if (iframe.popover) iframe.hidePopover();
      else iframe.hidden = true;
    },
    focus() {
      link?.iframe.focus({ preventScroll: true });
    },
    inheritedZoom() {
      const zoom = (host.host as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom;
      return typeof zoom === 'number' && zoom > 0 ? zoom : 1;
    },
    destroy() {
      if (link) drop(link);
    },
  };
}
