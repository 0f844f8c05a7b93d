// The reading log lives on this device only (storage.local). Writes go through the background,
// one at a time, so two tabs can't overwrite each other's entries.
import browser from 'webextension-polyfill';
import { appendEntry, isLogEntry, type LogEntry } from '../core/reading-log';

const KEY = 'readingLog';

export async function loadLog(): Promise<LogEntry[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? stored.filter(isLogEntry) : [];
}

let queue: Promise<unknown> = Promise.resolve();
/** Serializes read-modify-write updates within this context. */
function update(change: (log: LogEntry[]) => LogEntry[]): Promise<void> {
  const next = queue.then(async () => {
    await browser.storage.local.set({ [KEY]: change(await loadLog()) });
  });
  queue = next.catch(() => {});
  return next;
}

export const recordEntry = (entry: LogEntry) => update((log) => appendEntry(log, entry));
export const importEntries = (entries: LogEntry[]) => update((log) => entries.reduce(appendEntry, log));
export const clearLog = () => browser.storage.local.remove(KEY);

export function onLogChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
