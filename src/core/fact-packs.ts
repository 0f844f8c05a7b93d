// Teacher fact packs are untrusted files, and stay untrusted once stored. This decides, without
// touching storage, whether one can be added: size and shape first, then the schema, then its
// references and id clashes against the built-in fact base and the packs already stored, then what
// its aliases would cost every page (pack-limits.ts, alias-policy.ts), then the built-in fact base's
// own rules: a claim that cites a built-in document is checked word for word, with its speaker,
// quotation marks, date and figures, exactly like ours. It returns the problems (at most
// MAX_PACK_ERRORS, then a count), never a partial pack. What is read back from storage goes through
// the same checks (checkStoredPacks): a damaged entry is set aside, and every other pack keeps working.
import { aliasProblem, cueProblem } from './alias-policy';
import { mergePacks } from './factbase';
import { faithfulnessErrors } from './factbase/rules';
import { dataError, packLocations, quoteErrors, referenceErrors, schemaErrors } from './factbase/validate';
import { aliasCount, MAX_ENABLED_PACK_ALIASES, MAX_PACK_ALIASES, MAX_PACK_CHARACTERS } from './pack-limits';
import { unsafeCharacterProblem } from './text-safety';
import { inEnglish, listed, phrase, type Phrase, type PhraseValue } from './phrase';
import type { FactPack } from './types';

export { MAX_PACK_CHARACTERS } from './pack-limits';

export interface StoredPack {
  pack: FactPack;
  enabled: boolean;
  importedAt: string;
  fileName: string;
}

/**
 * A refused import says why twice over: `phrases` for the interface to word in the reader's language
 * (src/core/phrase.ts), `errors` the same in English for the console, the build and the tests.
 */
export type PackImportResult = { ok: true; stored: StoredPack; warnings: string[] } | { ok: false; errors: string[]; phrases: Phrase[] };
type PackCheck = { ok: true; pack: FactPack } | { ok: false; errors: Phrase[] };

const refused = (phrases: Phrase[]): { ok: false; errors: string[]; phrases: Phrase[] } => ({ ok: false, errors: phrases.map(inEnglish), phrases });

const MAX_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', '$ref', '$id']);
const SAFE_URL = /^https?:\/\/[^\s<>"'`]+$/i;
/** Enough to act on; a pack with more problems than this has one problem many times over. */
export const MAX_PACK_ERRORS = 25;
/** The id of the built-in fact base. */
export const BUILT_IN_PACK_ID = 'counterpoint';
/** What a pack holds, each a list of items with ids. */
const PACK_KINDS = ['sources', 'entities', 'claims', 'topics', 'questions'] as const;

/** The first MAX_PACK_ERRORS problems, then how many more. */
function capped(phrases: readonly Phrase[], total = phrases.length): Phrase[] {
  if (total <= MAX_PACK_ERRORS) return [...phrases];
  const more = total - MAX_PACK_ERRORS;
  return [...phrases.slice(0, MAX_PACK_ERRORS), more === 1 ? phrase('packMoreProblemOne') : phrase('packMoreProblems', more)];
}

/** Walks parsed JSON once, looking for what a JSON Schema does not catch. Counts every problem, keeps the first few. */
function structuralProblems(value: unknown, label: PhraseValue): { problems: Phrase[]; total: number } {
  const problems: Phrase[] = [];
  let total = 0;
  const problem = (at: string, what: Phrase) => {
    total++;
    // Only the first few are kept (a file may hold a million); `capped` reports the rest as a count.
    if (problems.length < MAX_PACK_ERRORS) problems.push(phrase('packProblemAt', label, at, what));
  };
  const walk = (node: unknown, path: string, depth: number) => {
    if (depth > MAX_DEPTH) {
      problem(path, phrase('packNestedTooDeep', MAX_DEPTH));
      return;
    }
    // An array's entries are its indices: "/claims/3".
    if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        const at = `${path}/${key}`;
        if (FORBIDDEN_KEYS.has(key)) problem(at, key === '$ref' ? phrase('packRefNotAllowed') : phrase('packKeyNotAllowed', key));
        else walk(child, at, depth + 1);
      }
    } else if (typeof node === 'string') {
      const unsafe = unsafeCharacterProblem(node);
      if (unsafe) problem(path, unsafe);
      else if (/url$/i.test(path) && !SAFE_URL.test(node)) problem(path, phrase('packLinkNotAllowed', JSON.stringify(node.slice(0, 60))));
    }
  };
  walk(value, '', 0);
  return { problems, total };
}

