// Background entry: holds the fact base, answers card lookups, keeps the badge, records the
// classroom log, forwards keyboard commands. In Chrome it is a service worker that may stop at
// any time, so it keeps nothing it cannot rebuild from storage.
import { pickQuestion } from '../core/classroom';
import { logEntryFor, type LogEntry } from '../core/reading-log';
import { reportProblem } from '../core/report';
import type { CardData, FactPack } from '../core/types';
import type { FactBase } from '../core/factbase';
import { onCommand, onInstalled, onPermissionsAdded, openWebTabs, setBadge as setBadgeText } from '../platform/background-events';
import { cardFramePage } from '../platform/card-sender';
import { activeTabId, openExtensionPage } from '../platform/extension-pages';
import { factBaseOf, loadMergedPack, onPacksChanged, refreshPackLexicon } from '../platform/fact-packs-store';
import { classifyMessageError } from '../platform/message-faults';
import { handleMessages, sendToTab, type RecordPredictionResult } from '../platform/messages';
import { recordEntry } from '../platform/reading-log-store';
import { readMentionShortcuts } from '../platform/shortcuts';
import { isSiteActive, type Settings } from '../core/settings';
import { hasSiteAccess, startInTab, syncContentScript } from '../platform/content-script-registration';
import { loadSettings, onSettingsChanged, settleSettingsVersion } from '../platform/settings-store';

// Stored packs are checked each time they are read, so they are read once per worker life and change.
// A failed load is not kept: the card's "Try again" (or the next card) loads it again.
let merged: Promise<FactPack> | null = null;
let factBase: Promise<FactBase> | null = null;
function forget<T>(loading: Promise<T>, isCurrent: () => boolean, clear: () => void): Promise<T> {
  // eslint-disable-next-line no-restricted-syntax -- whoever awaits `loading` gets the failure; here it is only forgotten
  loading.catch(() => {
    if (isCurrent()) clear();
  });
  return loading;
}
const currentPack = (): Promise<FactPack> => {
  if (merged) return merged;
  const loading = loadMergedPack();
  merged = loading;
  return forget(loading, () => merged === loading, () => (merged = null));
};
const currentFactBase = (): Promise<FactBase> => {
  if (factBase) return factBase;
  const loading = currentPack().then(factBaseOf);
  factBase = loading;
  return forget(loading, () => factBase === loading, () => (factBase = null));
};
onPacksChanged(() => {
  merged = null;
  factBase = null;
});

async function lookup(entityId: string): Promise<CardData | null> {
  const card = (await currentFactBase()).lookup(entityId);
  if (!card) return null;
  return { ...card, question: pickQuestion((await currentPack()).questions, card) };
}

/** The sender shows a refusal to the student; the log itself is never left half-written. */
async function recordPrediction(entry: LogEntry): Promise<RecordPredictionResult> {
  const saved = await recordEntry(entry);
  if (saved.ok) return { ok: true, urlShortened: saved.entry.urlShortened === true };
  reportProblem(`A classroom prediction was not saved: ${saved.message}`);
  return { ok: false, reason: saved.reason, message: saved.message };
}

async function setBadge(tabId: number, distinctEntities: number): Promise<void> {
  const { badge } = await loadSettings();
  const text = badge && distinctEntities > 0 ? String(distinctEntities) : '';
  await setBadgeText(tabId, text, '#1f5f8b');
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
    return recordPrediction(logEntryFor(prediction, page));
  },
  'CardToBackground.mentionShortcuts': async () => {
    // The same key caps as the popup ("Alt+Shift+."), read where the reader may have changed them.
    const shortcuts = await readMentionShortcuts();
    const keys = (command: string) => shortcuts.find((shortcut) => shortcut.command === command)?.keys ?? '';
    return { next: keys('next-mention'), previous: keys('previous-mention') };
  },
  'CardToBackground.openSource': async ({ sourceId, claimId }) => {
    await openExtensionPage('viewer/viewer.html', claimId ? { source: sourceId, claim: claimId } : { source: sourceId });
    return { ok: true };
  },
});

/** The content script runs only where the settings allow: registered here, on every start and settings change. */
async function registerContentScript(settings: Settings): Promise<void> {
  await syncContentScript(settings);
  // Firefox lets the reader withhold access to sites; the script then cannot run there until it is given.
  if (!(await hasSiteAccess(settings))) reportProblem('Site access is not granted, so pages are not read. Allow it in the add-on’s permissions.');
}
const reportRegistration = (error: unknown) => reportProblem('Could not register the content script.', error);
void loadSettings().then(registerContentScript).catch(reportRegistration);
onPermissionsAdded(() => void loadSettings().then(registerContentScript).catch(reportRegistration));

/** Tabs already open on a site just switched on get the script now, as they would have before registration. */
async function startWhereNowActive(settings: Settings): Promise<void> {
  for (const tab of await openWebTabs()) {
    if (!isSiteActive(settings, new URL(tab.url).hostname)) continue;
    const tabId = tab.id;
    // A script already there follows the settings itself; only a tab without one is started.
    const present = await sendToTab(tabId, 'PopupToContent.getPageState', {}).then(() => true, () => false);
    if (!present) await startInTab(tabId).catch((error: unknown) => reportProblem('Could not start on an open tab.', error));
  }
}
onSettingsChanged((settings) => {
  void registerContentScript(settings).then(() => startWhereNowActive(settings)).catch(reportRegistration);
});

// An update may bring a stricter pack check, and version 2 changed where Counterpoint runs by default.
onInstalled((reason) => {
  void settleSettingsVersion(reason)
    .catch((error: unknown) => reportProblem('Could not settle the settings version.', error))
    .then(loadSettings)
    // Open tabs get the script too: a registered script, unlike a manifest one, is not injected into
    // pages already open when the extension is installed, updated or reloaded (the old copy steps aside).
    .then(async (settings) => {
      await registerContentScript(settings);
      await startWhereNowActive(settings);
    })
    .catch(reportRegistration);
  void refreshPackLexicon().catch((error: unknown) => reportProblem('Could not refresh the teacher packs’ names.', error));
});

onCommand((command) => {
  const direction = command === 'next-mention' ? 'next' : command === 'previous-mention' ? 'previous' : null;
  if (!direction) return;
  void activeTabId().then((tabId) => {
    if (tabId === undefined) return;
    return sendToTab(tabId, 'BackgroundToContent.moveToMention', { direction }).catch((error: unknown) => {
      // A tab with no content script (a browser page, a tab opened before install) has nothing to move to.
      if (classifyMessageError(error) === 'other') reportProblem('Could not move to the next mention.', error);
    });
  });
});
