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

/** A name's first word, as the fuzzy step's cheap filter sees it. */
export interface FirstWord {
  length: number;
  /** Which letters a–z the word contains, one bit each. */
  letters: number;
  entries: FuzzyEntry[];
}

/**
 * Names for the fuzzy step, found by their first word: bucketed by its first letter and length,
 * with a letter mask, so an ordinary word is turned away with a few integer comparisons.
 */
export interface FuzzyIndex {
  /** Indexed by bucketOf(first letter, second letter, length); plain letters a–z only. */
  firstWords: (FirstWord[] | undefined)[];
}

const MAX_BUCKET_LENGTH = 63;
/** The bucket of a word by its first two letters (a–z) and length, or -1 for any other word. */
export function bucketOf(first: number, second: number, length: number): number {
  if (first < 0x61 || first > 0x7a || second < 0x61 || second > 0x7a || length < 1 || length > MAX_BUCKET_LENGTH) return -1;
  return ((first - 0x61) * 26 + (second - 0x61)) * (MAX_BUCKET_LENGTH + 1) + length;
}

export function letterMask(text: string): number {
  let mask = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) mask |= 1 << (code - 0x61);
  }
  return mask;
}

export interface CompiledLexicon {
  trie: TrieNode;
  /** Names that need a capital, and names that do not: a lowercase word only meets the second. */
  fuzzy: { capitalized: FuzzyIndex; lowercase: FuzzyIndex };
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
  const newIndex = (): FuzzyIndex => ({ firstWords: [] });
  const fuzzyIndexes = { capitalized: newIndex(), lowercase: newIndex() };
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
      const entry = { record, tokens };
      const fuzzy = record.capitalized ? fuzzyIndexes.capitalized : fuzzyIndexes.lowercase;
      const firstWord = record.folded.split(' ')[0]!;
      const bucketKey = bucketOf(firstWord.charCodeAt(0), firstWord.charCodeAt(1), firstWord.length);
      if (bucketKey < 0) continue;
      const bucket = (fuzzy.firstWords[bucketKey] ??= []);
      const letters = letterMask(firstWord);
      const same = bucket.find((word) => word.letters === letters && word.length === firstWord.length);
      if (same) same.entries.push(entry);
      else bucket.push({ length: firstWord.length, letters, entries: [entry] });
    }
  }
  return { trie, fuzzy: fuzzyIndexes, cues, entityTypes, aliasCount };
}
