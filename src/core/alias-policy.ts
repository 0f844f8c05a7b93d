// Which aliases a teacher pack may add. Every alias is matched on every page the reader opens, so a
// stop word ("the", "de"), a word of one or two letters, or a common word on its own would be
// highlighted all over the web. The word lists are generated (scripts/gen-common-words.mjs).
import { phrase, type Phrase } from './phrase';
import type { Alias } from './types';
import { COMMON_WORDS, STOP_WORDS } from './common-words.generated';

export const MIN_ALIAS_LETTERS = 3;

/** Lower case, accents dropped, anything but letters and digits read as a space between words. */
const wordsOf = (text: string): string[] =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** An acronym in capitals, matched only in capitals ("ICE", "CBP"), is not the common word it spells. */
const isCapitalAcronym = (alias: Alias) => alias.caseSensitive === true && /^\p{Lu}{3,}$/u.test(alias.text.trim());

/** Why this alias may not be added, or null when it may. */
export function aliasProblem(alias: Alias): Phrase | null {
  const words = wordsOf(alias.text);
  const letters = words.join('').length;
  if (letters < MIN_ALIAS_LETTERS) return phrase(letters === 1 ? 'aliasOneLetter' : 'aliasTooFewLetters', JSON.stringify(alias.text), letters, MIN_ALIAS_LETTERS);
  if (words.every((word) => STOP_WORDS.has(word))) return phrase(words.length === 1 ? 'aliasStopWord' : 'aliasStopWords', JSON.stringify(alias.text));
  if (words.length === 1 && COMMON_WORDS.has(words[0] ?? '') && !alias.ambiguous && !isCapitalAcronym(alias)) {
    return phrase('aliasCommonWord', JSON.stringify(alias.text));
  }
  return null;
}

/** A cue decides an ambiguous alias when it stands nearby; a stop word stands near everything. */
export function cueProblem(cue: string): Phrase | null {
  const words = wordsOf(cue);
  if (!words.length || words.every((word) => STOP_WORDS.has(word))) return phrase(words.length ? 'cueStopWord' : 'cueNotAWord', JSON.stringify(cue));
  return null;
}
