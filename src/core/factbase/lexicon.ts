// Only what the content script's matcher needs; cards are fetched from the background.
import type { Entity, FactPack } from '../types';

export type LexiconEntry = Pick<Entity, 'id' | 'type' | 'name' | 'aliases' | 'cues'>;

/**
 * Entities with no aliases are never highlighted: they are speakers the documents do not name as such
 * ("a senior administration official", "the Trump administration"), found by search and on cards only.
 */
export const isHighlighted = (entity: Pick<Entity, 'aliases'>): boolean => entity.aliases.length > 0;

export function lexiconFrom(pack: Pick<FactPack, 'entities'>): LexiconEntry[] {
  return pack.entities.filter(isHighlighted).map(({ id, type, name, aliases, cues }) => ({
    id,
    type,
    name,
    aliases: aliases.map(({ note: _note, ...alias }) => alias),
    ...(cues ? { cues } : {}),
  }));
}
