// How findMentions reads a text of several blocks: each block in the language the page declares for
// it, else the one its own words show (eight words or more), else the page's; misspellings looked
// for only in English, Spanish or where nothing is known; a possessive or an elision starts no name;
// the steps timed when asked, and the mentions filtered by type when asked.
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '../../src/core/mentions';
import type { FindOptions } from '../../src/core/mentions/find';

const matcher = () =>
  compileMatcher([
    { id: 'rex-tillerson', type: 'person', name: { en: 'Rex Tillerson', es: 'Rex Tillerson' }, aliases: [{ text: 'Tillerson' }] },
    { id: 'heroin', type: 'substance', name: { en: 'heroin', es: 'heroína' }, aliases: [{ text: 'heroin', lang: 'en' }, { text: 'heroína', lang: 'es' }] },
  ]);

const found = (text: string, options: FindOptions = {}) => findMentions(text, matcher(), options).map((mention) => `${mention.entityId}:${mention.text}`);

/** Spanish function words: with "heroin", a block of seven words (too few to guess from) or of eight. */
const SIX_SPANISH = 'que los del las por una';
const SEVEN_SPANISH = `${SIX_SPANISH} con`;

describe('the blocks of a text', () => {
  it('reads each block in the language the page declares from where it starts, and guesses before the first declaration', () => {
    const text = 'heroin here.\n\nheroin again.\n\nheroin once more.';
    const second = text.indexOf('heroin again');
    const third = text.indexOf('heroin once');
    // Declared from the second block on: the first is guessed (too few words: nothing known, so read).
    expect(found(text, { languages: [{ start: second, lang: 'fr' }] })).toEqual(['heroin:heroin']);
    expect(found(text, { languages: [{ start: 0, lang: 'es' }, { start: second, lang: 'en' }, { start: third, lang: 'fr' }] })).toEqual(['heroin:heroin']);
    expect(found(text, { languages: [{ start: 0, lang: 'en' }, { start: second, lang: 'fr' }, { start: third, lang: 'en' }] })).toEqual(['heroin:heroin', 'heroin:heroin']);
    expect(found(text, { languages: [{ start: 0, lang: 'en' }, { start: second, lang: null }, { start: third, lang: 'fr' }] })).toEqual(['heroin:heroin', 'heroin:heroin']);
  });

  it('guesses a block’s language from eight words or more, and reads a shorter block in the page’s', () => {
    expect(found(`Intro.\n\n${SEVEN_SPANISH} heroin`)).toEqual([]);
    expect(found(`Intro.\n\n${SIX_SPANISH} heroin`)).toEqual(['heroin:heroin']);
    // A short block after a Spanish one takes the page's language so far.
    expect(found(`${SEVEN_SPANISH} sin.\n\nheroin`)).toEqual([]);
    expect(found(`${SEVEN_SPANISH} sin.\n\nheroína`)).toEqual(['heroin:heroína']);
    // A block whose own words say English stays English on a Spanish page.
    expect(found(`${SEVEN_SPANISH} sin.\n\n${SEVEN_SPANISH} sin.\n\nthe heroin of that was in the city`)).toEqual(['heroin:heroin']);
  });

  it('looks for misspellings in English, Spanish and unknown blocks only, block by block', () => {
    const text = 'Tilerson spoke.\n\nTilerson left.';
    const second = text.indexOf('Tilerson left');
    const names = (languages: FindOptions['languages']) => found(text, { languages });
    expect(names([{ start: 0, lang: 'en' }, { start: second, lang: 'fr' }])).toEqual(['rex-tillerson:Tilerson']);
    expect(names([{ start: 0, lang: 'fr' }, { start: second, lang: 'es' }])).toEqual(['rex-tillerson:Tilerson']);
    expect(names(undefined)).toEqual(['rex-tillerson:Tilerson', 'rex-tillerson:Tilerson']);
    expect(found(text, { fuzzy: false })).toEqual([]);
  });

  it('starts no name after an apostrophe inside a word, and one after a quotation mark', () => {
    expect(found("O'Tillerson and d'Tillerson")).toEqual([]);
    expect(found("'Tillerson' said")).toEqual(['rex-tillerson:Tillerson']);
    expect(found("Aid 'Tillerson' said")).toEqual(['rex-tillerson:Tillerson']);
  });

  it('keeps only the types asked for, and still lets a name found decide later short forms', () => {
    expect(found('Tillerson on heroin', { entityTypes: new Set(['substance']) })).toEqual(['heroin:heroin']);
    expect(found('Tillerson on heroin', { entityTypes: new Set(['person']) })).toEqual(['rex-tillerson:Tillerson']);
  });

  it('times each step in order when asked', () => {
    const phases: [string, number][] = [];
    const before = performance.now();
    found('Tillerson on heroin', { onPhase: (phase, ms) => phases.push([phase, ms]) });
    const total = performance.now() - before;
    expect(phases.map(([phase]) => phase)).toEqual(['fold', 'language', 'match', 'context']);
    expect(phases.every(([, ms]) => ms >= 0)).toBe(true);
    // The steps share the call's time: none is counted twice.
    expect(phases.reduce((sum, [, ms]) => sum + ms, 0)).toBeLessThanOrEqual(total);
  });

  it('finds nothing in an empty text', () => {
    expect(findMentions('', matcher())).toEqual([]);
  });
});

