// The language guess, case by case: the page's tags read, function words counted (a word of one
// language worth more than one several share), the guess made only on a clear lead.
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/core/mentions/fold';
import { countFunctionWords, isFunctionWord, isMatchingLanguage, languageFromCounts, newLanguageCounts, primaryLanguage } from '../../src/core/mentions/language';

/** The guess's languages, in the order of its counts. */
const ORDER = ['en', 'es', 'de', 'fr', 'pt', 'it', 'pl'];
const countsOf = (points: Record<string, number>) => ORDER.map((lang) => points[lang] ?? 0);

/** Points per language for words [from, to) of `text`, as { lang: points } without zeros. */
function points(text: string, from = 0, to = Number.POSITIVE_INFINITY) {
  const folded = foldText(text);
  const counts = newLanguageCounts();
  countFunctionWords(folded, from, Math.min(to, folded.wordCount), counts);
  return Object.fromEntries(ORDER.map((lang, index) => [lang, counts[index]!]).filter(([, count]) => count));
}

describe('the language a page declares', () => {
  it.each([
    ['es-MX', 'es'],
    ['EN_us', 'en'],
    [' pt-BR ', 'pt'],
    ['fil', 'fil'],
    ['zh-Hant', 'zh'],
    ['x-klingon', null],
    ['abcd', null],
    ['-es', null],
    ['e5', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j is %j', (tag, lang) => {
    expect(primaryLanguage(tag)).toBe(lang);
  });

  it('matches in English, Spanish and where nothing is said, and nowhere else', () => {
    expect([null, 'en', 'es', 'de', 'fr', 'pt'].map(isMatchingLanguage)).toEqual([true, true, true, false, false, false]);
  });
});

describe('counting function words', () => {
  it.each([
    ['a word only English uses: 3 points', 'the', { en: 3 }],
    ['a word Spanish, French and Portuguese share: 1 point each', 'de', { es: 1, fr: 1, pt: 1 }],
    ['words that are no function words: nothing', 'Tillerson Mexico fentanyl', {}],
    ['accents folded first', 'según también', { es: 3 }],
    ['each occurrence', 'the the of', { en: 9 }],
    ['words of Polish', 'jest oraz', { pl: 6 }],
  ])('%s', (_label, text, expected) => {
    expect(points(text)).toEqual(expected);
  });

  it('reads at most 60 words of a block', () => {
    // "de" is shared, so no language ever leads clearly and the count runs to its limit.
    expect(points('de '.repeat(70))).toEqual({ es: 60, fr: 60, pt: 60 });
    expect(points('de '.repeat(59))).toEqual({ es: 59, fr: 59, pt: 59 });
  });

  it('stops once a language leads clearly, checking every 16 words from the block’s first', () => {
    // Sixteen words in, English has 45 points and no rival: the rest need not be read.
    expect(points('the '.repeat(40))).toEqual({ en: 45 });
    expect(points(`${'Mexico '.repeat(5)}${'the '.repeat(40)}`, 5)).toEqual({ en: 45 });
    // A rival with a third of the lead or more keeps it reading.
    expect(points('the el '.repeat(10))).toEqual({ en: 30, es: 30 });
  });

  it.each([
    ['nothing counted by the check reads on', `${'Mexico '.repeat(16)}${'dijo '.repeat(10)}`, { es: 30 }],
    ['exactly 15 points with no rival is clear', `${'the '.repeat(5)}${'Mexico '.repeat(10)}${'the '.repeat(10)}`, { en: 15 }],
    ['a lead of exactly three times is clear', `${'the '.repeat(6)}${'dijo '.repeat(2)}${'Mexico '.repeat(7)}${'dijo '.repeat(10)}`, { en: 18, es: 6 }],
    ['a lead of less reads on', `${'the '.repeat(6)}${'dijo '.repeat(3)}${'Mexico '.repeat(6)}${'dijo '.repeat(2)}`, { en: 18, es: 15 }],
  ])('at the check, %s', (_label, text, expected) => {
    expect(points(text)).toEqual(expected);
  });

  it('adds to counts it is given, from the word asked', () => {
    const folded = foldText('Mexico the of');
    const counts = countsOf({ en: 1, es: 2 });
    countFunctionWords(folded, 1, 2, counts);
    expect(counts).toEqual(countsOf({ en: 4, es: 2 }));
  });

  it.each([
    ['the', true],
    ['Según', true],
    ['jest', true],
    ['between', false],
    ['Tillerson', false],
    ['q', false],
    ['9', false],
    // Six letters, the longest a key holds.
    ['toward', true],
    ['porque', true],
    // A digit or a letter beyond z is no a–z letter: read as one, "b9" would be the key of "y" and "kæ" of "of".
    ['b9', false],
    ['kæ', false],
  ])('%j is a function word: %s', (word, expected) => {
    const folded = foldText(word);
    expect(isFunctionWord(folded, folded.wordStarts[0]!, folded.wordEnds[0]!)).toBe(expected);
  });
});

describe('the guess from the counts', () => {
  it.each([
    ['nothing counted', {}, null],
    ['too few points', { en: 3 }, null],
    ['just enough points', { en: 4 }, 'en'],
    ['a lead of exactly 1.5 times', { en: 6, es: 4 }, 'en'],
    ['a lead of less', { en: 6, es: 5 }, null],
    ['a tie', { de: 9, fr: 9 }, null],
    ['the last language', { pl: 12, it: 2 }, 'pl'],
    ['the best after a lower first', { en: 2, es: 3, fr: 20 }, 'fr'],
    ['a second best found after the best', { pt: 20, it: 14 }, null],
  ])('%s', (_label, counts, lang) => {
    expect(languageFromCounts(countsOf(counts))).toBe(lang);
  });
});
