// Compiles the fact base's names once: a trie over every folded alias for the exact step, and a
// small index of the longer names for the fuzzy step.
import type { Alias, Entity, EntityType, Lang } from '../types';
import { foldString } from './fold';

export type MatchableEntity = Pick<Entity, 'id' | 'type' | 'name' | 'aliases' | 'cues'>;

export interface AliasRecord {
  entityId: string;
  type: EntityType;
  /** The alias as written in the fact base. */
  text: string;
  folded: string;
  lang: Lang | undefined;
  ambiguous: boolean;
  caseSensitive: boolean;
  /** Proper names must start with a capital in the page too ("Graham", not "graham crackers"). */
  capitalized: boolean;
}

export interface TrieNode {
  next: Map<number, TrieNode>;
  records: AliasRecord[] | null;
}

export interface FuzzyEntry {
  record: AliasRecord;
  tokens: number;
}

export interface CompiledLexicon {
  trie: TrieNode;
  /** Fuzzy candidates keyed by token count, then by the first two folded letters. */
  fuzzy: Map<number, Map<string, FuzzyEntry[]>>;
  /** Folded cue words per entity, plus the generic cues of its type. */
  cues: Map<string, string[]>;
  entityTypes: Map<string, EntityType>;
  aliasCount: number;
}

/** Cues any entity of a type accepts, in English and Spanish. */
const TYPE_CUES: Partial<Record<EntityType, string[]>> = {
  cartel: ['cartel', 'cartels', 'cártel', 'cárteles', 'narco', 'trafficking', 'traffickers', 'narcotraficantes', 'fentanyl', 'fentanilo'],
  person: ['secretary', 'secretario', 'secretaria', 'president', 'presidente', 'senator', 'sen.', 'senador', 'attorney general', 'fiscal general', 'administrator', 'ambassador', 'embajador', 'minister', 'ministro', 'spokesperson', 'spokesman', 'portavoz', 'said', 'dijo', 'told', 'official'],
  organization: ['drug enforcement', 'agents', 'agentes', 'agency', 'agencia', 'administrator', 'narcotics', 'antidrogas'],
};

export const FUZZY_MIN_LENGTH = 5;

function trieInsert(root: TrieNode, record: AliasRecord): void {
  let node = root;
  for (let index = 0; index < record.folded.length; index++) {
    const code = record.folded.charCodeAt(index);
    let child = node.next.get(code);
    if (!child) {
      child = { next: new Map(), records: null };
      node.next.set(code, child);
    }
    node = child;
  }
  (node.records ??= []).push(record);
}

function recordFor(entity: MatchableEntity, alias: Alias): AliasRecord | null {
  const folded = foldString(alias.text);
  if (!folded) return null;
  const first = alias.text.trim()[0] ?? '';
  return {
    entityId: entity.id,
    type: entity.type,
    text: alias.text,
    folded,
    lang: alias.lang,
    ambiguous: alias.ambiguous === true,
    caseSensitive: alias.caseSensitive === true,
    // Proper names of people and organizations need a capital; "war on drugs" does not.
    capitalized: (entity.type === 'person' || entity.type === 'organization') && first !== first.toLowerCase(),
  };
}

export function compileLexicon(entities: readonly MatchableEntity[]): CompiledLexicon {
  const trie: TrieNode = { next: new Map(), records: null };
  const fuzzy = new Map<number, Map<string, FuzzyEntry[]>>();
  const cues = new Map<string, string[]>();
  const entityTypes = new Map<string, EntityType>();
  let aliasCount = 0;
  for (const entity of entities) {
    entityTypes.set(entity.id, entity.type);
    cues.set(entity.id, [...new Set([...(entity.cues ?? []), ...(TYPE_CUES[entity.type] ?? [])].map(foldString).filter(Boolean))]);
    // Display names count as aliases too, without a parenthetical such as "(DEA)".
    // A name spelled like a listed alias adds nothing, and must not undo that alias's ambiguity.
    const listed = new Set(entity.aliases.map((alias) => foldString(alias.text)));
    const names = [entity.name.en, entity.name.es]
      .map((name) => ({ text: name.replace(/\s*\([^)]*\)\s*$/, '').replace(/^"|"$/g, '') }))
      .filter((name) => !listed.has(foldString(name.text)) && name.text.split(/\s+/).length <= 4);
    const seen = new Set<string>();
    for (const alias of [...entity.aliases, ...names]) {
      const record = recordFor(entity, alias);
      if (!record) continue;
      // Spelled alike in English and Spanish, an alias is kept once per language: plurals differ.
      const identity = `${record.folded}|${record.caseSensitive}|${record.lang ?? ''}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      trieInsert(trie, record);
      aliasCount++;
      if (record.ambiguous || record.caseSensitive || record.folded.replace(/ /g, '').length < FUZZY_MIN_LENGTH) continue;
      const tokens = record.folded.split(' ').length;
      const byKey = fuzzy.get(tokens) ?? new Map<string, FuzzyEntry[]>();
      fuzzy.set(tokens, byKey);
      const key = record.folded.slice(0, 2);
      byKey.set(key, [...(byKey.get(key) ?? []), { record, tokens }]);
    }
  }
  return { trie, fuzzy, cues, entityTypes, aliasCount };
}
