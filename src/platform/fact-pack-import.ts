// Importing a teacher pack from the options page. Kept apart from fact-packs-store because it needs
// the built-in documents' text, to check a pack's claims that cite them, and the other pages do not.
import pack from 'counterpoint:factbase';
import corpus from 'counterpoint:corpus';
import { importPack, type PackImportResult } from '../core/fact-packs';
import { loadPacks, savePacks } from './fact-packs-store';

/** Checks a file's text and stores it; on any problem nothing stored changes. */
export async function importPackText(text: string, fileName: string): Promise<PackImportResult> {
  const existing = await loadPacks();
  const result = importPack(text, fileName, pack, existing, corpus);
  if (result.ok) await savePacks([...existing, result.stored]);
  return result;
}
