// Teacher fact packs are untrusted files. This decides, without touching storage, whether one can
// be added: size and shape first, then the schema, then its references and id clashes against the
// built-in fact base and the packs already stored, then the built-in fact base's own rules: a claim
// that cites a built-in document is checked word for word, with its speaker, quotation marks, date
// and figures, exactly like ours. It returns the problems (at most MAX_PACK_ERRORS), never a partial pack.
import { mergePacks } from './factbase';
import { faithfulnessErrors } from './factbase/rules';
import { dataError, packLocations, quoteErrors, referenceErrors, schemaErrors } from './factbase/validate';
import type { FactPack } from './types';

export interface StoredPack {
  pack: FactPack;
  enabled: boolean;
  importedAt: string;
  fileName: string;
}

export type PackImportResult = { ok: true; stored: StoredPack; warnings: string[] } | { ok: false; errors: string[] };

/** Generous for a class's material; tiny next to what would slow a page down. */
export const MAX_PACK_CHARACTERS = 2_000_000;
const MAX_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', '$ref', '$id']);
const SAFE_URL = /^https?:\/\/[^\s<>"'`]+$/i;
/** Enough to act on; a pack with more problems than this has one problem many times over. */
export const MAX_PACK_ERRORS = 25;

function capped(errors: string[]): string[] {
  return errors.length > MAX_PACK_ERRORS ? [...errors.slice(0, MAX_PACK_ERRORS), `…and ${errors.length - MAX_PACK_ERRORS} more problems of the same kinds.`] : errors;
}

/** Walks parsed JSON once, looking for what a JSON Schema does not catch. */
function structuralProblems(value: unknown): string[] {
  const problems: string[] = [];
  const walk = (node: unknown, path: string, depth: number) => {
    if (problems.length > 20) return;
    if (depth > MAX_DEPTH) {
      problems.push(`${path || '/'}: nested more than ${MAX_DEPTH} levels deep`);
      return;
    }
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${path}/${index}`, depth + 1));
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        const at = `${path}/${key}`;
        if (FORBIDDEN_KEYS.has(key)) problems.push(`${at}: "${key}" is not allowed in a pack${key === '$ref' ? ' (references between parts of a file, which could loop, are not supported; use ids)' : ''}`);
        else walk(child, at, depth + 1);
      }
    } else if (typeof node === 'string' && /url$/i.test(path) && !SAFE_URL.test(node)) {
      problems.push(`${path}: only http and https links are allowed, found ${JSON.stringify(node.slice(0, 60))}`);
    }
  };
  walk(value, '', 0);
  return problems;
}

/**
 * `corpus` holds the built-in documents' text by source id: a pack's claims that cite them are checked
 * against it. A pack's own sources are URLs, so its own claims are shown as the teacher's material.
 */
export function importPack(text: string, fileName: string, builtIn: FactPack, existing: readonly StoredPack[], corpus: Record<string, string> = {}): PackImportResult {
  if (text.length > MAX_PACK_CHARACTERS) return { ok: false, errors: [`${fileName}: ${text.length.toLocaleString('en')} characters is more than the ${MAX_PACK_CHARACTERS.toLocaleString('en')} a pack may have.`] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${fileName}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`] };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, errors: [`${fileName}: a pack is one JSON object, with schemaVersion, id, title, sources, entities, claims, topics and questions.`] };
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== 1) return { ok: false, errors: [`${fileName}: schemaVersion ${JSON.stringify(version ?? null)} is not supported; this version of Counterpoint reads packs with "schemaVersion": 1.`] };
  const structural = structuralProblems(json);
  if (structural.length) return { ok: false, errors: structural.map((problem) => `${fileName}: ${problem}`) };

  const schema = schemaErrors('pack', json, fileName);
  if (schema.length) return { ok: false, errors: capped(schema.map((error) => error.message)) };
  const pack = json as FactPack;
  // Only Counterpoint bundles document texts; a "file" in a pack would pass its claims off as checked.
  const bundled = pack.sources.flatMap((source, index) =>
    source.file ? [dataError(fileName, `/sources/${index}/file`, 'a "url" for the teacher’s own source (a pack cannot bundle a document; cite a built-in source by its id instead)', JSON.stringify(source.file)).message] : [],
  );
  if (bundled.length) return { ok: false, errors: capped(bundled) };

  // Every problem at once: id clashes with what is installed, then references that do not resolve.
  const clashes: string[] = [];
  if (existing.some((stored) => stored.pack.id === pack.id)) clashes.push(`a pack with the id "${pack.id}" is already installed; remove it first to replace it`);
  const installed = mergeStored(builtIn, existing);
  clashes.push(...mergePacks(installed, pack).clashes.map((clash) => `${clash.kind} id "${clash.id}" is already used by ${clash.existingIn}`));
  const references = referenceErrors(pack, packLocations(fileName), installed).map((error) => error.message);
  const problems = [...clashes.map((clash) => `${fileName}: ${clash}`), ...references];
  if (problems.length) return { ok: false, errors: capped(problems) };
  const locations = packLocations(fileName);
  const faithfulness = [...quoteErrors(pack, corpus, locations).errors, ...faithfulnessErrors(pack, corpus, locations, installed)].map((error) => error.message);
  if (faithfulness.length) return { ok: false, errors: capped(faithfulness) };
  return { ok: true, stored: { pack, enabled: true, importedAt: new Date().toISOString(), fileName }, warnings: [] };
}

function mergeStored(builtIn: FactPack, packs: readonly StoredPack[]): FactPack {
  return packs.reduce((merged, stored) => mergePacks(merged, stored.pack).pack, builtIn);
}

/** The built-in fact base with the enabled packs merged in; clashing items keep the built-in version. */
export function mergeEnabledPacks(builtIn: FactPack, packs: readonly StoredPack[]): FactPack {
  return mergeStored(builtIn, packs.filter((stored) => stored.enabled));
}
