// Words core code has for a reader (a pack refused, a stored entry set aside), as a message id of
// _locales and its substitutions, so the interface says them in the reader's language while core
// stays free of the DOM and of any interface. The English wording is the catalog's too: the build,
// the command line and the console read the same sentence a reader of the English interface sees.
import en from '../../_locales/en/messages.json';

export type PhraseValue = string | number | Phrase;

export interface Phrase {
  /** A key of _locales/<lang>/messages.json. */
  key: string;
  values: PhraseValue[];
}

export const phrase = (key: keyof typeof en, ...values: PhraseValue[]): Phrase => ({ key, values });

/** A message that is not (yet) worded in the catalogs: shown as it is, in English. */
export const verbatim = (text: string): Phrase => phrase('phraseVerbatim', text);

/** "a, b, c": each language joins a list its own way, so the list is a phrase too. */
export function listPhrase([first, ...rest]: readonly Phrase[]): PhraseValue {
  return first ? rest.reduce<PhraseValue>((list, item) => phrase('phraseList', list, item), first) : '';
}

type Catalog = Record<string, { message: string } | undefined>;

/** A phrase in a catalog's words: $1…$9 filled, nested phrases worded the same way, numbers in the catalog's language. */
export function wordPhrase(catalog: Catalog, lang: string, fallback: Catalog, value: Phrase): string {
  const template = catalog[value.key]?.message ?? fallback[value.key]?.message ?? value.key;
  const word = (part: PhraseValue | undefined): string =>
    part === undefined ? '' : typeof part === 'number' ? part.toLocaleString(lang) : typeof part === 'string' ? part : wordPhrase(catalog, lang, fallback, part);
  return template.replace(/\$(\d)/g, (_, digit: string) => word(value.values[Number(digit) - 1]));
}

/** The English sentence, for the build's and the command line's output and for the console. */
export const inEnglish = (value: Phrase): string => wordPhrase(en as Catalog, 'en', en as Catalog, value);
