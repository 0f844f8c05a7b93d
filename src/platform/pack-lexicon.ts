// The names a content script matches: the built-in lexicon plus the entities of enabled teacher
// packs. Reads only the packs' entity names, so the full fact base stays out of the content script.
import browser from 'webextension-polyfill';
import { isHighlighted } from '../core/factbase/lexicon';
import type { Entity } from '../core/types';

export type LexiconEntity = Pick<Entity, 'id' | 'type' | 'name' | 'aliases' | 'cues'>;

export async function loadPackLexicon(): Promise<LexiconEntity[]> {
  const stored = (await browser.storage.local.get('factPacks')).factPacks;
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry: { enabled?: boolean; pack?: { entities?: LexiconEntity[] } }) =>
    entry?.enabled && Array.isArray(entry.pack?.entities)
      ? entry.pack.entities.filter(isHighlighted).map(({ id, type, name, aliases, cues }) => ({ id, type, name, aliases, cues }))
      : [],
  );
}
