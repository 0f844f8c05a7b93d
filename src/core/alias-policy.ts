// Which aliases a teacher pack may add. Every alias is matched on every page the reader opens, so a
// stop word ("the", "de"), a word of one or two letters, or a common word on its own would be
// highlighted all over the web. The word lists are generated (scripts/gen-common-words.mjs).
import type { Alias } from './types';
import { COMMON_WORDS, STOP_WORDS } from './common-words.generated';

export const MIN_ALIAS_LETTERS = 3;

/** Lower case, accents dropped, anything but letters and digits read as a space between words. */
const wordsOf = (text: string): string[] =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** An acronym in capitals, matched only in capitals ("ICE", "CBP"), is not the common word it spells. */
const isCapitalAcronym = (alias: Alias) => alias.caseSensitive === true && /^\p{Lu}{3,}$/u.test(alias.text.trim());

/** Why this alias may not be added, or null when it may. */
export function aliasProblem(alias: Alias): string | null {
  const words = wordsOf(alias.text);
  const letters = words.join('').length;
  if (letters < MIN_ALIAS_LETTERS) return `${JSON.stringify(alias.text)} has ${letters === 1 ? 'one letter' : `${letters} letters`}; an alias needs at least ${MIN_ALIAS_LETTERS}, or it would match inside ordinary text everywhere`;
  if (words.every((word) => STOP_WORDS.has(word))) return `${JSON.stringify(alias.text)} is ${words.length === 1 ? 'a stop word' : 'made of stop words'} (like "the", "and", "de"), so it would be highlighted on almost every page; use the name itself`;
  if (words.length === 1 && COMMON_WORDS.has(words[0] ?? '') && !alias.ambiguous && !isCapitalAcronym(alias)) {
    return `${JSON.stringify(alias.text)} is a common English or Spanish word, so it would be highlighted on pages that are not about this entity; use a longer name, or mark it "ambiguous": true with "cues" so it is highlighted only near the full name or a cue`;
  }
  return null;
}

/** A cue decides an ambiguous alias when it stands nearby; a stop word stands near everything. */
export function cueProblem(cue: string): string | null {
  const words = wordsOf(cue);
  if (!words.length || words.every((word) => STOP_WORDS.has(word))) return `${JSON.stringify(cue)} is ${words.length ? 'a stop word' : 'not a word'}, which stands near almost any text; a cue must say something about the entity`;
  return null;
}