/** Every id the built-in fact base and the other packs use, with whose it is, for messages that name the owner. */
function owners(builtIn: FactPack, others: readonly StoredPack[]) {
  // Each id's owner: BUILT_IN_PACK_ID, or the id of the pack that has it. No two own an id: every
  // stored pack was checked against the built-in fact base and the packs before it.
  const byKind = { sources: new Map<string, string>(), entities: new Map<string, string>(), claims: new Map<string, string>(), topics: new Map<string, string>(), questions: new Map<string, string>() };
  const add = (pack: FactPack, owner: string) => {
    for (const kind of PACK_KINDS) for (const item of pack[kind]) byKind[kind].set(item.id, owner);
  };
  add(builtIn, BUILT_IN_PACK_ID);
  for (const stored of others) add(stored.pack, stored.pack.id);
  const titles = new Map(others.map((stored) => [stored.pack.id, stored.pack.title]));
  // The built-in id is reserved, so no teacher pack has it.
  const ownerPhrase = (owner: string) => (owner === BUILT_IN_PACK_ID ? phrase('packOwnerBuiltIn') : phrase('packOwnerPack', titles.get(owner) ?? owner, owner));
  return { byKind, ownerPhrase };
}

function aliasErrors(pack: FactPack, label: PhraseValue): Phrase[] {
  const errors: Phrase[] = [];
  pack.entities.forEach((entity, index) => {
    entity.aliases.forEach((alias, at) => {
      const problem = aliasProblem(alias);
      if (problem) errors.push(phrase('packProblemAtItem', label, `/entities/${index}/aliases/${at}/text`, entity.id, problem));
    });
    entity.cues?.forEach((cue, at) => {
      const problem = cueProblem(cue);
      if (problem) errors.push(phrase('packProblemAtItem', label, `/entities/${index}/cues/${at}`, entity.id, problem));
    });
  });
  const count = aliasCount(pack);
  if (count > MAX_PACK_ALIASES) errors.push(phrase('packAliasBudget', label, count, String(MAX_PACK_ALIASES)));
  return errors;
}

/** The checks a pack passes to be added, and again each time it is read back from storage. */
function checkPack(json: unknown, label: PhraseValue, builtIn: FactPack, others: readonly StoredPack[], corpus: Record<string, string>): PackCheck {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, errors: [phrase('packNotAnObject', label)] };
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== 1) return { ok: false, errors: [phrase('packSchemaVersion', label, JSON.stringify(version ?? null))] };
  const structural = structuralProblems(json, label);
  if (structural.total) return { ok: false, errors: capped(structural.problems, structural.total) };

  const schema = schemaErrors('pack', json, label, Number.POSITIVE_INFINITY);
  if (schema.length) return { ok: false, errors: capped(schema.map((error) => error.phrase)) };
  const pack = json as FactPack;
  // Only Counterpoint bundles document texts; a "file" in a pack would pass its claims off as checked.
  const bundled = pack.sources.flatMap((source, index) =>
    source.file ? [dataError(label, `/sources/${index}/file`, phrase('packExpectedUrlNotFile'), JSON.stringify(source.file)).phrase] : [],
  );
  if (bundled.length) return { ok: false, errors: capped(bundled) };

  // Every problem at once: reserved and clashing ids, then references that do not resolve.
  const clashes: Phrase[] = [];
  const builtInIds = new Set([builtIn.id, BUILT_IN_PACK_ID, ...PACK_KINDS.flatMap((kind) => builtIn[kind].map((item) => item.id))]);
  if (builtInIds.has(pack.id)) clashes.push(phrase('packIdReserved', label, pack.id));
  const sameId = others.find((stored) => stored.pack.id === pack.id);
  if (sameId) clashes.push(phrase('packIdInstalled', label, pack.id, sameId.pack.title));
  const { byKind: taken, ownerPhrase } = owners(builtIn, others);
  for (const kind of PACK_KINDS) {
    for (const item of pack[kind]) {
      const owner = taken[kind].get(item.id);
      if (owner) clashes.push(phrase('packItemIdUsed', label, kind, item.id, ownerPhrase(owner)));
    }
  }
  const installed = mergeStored(builtIn, others);
  const references = referenceErrors(pack, packLocations(label), installed).map((error) => error.phrase);
  const problems = [...clashes, ...references];
  if (problems.length) return { ok: false, errors: capped(problems) };
  const aliases = aliasErrors(pack, label);
  if (aliases.length) return { ok: false, errors: capped(aliases) };
  const locations = packLocations(label);
  const faithfulness = [...quoteErrors(pack, corpus, locations).errors, ...faithfulnessErrors(pack, corpus, locations, installed)].map((error) => error.phrase);
  if (faithfulness.length) return { ok: false, errors: capped(faithfulness) };
  return { ok: true, pack };
}

