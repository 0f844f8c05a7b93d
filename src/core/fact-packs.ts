// Teacher fact packs are untrusted files. This decides, without touching storage, whether one can
// be added: size and shape first, then the schema, then its references and id clashes against the
// built-in fact base and the packs already stored. It returns every problem, never a partial pack.
import { mergePacks } from './factbase';
import { packLocations, referenceErrors, schemaErrors } from './factbase/validate';
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

export function importPack(text: string, fileName: string, builtIn: FactPack, existing: readonly StoredPack[]): PackImportResult {
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
  if (schema.length) return { ok: false, errors: schema.map((error) => error.message) };
  const pack = json as FactPack;

  // Every problem at once: id clashes with what is installed, then references that do not resolve.
  const clashes: string[] = [];
  if (existing.some((stored) => stored.pack.id === pack.id)) clashes.push(`a pack with the id "${pack.id}" is already installed; remove it first to replace it`);
  const installed = mergeStored(builtIn, existing);
  clashes.push(...mergePacks(installed, pack).clashes.map((clash) => `${clash.kind} id "${clash.id}" is already used by ${clash.existingIn}`));
  const references = referenceErrors(pack, packLocations(fileName), installed).map((error) => error.message);
  const problems = [...clashes.map((clash) => `${fileName}: ${clash}`), ...references];
  if (problems.length) return { ok: false, errors: problems };
  return { ok: true, stored: { pack, enabled: true, importedAt: new Date().toISOString(), fileName }, warnings: [] };
}

function mergeStored(builtIn: FactPack, packs: readonly StoredPack[]): FactPack {
  return packs.reduce((merged, stored) => mergePacks(merged, stored.pack).pack, builtIn);
}

/** The built-in fact base with the enabled packs merged in; clashing items keep the built-in version. */
export function mergeEnabledPacks(builtIn: FactPack, packs: readonly StoredPack[]): FactPack {
  return mergeStored(builtIn, packs.filter((stored) => stored.enabled));
}
