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
