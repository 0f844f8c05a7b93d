// The reading log lives on this device only (storage.local). Writes go through the background,
// one at a time, so two tabs can't overwrite each other's entries.
import browser from 'webextension-polyfill';
import { appendEntry, fitLogEntry, isLogEntry, type LogEntry } from '../core/reading-log';
import { storageFailure, type StorageWrite } from '../core/storage-errors';

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
  // eslint-disable-next-line no-restricted-syntax -- the caller gets the failure through `next`; the queue only has to go on to the next update
  queue = next.catch(() => {});
  return next;
}

/** Adds one entry (its address shortened if need be); a full store comes back as a value, the log unchanged. */
export async function recordEntry(entry: LogEntry): Promise<StorageWrite & { entry: LogEntry }> {
  const fitted = fitLogEntry(entry);
  try {
    await update((log) => appendEntry(log, fitted));
    return { ok: true, entry: fitted };
  } catch (error) {
    return { ...storageFailure(error), entry: fitted };
  }
}
export const importEntries = (entries: LogEntry[]) => update((log) => entries.reduce(appendEntry, log));
export const clearLog = () => browser.storage.local.remove(KEY);

export function onLogChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
