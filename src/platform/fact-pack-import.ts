// Importing a teacher pack from the options page. Kept apart from fact-packs-store because it needs
// the built-in documents' text, to check a pack's claims that cite them, and the other pages do not.
import pack from 'counterpoint:factbase';
import corpus from 'counterpoint:corpus';
import { importPack, type PackImportResult } from '../core/fact-packs';
import type { StorageFailureReason } from '../core/storage-errors';
import { readPacks, savePackList } from './fact-packs-store';

export type PackImportOutcome = PackImportResult | { ok: false; errors: string[]; phrases: []; storage: StorageFailureReason; message: string };

/** Checks a file's text and stores it; on any problem, a full store included, nothing stored changes. */
export async function importPackText(text: string, fileName: string): Promise<PackImportOutcome> {
  const { raw, check } = await readPacks();
  const result = importPack(text, fileName, pack, check.packs, corpus);
  if (!result.ok) return result;
  const saved = await savePackList([...raw, result.stored]);
  return saved.ok ? result : { ok: false, errors: [], phrases: [], storage: saved.reason, message: saved.message };
}
