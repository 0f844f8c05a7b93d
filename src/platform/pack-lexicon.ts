// The names a content script matches from enabled teacher packs. Reads only `packLexicon`, the
// packs' highlighted names as the options page stored them (src/core/stored-lexicon.ts), never the
// packs themselves, and trusts none of it: a damaged pack is skipped, and says so once.
import browser from 'webextension-polyfill';
import { readPackLexicon, type LexiconEntity } from '../core/stored-lexicon';

export type { LexiconEntity } from '../core/stored-lexicon';
/** The stored packs as imported (fact-packs-store.ts reads and writes them). */
export const FACT_PACKS_KEY = 'factPacks';
export const PACK_LEXICON_KEY = 'packLexicon';

export async function loadPackLexicon(): Promise<LexiconEntity[]> {
  const { entities, problems } = readPackLexicon((await browser.storage.local.get(PACK_LEXICON_KEY))[PACK_LEXICON_KEY]);
  if (problems.length) console.warn('[Counterpoint]', `${problems.join('; ')}.`);
  return entities;
}

/** Packs imported, removed, switched on or off: both keys are written together, in one set(). */
export function onPacksChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && FACT_PACKS_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
