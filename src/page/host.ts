// The one element Counterpoint adds to a page: a host with a closed shadow root for our UI.
// Page CSS cannot reach in, ours cannot leak out, and page scripts cannot read the card.

export const HOST_TAG = 'counterpoint-ui';

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Puts the host into the page; until then it exists only for us. */
  attach(): void;
  destroy(): void;
}

/** Host styles are !important inside the shadow root, which beats even `* { all: unset !important }` outside. */
const HOST_CSS = `:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  display: block !important;
  contain: none !important;
  pointer-events: none !important;
  transform: none !important;
}`;

/** Creates the host and its shadow root; `attach()` adds it to the page once there is something to show. */
export function createHost(document: Document, styles: string): UiHost {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `${HOST_CSS}\n${styles}`;
  shadow.append(style);
  return {
    host,
    shadow,
    // On <html>, not <body>: frameworks that own <body> re-render without meeting us.
    attach: () => void (host.isConnected || document.documentElement.append(host)),
    destroy: () => host.remove(),
  };
}
