// Background entry: holds the fact base, answers card lookups, keeps the badge, forwards commands.
// In Chrome this is a service worker that may stop at any time, so it keeps no state it cannot rebuild.
import browser from 'webextension-polyfill';
import pack from 'counterpoint:factbase';
import { createFactBase } from '../core/factbase';
import { handleMessages, sendToTab } from '../platform/messages';
import { loadSettings } from '../platform/settings-store';

const factBase = createFactBase(pack);

async function setBadge(tabId: number, distinctEntities: number): Promise<void> {
  const { badge } = await loadSettings();
  const text = badge && distinctEntities > 0 ? String(distinctEntities) : '';
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5f8b' });
}

handleMessages({
  'ContentToBackground.mentionsFound': async ({ entities }, sender) => {
    if (sender.tab?.id !== undefined) await setBadge(sender.tab.id, entities.length);
    return { ok: true };
  },
  'ContentToBackground.lookupEntity': ({ entityId }) => factBase.lookup(entityId) ?? null,
  'ExtensionPageToBackground.lookupEntity': ({ entityId }) => factBase.lookup(entityId) ?? null,
  'ContentToBackground.openSource': async ({ sourceId, claimId }) => {
    const url = new URL(browser.runtime.getURL('viewer/viewer.html'));
    url.searchParams.set('source', sourceId);
    if (claimId) url.searchParams.set('claim', claimId);
    await browser.tabs.create({ url: url.href });
    return { ok: true };
  },
});

browser.commands?.onCommand.addListener((command) => {
  const direction = command === 'next-mention' ? 'next' : command === 'previous-mention' ? 'previous' : null;
  if (!direction) return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id !== undefined) return sendToTab(tab.id, 'BackgroundToContent.moveToMention', { direction }).catch(() => {});
  });
});
