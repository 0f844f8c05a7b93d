// Teacher fact packs: imported, checked, stored on this device, switched on or off as a whole,
// and merged with the built-in fact base. A pack is untrusted input from start to finish.
import browser from 'webextension-polyfill';
import pack from 'counterpoint:factbase';
import { mergeEnabledPacks, type StoredPack } from '../core/fact-packs';
import { createFactBase } from '../core/factbase';
import type { FactPack } from '../core/types';

const KEY = 'factPacks';

export async function loadPacks(): Promise<StoredPack[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? (stored as StoredPack[]) : [];
}

export async function savePacks(packs: StoredPack[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: packs });
}

/** The built-in fact base with every enabled teacher pack merged in. */
export async function loadMergedPack(): Promise<FactPack> {
  return mergeEnabledPacks(pack, await loadPacks().catch(() => []));
}

export async function loadFactBase() {
  return createFactBase(await loadMergedPack());
}


export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  await savePacks((await loadPacks()).map((stored) => (stored.pack.id === id ? { ...stored, enabled } : stored)));
}

export async function removePack(id: string): Promise<void> {
  await savePacks((await loadPacks()).filter((stored) => stored.pack.id !== id));
}

export function onPacksChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
