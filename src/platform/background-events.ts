// The background's browser events and the toolbar badge.
import browser, { type Runtime } from 'webextension-polyfill';

export type InstallReason = Runtime.OnInstalledReason;

export function onInstalled(callback: (reason: InstallReason) => void): void {
  browser.runtime.onInstalled.addListener(({ reason }) => callback(reason));
}

/** Keyboard commands from the manifest; Firefox for Android has no commands API. */
export function onCommand(callback: (command: string) => void): void {
  browser.commands?.onCommand.addListener(callback);
}

/** Site access granted later (Firefox lets the reader withhold it at install). */
export function onPermissionsAdded(callback: () => void): void {
  browser.permissions.onAdded.addListener(callback);
}

/** The open web tabs (http and https), with their addresses. */
export async function openWebTabs(): Promise<{ id: number; url: string }[]> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  return tabs.flatMap((tab) => (tab.id !== undefined && tab.url ? [{ id: tab.id, url: tab.url }] : []));
}

export async function setBadge(tabId: number, text: string, color: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
}
