// Reads the mention shortcuts from the browser and opens its shortcut settings where it can.
import browser from 'webextension-polyfill';
import { mentionShortcuts, type MentionShortcut } from '../core/shortcut-text';
import { capabilities } from './capabilities';

export async function readMentionShortcuts(): Promise<MentionShortcut[]> {
  return mentionShortcuts(await browser.commands.getAll());
}

/** Chrome's shortcut page can be opened by an extension; Firefox's about:addons cannot (the UI gives the path). */
export const canOpenShortcutSettings = capabilities.shortcutSettingsUrl !== null;

export async function openShortcutSettings(): Promise<void> {
  if (capabilities.shortcutSettingsUrl) await browser.tabs.create({ url: capabilities.shortcutSettingsUrl });
}
