// The one element Counterpoint adds to a page: a plain <div> with a closed shadow root that holds
// the card's <iframe> and nothing else. A built-in element cannot be defined or upgraded by the
// page, so no custom-element constructor or ElementInternals ever sees the root; the root holds no
// text, so no selection or window.find() can land in it; its styles are an adopted sheet, not a
// <style> element with a text node.

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Puts the host back at the end of <html> if the page removed, moved or replaced it. */
  attach(): void;
  destroy(): void;
}

/**
 * `!important` inside the shadow root beats the page's `!important` (and the page's inline styles)
 * on the host, whatever their specificity or layer. No custom properties: a page's `@property`
 * could change what a guessable name means.
 */
const HOST_CSS = `
:host {
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
  visibility: visible !important;
  opacity: 1 !important;
}
iframe {
  all: initial;
  box-sizing: border-box;
  display: block;
  position: fixed;
  inset: auto;
  top: 0;
  left: 0;
  margin: 0;
  padding: 0;
  border: 0;
  width: min(460px, calc(100vw - 16px));
  height: 0;
  max-width: none;
  max-height: none;
  overflow: hidden;
  border-radius: 12px;
  background: transparent;
  color-scheme: light dark;
  box-shadow: 0 10px 30px rgba(0, 0, 0, 0.18), 0 2px 6px rgba(0, 0, 0, 0.12);
  pointer-events: auto;
  opacity: 1;
  transform: none;
  transition: opacity 120ms ease-out, transform 120ms ease-out;
}
iframe:not(:popover-open)[popover], iframe[hidden] { display: none; }
iframe.entering { opacity: 0; transform: translateY(4px); }
iframe.sheet { top: auto; bottom: 0; left: 0; width: 100vw; border-radius: 12px 12px 0 0; }
@media (prefers-color-scheme: dark) {
  iframe { box-shadow: 0 10px 30px rgba(0, 0, 0, 0.6); }
}
@media (prefers-reduced-motion: reduce) {
  iframe { transition: none; }
  iframe.entering { transform: none; }
}`;

export function createHost(document: Document): UiHost {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HOST_CSS);
  shadow.adoptedStyleSheets = [sheet];
  return {
    host,
    shadow,
    // On <html>, not <body>: frameworks that own <body> re-render without meeting us.
    attach() {
      const root = document.documentElement;
      if (root && host.parentNode !== root) root.append(host);
    },
    destroy: () => host.remove(),
  };
}