/** `count` capitalized words of five letters or more, all different. */
const capitalizedWords = (count: number) => Array.from({ length: count }, (_, at) => `Word${String.fromCharCode(97 + (at % 26))}${String.fromCharCode(97 + Math.floor(at / 26))}`);
/** Forty words of four letters or more, 36 capitalized (nine in ten), then a forty-first in lowercase. */
const FORTY_ONE_WORDS = ['Warns', 'Tillerson', ...capitalizedWords(34), 'lower', 'lowers', 'lowest', 'lowly', 'lowish'].join(' ');

// In a headline every word has a capital, so "Warns Tillerson" is a verb before the name; in prose
// a capital before "Tillerson" is someone else's first name, and the name is not ours.
const HEADLINE_CASES: [string, string, string[]][] = [
  ['nine in ten of its longer words capitalized: a headline', 'China Warns Tillerson about Trade Deals With Mexico Over Border', ['Tillerson']],
  ['eight in ten: prose', 'China Warns Tillerson about trade Deals With Mexico Over Border', []],
  ['words of three letters or fewer not counted, a word of four counted', 'China Warns Tillerson over Trade', []],
  ['short words left out of the share', 'China Warns Tillerson on a Trade Deal', ['Tillerson']],
  ['a full stop at the end: prose, however many capitals', 'China Warns Tillerson About Trade Deals.', []],
  ['two longer words are too few, and the next block’s are not read', 'Warns Tillerson\n\nTrade deals are', []],
  ['three are enough', 'Warns Tillerson Trade\n\nTrade deals are', ['Tillerson']],
  ['only the first forty longer words are read', FORTY_ONE_WORDS, ['Tillerson']],
];

describe('headlines, where capitals say nothing', () => {
  const names = (text: string) => findMentions(text, matcher()).map((mention) => mention.text);
  it.each(HEADLINE_CASES)('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it('gives every case above, together', () => {
    expect(HEADLINE_CASES.map(([, text]) => names(text))).toEqual(HEADLINE_CASES.map(([, , expected]) => expected));
  });
});

