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

export async function setBadge(tabId: number, text: string, color: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
}
