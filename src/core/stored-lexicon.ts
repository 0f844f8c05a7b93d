// The names the content script matches from teacher packs, stored apart from the packs themselves
// (storage.local `packLexicon`). It is written together with the packs by the options page, from
// packs that passed every check (fact-packs.ts), so each page load reads a few kilobytes instead of
// every stored pack. Storage can still be damaged, so the content script reads it back with the
// strict, small check below: a malformed pack is skipped whole, and the alias budget holds again.
import { MAX_ENABLED_PACK_ALIASES } from './pack-limits';
import { ENTITY_TYPES, type Alias, type Entity } from './types';

export const PACK_LEXICON_VERSION = 1;
export type LexiconEntity = Pick<Entity, 'id' | 'type' | 'name' | 'aliases' | 'cues'>;

export interface StoredPackLexicon {
  version: typeof PACK_LEXICON_VERSION;
  /** Packs in use, in storage order: each one's highlighted entities (those with aliases). */
  packs: { id: string; entities: LexiconEntity[] }[];
}

/** What the content script needs of the packs in use (fact-packs.ts `packsInUse`). */
export function packLexiconFor(packs: readonly { pack: { id: string; entities: readonly Entity[] } }[]): StoredPackLexicon {
  return {
    version: PACK_LEXICON_VERSION,
    packs: packs.map(({ pack }) => ({
      id: pack.id,
      entities: pack.entities
        .filter((entity) => entity.aliases.length > 0)
        .map(({ id, type, name, aliases, cues }) => ({
          id,
          type,
          name: { en: name.en, es: name.es },
          aliases: aliases.map(({ note: _note, ...alias }) => alias),
          ...(cues ? { cues } : {}),
        })),
    })),
  };
}

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, min: number, max: number): value is string => typeof value === 'string' && value.length >= min && value.length <= max;
const isOptional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);

function aliasFrom(value: unknown): Alias | null {
  if (!isRecord(value) || !isText(value.text, 2, 120)) return null;
  if (!isOptional(value.lang, (lang) => lang === 'en' || lang === 'es')) return null;
  if (!isOptional(value.ambiguous, (flag) => typeof flag === 'boolean') || !isOptional(value.caseSensitive, (flag) => typeof flag === 'boolean')) return null;
  return { text: value.text, ...(value.lang ? { lang: value.lang as Alias['lang'] } : {}), ...(value.ambiguous ? { ambiguous: true } : {}), ...(value.caseSensitive ? { caseSensitive: true } : {}) };
}

function entityFrom(value: unknown): LexiconEntity | null {
  if (!isRecord(value) || !isText(value.id, 1, 80) || !ID.test(value.id)) return null;
  if (!(ENTITY_TYPES as readonly unknown[]).includes(value.type)) return null;
  const name = value.name;
  if (!isRecord(name) || !isText(name.en, 1, 200) || !isText(name.es, 1, 200)) return null;
  if (!Array.isArray(value.aliases) || value.aliases.length < 1 || value.aliases.length > 60) return null;
  const aliases = value.aliases.map(aliasFrom);
  if (aliases.some((alias) => alias === null)) return null;
  const cues = value.cues;
  if (!isOptional(cues, (list) => Array.isArray(list) && list.length <= 40 && list.every((cue) => isText(cue, 1, 60)))) return null;
  return { id: value.id, type: value.type as LexiconEntity['type'], name: { en: name.en, es: name.es }, aliases: aliases as Alias[], ...(cues ? { cues: [...(cues as string[])] } : {}) };
}

/** The entities to match, and what was skipped and why (for one console line). */
export function readPackLexicon(raw: unknown): { entities: LexiconEntity[]; problems: string[] } {
  if (raw === undefined) return { entities: [], problems: [] };
  if (!isRecord(raw) || raw.version !== PACK_LEXICON_VERSION || !Array.isArray(raw.packs)) return { entities: [], problems: ['the stored teacher-pack names are damaged; open Counterpoint’s options to repair them'] };
  const entities: LexiconEntity[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  let aliases = 0;
  raw.packs.forEach((pack: unknown, index) => {
    const id = isRecord(pack) && isText(pack.id, 1, 80) && ID.test(pack.id) ? pack.id : `pack ${index + 1}`;
    const list = isRecord(pack) && Array.isArray(pack.entities) ? pack.entities.map(entityFrom) : null;
    if (!list || list.some((entity) => entity === null)) return void problems.push(`skipped the teacher pack ${id}: its stored names are damaged`);
    const checked = list as LexiconEntity[];
    const count = checked.reduce((total, entity) => total + entity.aliases.length, 0);
    if (aliases + count > MAX_ENABLED_PACK_ALIASES) return void problems.push(`skipped the teacher pack ${id}: with it, enabled packs add more than ${MAX_ENABLED_PACK_ALIASES} aliases`);
    aliases += count;
    for (const entity of checked) {
      if (seen.has(entity.id)) continue;
      seen.add(entity.id);
      entities.push(entity);
    }
  });
  return { entities, problems };
}
