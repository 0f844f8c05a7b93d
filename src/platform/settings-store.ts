// Settings live in storage.sync (they follow the reader between machines), stored as a diff from defaults.
import browser from 'webextension-polyfill';
import { defaultSettings, SETTINGS_VERSION, settingsDiff, settingsFrom, UNTOUCHED_VERSION_1, type Settings } from '../core/settings';
import { DEFAULT_NEWS_SITES } from './default-sites';
import { reportProblem } from '../core/report';

export const DEFAULTS: Settings = defaultSettings(DEFAULT_NEWS_SITES);

export async function loadSettings(): Promise<Settings> {
  try {
    return settingsFrom(await browser.storage.sync.get(null), DEFAULTS);
  } catch (error) {
    reportProblem('Could not read settings; using defaults.', error);
    return DEFAULTS;
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  const diff = settingsDiff(settings, DEFAULTS);
  const stored = await browser.storage.sync.get(null);
  const stale = Object.keys(stored).filter((key) => !(key in diff));
  if (stale.length) await browser.storage.sync.remove(stale);
  await browser.storage.sync.set(diff);
}

export async function resetSettings(): Promise<void> {
  await browser.storage.sync.clear();
  await browser.storage.sync.set({ settingsVersion: SETTINGS_VERSION });
}

/**
 * On install, marks the store as today's, so an empty store can only mean an install from before
 * version 2 stored its settings; on an update, such a store keeps the old defaults (settings.ts).
 */
export async function settleSettingsVersion(reason: string): Promise<void> {
  const stored = await browser.storage.sync.get(null);
  if (Object.keys(stored).length) return;
  if (reason === 'install') await browser.storage.sync.set({ settingsVersion: SETTINGS_VERSION });
  else if (reason === 'update') await browser.storage.sync.set(settingsDiff(settingsFrom(UNTOUCHED_VERSION_1, DEFAULTS), DEFAULTS));
}

/** Calls back with the new settings whenever any part of the extension saves them. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync') void loadSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