/** Aliases the enabled packs add, in storage order. */
export const enabledAliasCount = (packs: readonly StoredPack[]): number => packs.reduce((total, stored) => total + (stored.enabled ? aliasCount(stored.pack) : 0), 0);

/** Why switching this pack on would be refused, or null when it fits the budget. */
export function enableProblem(pack: FactPack, enabled: readonly StoredPack[], label: PhraseValue = `"${pack.title}"`): Phrase | null {
  const already = enabledAliasCount(enabled.filter((stored) => stored.pack.id !== pack.id));
  const adding = aliasCount(pack);
  if (already + adding <= MAX_ENABLED_PACK_ALIASES) return null;
  return phrase('packEnabledAliasBudget', label, adding, already, already + adding, MAX_ENABLED_PACK_ALIASES);
}

/**
 * `corpus` holds the built-in documents' text by source id: a pack's claims that cite them are checked
 * against it. A pack's own sources are URLs, so its own claims are shown as the teacher's material.
 * `existing` are the usable stored packs (checkStoredPacks().packs).
 */
export function importPack(text: string, fileName: string, builtIn: FactPack, existing: readonly StoredPack[], corpus: Record<string, string> = {}): PackImportResult {
  if (text.length > MAX_PACK_CHARACTERS) return refused([phrase('packTooLarge', fileName, text.length, MAX_PACK_CHARACTERS)]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refused([phrase('packNotJson', fileName, error instanceof Error ? error.message : String(error))]);
  }
  const checked = checkPack(json, fileName, builtIn, existing, corpus);
  if (!checked.ok) return refused(checked.errors);
  const overBudget = enableProblem(checked.pack, existing, fileName);
  if (overBudget) return refused([overBudget]);
  return { ok: true, stored: { pack: checked.pack, enabled: true, importedAt: new Date().toISOString(), fileName }, warnings: [] };
}

/** A stored entry that failed the checks: kept as it was (nothing is thrown away), shown, removable. */
export interface SetAsidePack {
  /** Its place in the stored list (a stored value that is not a list is read as a list of one). */
  index: number;
  /** Whatever names it still carries, to tell the reader which one it was. */
  label: PhraseValue;
  /** Each starts with the label. */
  reasons: Phrase[];
  raw: unknown;
}

export interface StoredPacksCheck {
  /** Packs that pass every check, in storage order, with their `enabled` flag as stored. */
  packs: StoredPack[];
  setAside: SetAsidePack[];
  /** Enabled packs left out because, with the ones before them, they exceed MAX_ENABLED_PACK_ALIASES. */
  overBudget: { id: string; reason: Phrase }[];
}

