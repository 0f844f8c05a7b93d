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

/** "a", "a and b", "a, b and c", in the catalog's words. */
export function listed(items: readonly PhraseValue[]): PhraseValue {
  const [first, second, ...more] = items;
  if (first === undefined) return '';
  if (second === undefined) return first;
  return more.length ? phrase('listMore', first, listed([second, ...more])) : phrase('listTwo', first, second);
}

type Catalog = Record<string, { message: string } | undefined>;

/** A phrase (or a plain value) in a catalog's words: $1…$9 filled, nested phrases worded the same way, numbers in the catalog's language. */
export function wordPhrase(catalog: Catalog, lang: string, fallback: Catalog, value: PhraseValue): string {
  if (typeof value === 'number') return value.toLocaleString(lang);
  if (typeof value === 'string') return value;
  const template = catalog[value.key]?.message ?? fallback[value.key]?.message ?? value.key;
  return template.replace(/\$(\d)/g, (_, digit: string) => {
    const part = value.values[Number(digit) - 1];
    return part === undefined ? '' : wordPhrase(catalog, lang, fallback, part);
  });
}

/** The English sentence, for the build's and the command line's output and for the console. */
export const inEnglish = (value: PhraseValue): string => wordPhrase(en as Catalog, 'en', en as Catalog, value);
