// Where the card frame's page is, for the content script that opens it.
import browser from 'webextension-polyfill';
import { capabilities } from './capabilities';

export const CARD_PAGE_PATH = 'card/card.html';

/**
 * The frame's URL and the origin its document will have. Chrome hands content scripts a
 * per-session URL for a `use_dynamic_url` resource (so pages cannot probe for it), but the
 * document it loads has the extension's own origin, and the port is offered to that origin only.
 */
export function cardFrameLocation(): { url: string; origin: string } {
  // An orphaned content script (the extension was reloaded) has no extension left to frame.
  if (!browser.runtime?.id) throw new Error('Extension context invalidated.');
  const url = browser.runtime.getURL(CARD_PAGE_PATH);
  const { protocol, origin } = new URL(url);
  return { url, origin: capabilities.dynamicResourceUrls ? `${protocol}//${browser.runtime.id}` : origin };
}
