// Background entry: holds the fact base, answers card lookups, keeps the badge, records the
// classroom log, forwards keyboard commands. In Chrome it is a service worker that may stop at
// any time, so it keeps nothing it cannot rebuild from storage.
import browser from 'webextension-polyfill';
import { pickQuestion } from '../core/classroom';
import { logEntryFor } from '../core/reading-log';
import type { CardData } from '../core/types';
import { cardFramePage } from '../platform/card-sender';
import { loadFactBase, loadMergedPack, onPacksChanged } from '../platform/fact-packs-store';
import { handleMessages, sendToTab } from '../platform/messages';
import { recordEntry } from '../platform/reading-log-store';
import { loadSettings } from '../platform/settings-store';

let factBase: ReturnType<typeof loadFactBase> | null = null;
function currentFactBase(): ReturnType<typeof loadFactBase> {
  if (factBase) return factBase;
  const loading = loadFactBase();
  factBase = loading;
  // A failed load is not kept: the card's "Try again" (or the next card) loads it again.
  loading.catch(() => {
    if (factBase === loading) factBase = null;
  });
  return loading;
}
onPacksChanged(() => {
  factBase = null;
});

async function lookup(entityId: string): Promise<CardData | null> {
  const card = (await currentFactBase()).lookup(entityId);
  if (!card) return null;
  return { ...card, question: pickQuestion((await loadMergedPack()).questions, card) };
}

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
  'ExtensionPageToBackground.lookupEntity': ({ entityId }) => lookup(entityId),
  'CardToBackground.recordPrediction': async ({ prediction }, sender) => {
    const page = cardFramePage(sender);
    if (!page.ok) throw new Error(`Prediction not recorded: ${page.error}.`);
    await recordEntry(logEntryFor(prediction, page));
    return { ok: true };
  },
  'CardToBackground.openSource': async ({ sourceId, claimId }) => {
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
