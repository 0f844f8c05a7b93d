// The names a content script matches from enabled teacher packs. Reads only `packLexicon`, the
// packs' highlighted names as the options page stored them (src/core/stored-lexicon.ts), never the
// packs themselves, and trusts none of it: a damaged pack is skipped, and says so once.
import browser from 'webextension-polyfill';
import { readPackLexicon, type LexiconEntity } from '../core/stored-lexicon';

export type { LexiconEntity } from '../core/stored-lexicon';
export const PACK_LEXICON_KEY = 'packLexicon';

export async function loadPackLexicon(): Promise<LexiconEntity[]> {
  const { entities, problems } = readPackLexicon((await browser.storage.local.get(PACK_LEXICON_KEY))[PACK_LEXICON_KEY]);
  if (problems.length) console.warn('[Counterpoint]', `${problems.join('; ')}.`);
  return entities;
}
