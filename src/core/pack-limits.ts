// What a teacher pack may cost. Every enabled pack's aliases are compiled into the content script's
// matcher on every page load, in every tab, so the alias budget is set from that compile time in
// Chromium (`npm run bench:packs`; data/README.md gives the figures): built-in names plus 75 pack
// aliases compile, cold, in about 9 ms on the project's machine, and 100 already take 11–13 ms.
// Pure: no browser APIs.
import type { FactPack } from './types';

/** A pack file, in characters of JSON: generous for a class's material, small next to the storage quota. */
export const MAX_PACK_CHARACTERS = 1_000_000;
/** Aliases one pack may add. */
export const MAX_PACK_ALIASES = 75;
/** Aliases all enabled packs together may add (the matcher compiles them with the built-in names). */
export const MAX_ENABLED_PACK_ALIASES = 75;

export const aliasCount = (pack: Pick<FactPack, 'entities'>): number => pack.entities.reduce((total, entity) => total + entity.aliases.length, 0);