/** What storage holds under `factPacks`, as a list: anything else becomes a list of one, to be set aside and kept. */
export const storedList = (raw: unknown): unknown[] => (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const shortText = (value: unknown, max = 300): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;

function labelFor(entry: unknown, index: number): PhraseValue {
  const pack = isRecord(entry) && isRecord(entry.pack) ? entry.pack : null;
  const title = pack && shortText(pack.title, 200) ? `"${pack.title}"` : pack && shortText(pack.id, 80) ? `"${pack.id}"` : null;
  const file = isRecord(entry) && shortText(entry.fileName) ? entry.fileName : null;
  const name = title ?? phrase('storedPackNumber', index + 1);
  return file ? phrase('storedPackWithFile', name, file) : name;
}

/** One stored entry, checked as an import is against the built-in fact base and the entries accepted before it. */
function checkEntry(entry: unknown, label: PhraseValue, builtIn: FactPack, accepted: readonly StoredPack[], corpus: Record<string, string>): { ok: true; stored: StoredPack } | { ok: false; reasons: Phrase[] } {
  if (!isRecord(entry)) return { ok: false, reasons: [phrase('storedNotAnEntry', label, entry === null ? 'null' : Array.isArray(entry) ? phrase('storedFoundList') : typeof entry)] };
  const missing = [
    typeof entry.enabled === 'boolean' ? null : phrase('storedMissingEnabled'),
    shortText(entry.importedAt, 40) ? null : phrase('storedMissingImportedAt'),
    shortText(entry.fileName) ? null : phrase('storedMissingFileName'),
    isRecord(entry.pack) ? null : phrase('storedMissingPack'),
  ].filter((part) => part !== null);
  if (missing.length) return { ok: false, reasons: [phrase('storedDamaged', label, listed(missing))] };
  const size = JSON.stringify(entry.pack).length;
  if (size > MAX_PACK_CHARACTERS) return { ok: false, reasons: [phrase('packTooLarge', label, size, MAX_PACK_CHARACTERS)] };
  const checked = checkPack(entry.pack, label, builtIn, accepted, corpus);
  if (!checked.ok) return { ok: false, reasons: checked.errors };
  return { ok: true, stored: { pack: checked.pack, enabled: entry.enabled as boolean, importedAt: entry.importedAt as string, fileName: entry.fileName as string } };
}

/**
 * Reads back what storage holds under `factPacks`, trusting none of it. Each entry is checked
 * exactly as an import is (against the built-in fact base and the entries before it); one that fails
 * is set aside with its reasons, and the rest keep working.
 */
export function checkStoredPacks(raw: unknown, builtIn: FactPack, corpus: Record<string, string> = {}): StoredPacksCheck {
  const result: StoredPacksCheck = { packs: [], setAside: [], overBudget: [] };
  storedList(raw).forEach((entry: unknown, index) => {
    const label = labelFor(entry, index);
    let checked: ReturnType<typeof checkEntry>;
    try {
      checked = checkEntry(entry, label, builtIn, result.packs, corpus);
    } catch (error) {
      // Firefox's storage keeps what structured clone keeps, loops included: nothing read may throw.
      checked = { ok: false, reasons: [phrase('storedUnreadable', label, error instanceof Error ? error.message : String(error))] };
    }
    if (checked.ok) result.packs.push(checked.stored);
    else result.setAside.push({ index, label, reasons: checked.reasons, raw: entry });
  });
  const used: StoredPack[] = [];
  for (const stored of result.packs) {
    if (!stored.enabled) continue;
    const problem = enableProblem(stored.pack, used, `"${stored.pack.title}"`);
    if (problem) result.overBudget.push({ id: stored.pack.id, reason: problem });
    else used.push(stored);
  }
  return result;
}

/** The packs whose entities and claims are in use: enabled, and within the alias budget. */
export function packsInUse(check: StoredPacksCheck): StoredPack[] {
  const over = new Set(check.overBudget.map((entry) => entry.id));
  return check.packs.filter((stored) => stored.enabled && !over.has(stored.pack.id));
}

function mergeStored(builtIn: FactPack, packs: readonly StoredPack[]): FactPack {
  return packs.reduce((merged, stored) => mergePacks(merged, stored.pack).pack, builtIn);
}

/** The built-in fact base with the enabled packs merged in; clashing items keep the built-in version. */
export function mergeEnabledPacks(builtIn: FactPack, packs: readonly StoredPack[]): FactPack {
  return mergeStored(builtIn, packs.filter((stored) => stored.enabled));
}
