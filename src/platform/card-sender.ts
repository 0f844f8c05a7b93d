// Which page a message from the card frame speaks for: the tab the frame is in, as the browser
// reports it. Nothing the page writes reaches this; the page cannot message the extension at all.
// A long address is shortened by the log (fitLogEntry), not refused.
import browser, { type Runtime } from 'webextension-polyfill';
import { CARD_PAGE_PATH } from './card-frame-location';

export function cardFramePage(sender: Runtime.MessageSender): { ok: true; url: string; pageTitle: string } | { ok: false; error: string } {
  const from = sender.url ? new URL(sender.url) : null;
  const isCardFrame = sender.id === browser.runtime.id && from !== null && /^(chrome|moz)-extension:$/.test(from.protocol) && from.pathname === `/${CARD_PAGE_PATH}`;
  if (!isCardFrame) return { ok: false, error: 'only the card frame records predictions' };
  const url = sender.tab?.url;
  if (!url || !/^https?:/.test(url)) return { ok: false, error: 'the card frame’s tab has no web page address' };
  return { ok: true, url, pageTitle: sender.tab?.title ?? '' };
}
