// Interface strings from _locales, bundled so the reader's chosen language can differ from the browser's.
import en from '../../_locales/en/messages.json';
import es from '../../_locales/es/messages.json';
import type { PhraseValue } from '../core/phrase';
import type { Lang } from '../core/types';

export type MessageKey = keyof typeof en;
type Catalog = Record<string, { message: string }>;
const CATALOGS: Record<Lang, Catalog> = { en, es };

/** 'es-MX', 'es' → 'es'; anything we don't speak → 'en'. */
export function pickLanguage(setting: 'auto' | Lang, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Looks a string up in the language it names, falling back to English, and fills $1…$9 placeholders. */
export type Translate = ((key: MessageKey, substitutions?: (string | number)[]) => string) & { readonly lang: Lang };

export function translator(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
  const translate = (key: MessageKey, substitutions: (string | number)[] = []) => {
    const message = catalog[key]?.message ?? (en as Catalog)[key]?.message ?? key;
    // "EE. UU." at the end of a sentence keeps one full stop, not two.
    return message.replace(/\$(\d)/g, (_, digit: string) => String(substitutions[Number(digit) - 1] ?? '')).replace(/(?<!\.)\.\.$/, '.');
  };
  return Object.assign(translate, { lang });
}

/**
 * What core has to say (a Phrase, or a plain value such as a title), in the reader's language. A
 * phrase's numbers are counts and sizes, written as the language writes them ("2.000.000" in
 * Spanish), as core's own wordPhrase does; ids and years come as text and stay as they are.
 */
export function sayPhrase(t: Translate, value: PhraseValue): string {
  if (typeof value === 'number') return value.toLocaleString(t.lang);
  if (typeof value === 'string') return value;
  return t(value.key as MessageKey, value.values.map((part) => sayPhrase(t, part)));
}
