// Which language a block of text is written in. The page's own `lang` attributes come first (the
// page layer passes them as spans); where it says nothing, a cheap guess from function words.
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the engine reads typed arrays and tables at indices in bounds by construction, in its hottest loops; a check per read would cost speed (npm run bench) and add branches no input can reach */
import type { FoldedText } from './fold';

/** A block's language: a primary subtag ('en', 'es', 'de', …), or null when nothing says. */
export type BlockLanguage = string | null;

/** From `start` (an offset in the text given to the matcher) on, the text is in `lang` until the next span. */
export interface LanguageSpan {
  start: number;
  lang: string | null;
}

/** 'es-MX' → 'es'; anything that is not a language tag → null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** The languages every rule is written for; text in any other gets exact, unambiguous names only. */
export const isMatchingLanguage = (lang: BlockLanguage): boolean => lang === null || lang === 'en' || lang === 'es';

/** The languages the guess tells apart: ours, and those of the pages readers also open. */
const GUESSED = ['en', 'es', 'de', 'fr', 'pt', 'it', 'pl'] as const;

/** Each language's commonest short words, folded, of six letters at most. A word in several lists counts less for each. */
const FUNCTION_WORDS: Record<(typeof GUESSED)[number], string> = {
  en: 'the of and to in is that for it with was as on be at by this have from or an are not but which were been their its has said would a so am about under over after before into during amid among than upon via toward',
  es: 'de la que el en y a los del se las por un para con no una su al lo como mas pero sus le ya o este si porque esta entre cuando muy sin sobre hasta hay donde quien desde todo nos todos uno les ni contra ese eso ante ellos esto antes unos otro otra esa estos fue dijo segun han tras aunque son tres',
  de: 'der die und in den von zu das mit sich des auf fur ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem uber einen so zum haben nur oder aber vor zur bis mehr durch sein wurde',
  fr: 'de la le et les des en un une du est que pour qui dans a par sur pas plus au ne il se ce avec son sont elle aux ont mais ou leur cette comme nous vous sa ses aussi y l d qu selon ete etre avait aurait ces cet chez lors ainsi apres tres tout tous toute depuis donc sans',
  pt: 'de a o que e do da em um para com nao uma os no se na por mais as dos como mas ao ele das seu sua ou quando muito nos ja tambem so pelo pela ate isso ela entre depois sem mesmo aos seus quem nas esse eles essa nem suas este esta estes estas',
  it: 'di e il la che a per un in del non sono le si con da i della al una gli ma come piu anche nel alla ha questo dei delle degli nella sul sua suo lo l d',
  pl: 'i w z na sie nie do to jest ze o jak po od ale za oraz dla czy tak przez jego juz tylko ktory ktore ktora sa bylo byl jako pod',
};

/** Longest word packed into a key: six letters of five bits stay a small integer. */
const MAX_KEY_LETTERS = 6;

/** A folded word of a–z letters, five bits each, or -1 for any other word. */
function wordKey(codes: ArrayLike<number>, start: number, end: number): number {
  if (end - start > MAX_KEY_LETTERS) return -1;
  let key = 0;
  for (let index = start; index < end; index++) {
    const letter = codes[index]! - 0x60;
    if (letter < 1 || letter > 26) return -1;
    key = key * 32 + letter;
  }
  return key;
}

/**
 * key → one bit per language that uses the word, in a small open-addressed table: it is read for
 * every short word of a page, and typed arrays beat a Map there.
 */
const TABLE_SIZE = 2048;
const TABLE_KEYS = new Int32Array(TABLE_SIZE).fill(-1);
const TABLE_LANGUAGES = new Uint8Array(TABLE_SIZE);
const slotOf = (key: number) => Math.imul(key, 0x9e3779b1) >>> 21;

function languagesOf(key: number): number {
  for (let slot = slotOf(key); ; slot = (slot + 1) & (TABLE_SIZE - 1)) {
    const known = TABLE_KEYS[slot]!;
    if (known === key) return TABLE_LANGUAGES[slot]!;
    if (known === -1) return 0;
  }
}

GUESSED.forEach((lang, bit) => {
  for (const word of FUNCTION_WORDS[lang].split(' ')) {
    const key = wordKey(Array.from(word, (letter) => letter.charCodeAt(0)), 0, word.length);
    // A longer word has no key and would never be counted: the list would say more than the guess reads.
    if (key < 0) throw new Error(`language.ts: "${word}" (${lang}) is not a function word the guess can read`);
    let slot = slotOf(key);
    while (TABLE_KEYS[slot] !== -1 && TABLE_KEYS[slot] !== key) slot = (slot + 1) & (TABLE_SIZE - 1);
    TABLE_KEYS[slot] = key;
    TABLE_LANGUAGES[slot]! |= 1 << bit;
  }
});

/** Words read per block at most: a paragraph's first sentences say what language it is in. */
const WORDS_READ_PER_BLOCK = 60;
/** Points for a word only one language uses, and for one several share ("de", "la", "a"). */
const OWN_WORD = 3;
const SHARED_WORD = 1;
/** A language needs this many points… */
const MIN_POINTS = 4;
/** …and this many times the next language's points. */
const MIN_LEAD = 1.5;

/** Whether a word is a function word in one of the languages guessed: at a sentence's start it is no first name. */
export function isFunctionWord(folded: FoldedText, start: number, end: number): boolean {
  const key = wordKey(folded.codes, start, end);
  return key >= 0 && languagesOf(key) !== 0;
}

/** Function-word points per language (GUESSED order) for words [fromWord, toWord), added to `into`. */
export function countFunctionWords(folded: FoldedText, fromWord: number, toWord: number, into: number[]): void {
  const { codes, wordStarts, wordEnds } = folded;
  const last = Math.min(toWord, fromWord + WORDS_READ_PER_BLOCK);
  for (let word = fromWord; word < last; word++) {
    // Every so often: a clear lead already says it, and the rest of the block need not be read.
    if ((word - fromWord) % CLEAR_CHECK_EVERY === CLEAR_CHECK_EVERY - 1 && isClear(into)) return;
    const key = wordKey(codes, wordStarts[word]!, wordEnds[word]!);
    if (key < 0) continue;
    const languages = languagesOf(key);
    if (languages === 0) continue;
    const points = (languages & (languages - 1)) === 0 ? OWN_WORD : SHARED_WORD;
    for (let bit = 0; bit < GUESSED.length; bit++) if (languages & (1 << bit)) into[bit]! += points;
  }
}

/** How often a block's count is checked for a clear lead, in words. */
const CLEAR_CHECK_EVERY = 16;
/** A lead this large, and this many times the next language's points, is clear. */
const CLEAR_POINTS = 15;
const CLEAR_LEAD = 3;

function isClear(counts: readonly number[]): boolean {
  let best = 0;
  let second = 0;
  for (const points of counts) {
    if (points > best) (second = best), (best = points);
    else if (points > second) second = points;
  }
  return best >= CLEAR_POINTS && best >= second * CLEAR_LEAD;
}

export const newLanguageCounts = (): number[] => GUESSED.map(() => 0);

/** The language the counts point to, or null when they are too few or too close. */
export function languageFromCounts(counts: readonly number[]): BlockLanguage {
  let best = 0;
  let second = 0;
  let bestAt = -1;
  counts.forEach((points, at) => {
    if (points > best) {
      second = best;
      best = points;
      bestAt = at;
    } else if (points > second) second = points;
  });
  if (best < MIN_POINTS || best < second * MIN_LEAD) return null;
  return GUESSED[bestAt] ?? null;
}