describe('the buffers an earlier text left', () => {
  it('reads no block past the last one, whatever an earlier, longer text left there', () => {
    const english = 'the of and to in is that day';
    const spanish = 'que los del las por una con sin';
    // A block of a few words takes the page's language: with the English and the Spanish block
    // counted once each, neither leads by half again, so "heroin" is read; with the Spanish words
    // counted twice, Spanish would lead.
    const text = `heroin\n\n${english}\n\n${spanish}`;
    expect(found(text)).toEqual(['heroin:heroin']);
    // An earlier text with a block break where the Spanish block starts in the next: read past its
    // last block, the next text would count the Spanish words twice and call the page Spanish.
    const spanishStarts = 1 + english.split(' ').length;
    found(`w\n\nw\n\n${'w '.repeat(spanishStarts - 2)}\n\nw\n\nw`);
    expect(found(text)).toEqual(['heroin:heroin']);
    // The Spanish block written twice: then Spanish leads, and "heroin" is not read.
    expect(found(`${text}\n\n${spanish}`)).toEqual([]);
  });
});

/** Names that sit one letter from each other, and a drug with an English and a Spanish name. */
const nearNamesMatcher = () =>
  compileMatcher([
    { id: 'john-hartmann', type: 'person', name: { en: 'John Hartmann', es: 'John Hartmann' }, aliases: [{ text: 'Hartmann', ambiguous: true }] },
    { id: 'greg-hartman', type: 'person', name: { en: 'Greg Hartman', es: 'Greg Hartman' }, aliases: [{ text: 'Hartman' }] },
    { id: 'rex-tillerson', type: 'person', name: { en: 'Rex Tillerson', es: 'Rex Tillerson' }, aliases: [{ text: 'Tillerson' }] },
    { id: 'tilerson-group', type: 'organization', name: { en: 'Tilerson Group', es: 'Tilerson Group' }, aliases: [] },
    { id: 'meth', type: 'substance', name: { en: 'crystal meth', es: 'crystal meth' }, aliases: [{ text: 'methamphetamine', lang: 'en' }, { text: 'metanfetamina', lang: 'es' }] },
  ]);

const FUZZY_STEP_CASES: [string, string, FindOptions['languages'], string[]][] = [
  // An exact match that is ambiguous gives way to a misspelling only if the misspelling is longer.
  ['an ambiguous name is not taken for a misspelling of another as long', 'Hartmann spoke today.', undefined, []],
  ['and counts once its full name has come', 'John Hartmann said. Then Hartmann left.', undefined, ['john-hartmann:John Hartmann', 'john-hartmann:Hartmann']],
  // An unambiguous exact match that begins no longer name is not looked at again.
  ['an unambiguous name stays, even before the words of a longer misspelt one', 'Tillerson Group said so.', undefined, ['rex-tillerson:Tillerson']],
  ['the longer name, written as it is, counts', 'Tilerson Group said so.', undefined, ['tilerson-group:Tilerson Group']],
  // A misspelling is read in the block's language: an English name in English, a Spanish one in Spanish.
  ['an English name misspelt in English', 'the methamphetamne was', [{ start: 0, lang: 'en' }], ['meth:methamphetamne']],
  ['a Spanish name misspelt in English: not read', 'the metanfetamna was', [{ start: 0, lang: 'en' }], []],
  ['a Spanish name misspelt in Spanish', 'the metanfetamna was', [{ start: 0, lang: 'es' }], ['meth:metanfetamna']],
  ['an English name misspelt in Spanish: not read', 'the methamphetamne was', [{ start: 0, lang: 'es' }], []],
  ['either, where the language is not known', 'the metanfetamna and methamphetamne', undefined, ['meth:metanfetamna', 'meth:methamphetamne']],
];

describe('the fuzzy step', () => {
  const names = (text: string, languages: FindOptions['languages']) => findMentions(text, nearNamesMatcher(), { languages }).map((mention) => `${mention.entityId}:${mention.text}`);
  it.each(FUZZY_STEP_CASES)('%s', (_, text, languages, expected) => {
    expect(names(text, languages)).toEqual(expected);
  });
  it('gives every case above, together', () => {
    expect(FUZZY_STEP_CASES.map(([, text, languages]) => names(text, languages))).toEqual(FUZZY_STEP_CASES.map(([, , , expected]) => expected));
  });
});
