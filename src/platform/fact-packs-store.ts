// Teacher fact packs: imported, checked, stored on this device, switched on or off as a whole,
// and merged with the built-in fact base. A pack is untrusted input from start to finish: what
// storage holds is checked again every time it is read (checkStoredPacks), and a damaged entry is
// set aside, never thrown away, until the reader removes it.
import browser from 'webextension-polyfill';
import pack from 'counterpoint:factbase';
import corpus from 'counterpoint:corpus';
import { checkStoredPacks, enableProblem, packsInUse, storedList, type StoredPacksCheck } from '../core/fact-packs';
import { createFactBase, mergePacks, type FactBase } from '../core/factbase';
import { packLexiconFor } from '../core/stored-lexicon';
import { reportProblem } from '../core/report';
import { storageFailure, type StorageWrite } from '../core/storage-errors';
import { inEnglish, phrase, type Phrase } from '../core/phrase';
import type { FactPack } from '../core/types';
import { FACT_PACKS_KEY as KEY, PACK_LEXICON_KEY } from './pack-lexicon';

export { onPacksChanged } from './pack-lexicon';

async function readRaw(): Promise<unknown> {
  return (await browser.storage.local.get(KEY))[KEY];
}


/** Every stored pack, checked: the usable ones, the ones set aside and why, the ones over the alias budget. */
export async function loadPacks(): Promise<StoredPacksCheck> {
  return (await readPacks()).check;
}

/** The stored list as it is (to write back whole) and its check. */
export async function readPacks(): Promise<{ raw: unknown[]; check: StoredPacksCheck }> {
  const raw = await readRaw();
  return { raw: storedList(raw), check: checkStoredPacks(raw, pack, corpus) };
}

/**
 * Writes the list and the names the content script matches in one call, so a page never reads one
 * without the other. A full store or any other refusal comes back as a value, with nothing changed.
 */
export async function savePackList(raw: unknown[]): Promise<StorageWrite> {
  const check = checkStoredPacks(raw, pack, corpus);
  try {
    await browser.storage.local.set({ [KEY]: raw, [PACK_LEXICON_KEY]: packLexiconFor(packsInUse(check)) });
    return { ok: true };
  } catch (error) {
    return storageFailure(error);
  }
}

/** Re-derives the stored names from the stored packs (after an update, whose checks may be stricter). */
export async function refreshPackLexicon(): Promise<void> {
  const raw = await readRaw();
  if (raw === undefined) return;
  await browser.storage.local.set({ [PACK_LEXICON_KEY]: packLexiconFor(packsInUse(checkStoredPacks(raw, pack, corpus))) });
}

/** The text of a source that ships with Counterpoint (null for a teacher's own source, cited by URL). */
export const bundledText = (sourceId: string): string | null => corpus[sourceId] ?? null;

/** The built-in fact base with every enabled, usable teacher pack merged in. */
export async function loadMergedPack(): Promise<FactPack> {
  const check = await loadPacks().catch((error: unknown) => {
    reportProblem('Could not read the teacher packs; using the built-in fact base only.', error);
    return null;
  });
  return check ? packsInUse(check).reduce((merged, stored) => mergePacks(merged, stored.pack).pack, pack) : pack;
}

/** Never fails: packs that cannot be merged leave the built-in fact base, which the build checked. */
export function factBaseOf(merged: FactPack): FactBase {
  try {
    return createFactBase(merged);
  } catch (error) {
    reportProblem('The teacher packs could not be loaded; using the built-in fact base only.', error);
    return createFactBase(pack);
  }
}

export async function loadFactBase(): Promise<FactBase> {
  return factBaseOf(await loadMergedPack());
}

const entryId = (entry: unknown): unknown => (entry && typeof entry === 'object' ? (entry as { pack?: { id?: unknown } }).pack?.id : undefined);

/** A refused change says why in English (`message`, for the console) and as a phrase for the interface. */
export type PackChange = StorageWrite | { ok: false; reason: 'refused'; message: string; phrase: Phrase };

const refusal = (why: Phrase): PackChange => ({ ok: false, reason: 'refused', message: inEnglish(why), phrase: why });

/** Switching a pack on is refused when the enabled packs would add more aliases than the budget. */
export async function setPackEnabled(id: string, enabled: boolean): Promise<PackChange> {
  const raw = storedList(await readRaw());
  const check = checkStoredPacks(raw, pack, corpus);
  const target = check.packs.find((stored) => stored.pack.id === id);
  if (!target) return refusal(phrase('packNoSuchPack', id));
  if (enabled) {
    const problem = enableProblem(target.pack, packsInUse(check));
    if (problem) return refusal(problem);
  }
  const setAside = new Set(check.setAside.map((entry) => entry.index));
  return savePackList(raw.map((entry, index) => (!setAside.has(index) && entryId(entry) === id ? { ...(entry as object), enabled } : entry)));
}

export async function removePack(id: string): Promise<PackChange> {
  const raw = storedList(await readRaw());
  const setAside = new Set(checkStoredPacks(raw, pack, corpus).setAside.map((entry) => entry.index));
  return savePackList(raw.filter((entry, index) => setAside.has(index) || entryId(entry) !== id));
}

/** Removes a set-aside entry, only if it is still the one the reader saw. */
export async function removeSetAside(index: number, seen: unknown): Promise<PackChange> {
  const raw = storedList(await readRaw());
  if (JSON.stringify(raw[index]) !== JSON.stringify(seen)) return refusal(phrase('packStoreChanged'));
  return savePackList(raw.filter((_, at) => at !== index));
}
