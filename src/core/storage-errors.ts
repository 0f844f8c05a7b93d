// A write to extension storage that did not happen, as a value a page can show. Chromium enforces a
// quota on storage.local (10 MB without "unlimitedStorage") and says so in its error; Firefox names
// the DOMException. Everything else is reported as a plain failure, with the browser's words.

export type StorageFailureReason = 'storage-full' | 'storage-error';
export type StorageWrite = { ok: true } | { ok: false; reason: StorageFailureReason; message: string };

const QUOTA = /quota|QUOTA_BYTES|NS_ERROR_DOM_QUOTA_REACHED|QuotaExceededError|disk is full|no space/i;

export function storageFailure(error: unknown): { ok: false; reason: StorageFailureReason; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  // Firefox's quota error says only its name.
  const said = error instanceof Error ? `${error.name}: ${message}` : message;
  return { ok: false, reason: QUOTA.test(said) ? 'storage-full' : 'storage-error', message: message.slice(0, 300) };
}
