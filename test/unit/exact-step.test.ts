// The exact step, case by case: the longest alias at a word start, plurals only where the language
// makes them, case where the fact base asks for it, the block's language, and, where two aliases
// fold alike, the one the page spells as written. Fuzzy matching is off: these are exact matches only.
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '../../src/core/mentions';
import { exactAt } from '../../src/core/mentions/exact';
import { foldText } from '../../src/core/mentions/fold';

const matcher = (reversed = false) =>
  compileMatcher([
    { id: 'xanax', type: 'substance', name: { en: 'Xanax', es: 'Xanax' }, aliases: [{ text: 'xanax' }] },
    { id: 'gas', type: 'substance', name: { en: 'tear gas', es: 'gas' }, aliases: [{ text: 'tear gas', lang: 'en' }] },
    { id: 'heroin', type: 'substance', name: { en: 'heroin', es: 'heroína' }, aliases: [{ text: 'heroin', lang: 'en' }, { text: 'heroína', lang: 'es' }] },
    { id: 'tunnel', type: 'program', name: { en: 'tunnel', es: 'narcotúnel' }, aliases: [{ text: 'narcotúnel', lang: 'es' }] },
    { id: 'u47700', type: 'substance', name: { en: 'U-47700', es: 'U-47700' }, aliases: [{ text: 'U-47700' }] },
    { id: 'strauss', type: 'person', name: { en: 'Anna Strauß', es: 'Anna Strauß' }, aliases: [{ text: 'Strauß' }] },
    { id: 'dea', type: 'organization', name: { en: 'DEA', es: 'DEA' }, aliases: [{ text: 'DEA', caseSensitive: true }, { text: 'DEA MX', caseSensitive: true }, { text: 'DEA  CDMX', caseSensitive: true }] },
    {
      id: 'sinaloa',
      type: 'cartel',
      name: { en: 'Sinaloa Cartel', es: 'Cártel de Sinaloa' },
      aliases: reversed
        ? [{ text: 'Cártel-Sinaloa' }, { text: 'Cartel-Sinaloa' }, { text: 'Cártel de Sinaloa' }, { text: 'Cartel de Sinaloa' }, { text: 'Cártel  del Golfo' }, { text: 'Cartel del Golfo' }]
        : [{ text: 'Cartel del Golfo' }, { text: 'Cártel  del Golfo' }, { text: 'Cartel de Sinaloa' }, { text: 'Cártel de Sinaloa' }, { text: 'Cartel-Sinaloa' }, { text: 'Cártel-Sinaloa' }],
    },
    { id: 'lopez', type: 'person', name: { en: 'Ana Lopez', es: 'Ana Lopez' }, aliases: [{ text: 'Lopez' }] },
    { id: 'syrup', type: 'substance', name: { en: 'syrup', es: 'jarabe' }, aliases: [{ text: 'jarabe', lang: 'es' }] },
    { id: 'taxi', type: 'substance', name: { en: 'taxi', es: 'taxi' }, aliases: [{ text: 'taxi', lang: 'es' }] },
    { id: 'fentanyl', type: 'substance', name: { en: 'fentanyl', es: 'fentanilo' }, aliases: [{ text: 'fentanilo', lang: 'es' }] },
    { id: 'menu', type: 'substance', name: { en: 'menu', es: 'menú' }, aliases: [{ text: 'menú', lang: 'es' }] },
    { id: 'hash', type: 'substance', name: { en: 'hashish', es: 'hachís' }, aliases: [{ text: 'hash', lang: 'en' }] },
    { id: 'rex-tillerson', type: 'person', name: { en: 'Rex Tillerson', es: 'Rex Tillerson' }, aliases: [{ text: 'Tillerson' }] },
    { id: 'merida', type: 'program', name: { en: 'Merida Initiative', es: 'Iniciativa Mérida' }, aliases: [{ text: 'Merida', lang: 'en' }, { text: 'Merida Initiative', lang: 'en' }, { text: 'Iniciativa Mérida', lang: 'es' }] },
    {
      id: 'cartels',
      type: 'substance',
      name: { en: 'cartel', es: 'cártel' },
      aliases: reversed ? [{ text: 'cártel', lang: 'es' }, { text: 'cartel', lang: 'en' }] : [{ text: 'cartel', lang: 'en' }, { text: 'cártel', lang: 'es' }],
    },
  ]);
const forward = matcher();
const backward = matcher(true);

/** "entity:the page's words=the alias that matched", for each mention. */
const found = (text: string, lang?: string, m = forward) =>
  findMentions(text, m, { fuzzy: false, languages: lang ? [{ start: 0, lang }] : undefined }).map((mention) => `${mention.entityId}:${mention.text}=${mention.alias}`);

const CASES: [string, string, string | undefined, string[]][] = [
    ['an English plural in "es" after a sibilant, in "s" after anything else', 'xanax xanaxes xanaxs', undefined, ['xanax:xanax=xanax', 'xanax:xanaxes=xanax', 'xanax:xanaxs=xanax']],
    ['no "s" plural after an "s"', 'tear gas, tear gases, tear gass', undefined, ['gas:tear gas=tear gas', 'gas:tear gases=tear gas']],
    ['no English "es" plural after a letter that is no sibilant', 'heroin heroins heroines', 'en', ['heroin:heroin=heroin', 'heroin:heroins=heroin']],
    ['no Spanish "es" plural after a vowel', 'heroína heroínas heroínaes', 'es', ['heroin:heroína=heroína', 'heroin:heroínas=heroína']],
    ['a Spanish "es" plural after a consonant', 'narcotúnel narcotúneles', 'es', ['tunnel:narcotúnel=narcotúnel', 'tunnel:narcotúneles=narcotúnel']],
    ['no plural of a name that ends in a digit', 'U-47700 U-47700s', undefined, ['u47700:U-47700=U-47700']],
    ['no plural of a name that ends in a letter beyond a–z', 'Strauß Straußs Straußes', undefined, ['strauss:Strauß=Strauß']],
    ['an acronym in its own case, through invisible characters, with no plural', 'DEA DEAs dea D\u200bEA D-EA, Dea', undefined, ['dea:DEA=DEA', 'dea:D\u200bEA=DEA']],
    ['a person’s name with its capital only', 'Tillerson tillerson Tillersons', undefined, ['rex-tillerson:Tillerson=Tillerson', 'rex-tillerson:Tillersons=Tillerson']],
    ['the longest alias, and its plural', 'the Merida Initiative and Merida Initiatives, Merida', 'en', ['merida:Merida Initiative=Merida Initiative', 'merida:Merida Initiatives=Merida Initiative', 'merida:Merida=Merida']],
    ['a capitalized name of several words read in any language', 'la Iniciativa Mérida y la Merida Initiative', 'es', ['merida:Iniciativa Mérida=Iniciativa Mérida', 'merida:Merida Initiative=Merida Initiative']],
    ['an English word not read in Spanish', 'heroin en la calle', 'es', []],
    ['no alias inside a longer word', 'cartelera xanaxy', undefined, []],
    ['the spelling as written wins where two aliases fold alike', 'cartel cártel carteles cárteles', undefined, ['cartels:cartel=cartel', 'cartels:cártel=cártel', 'cartels:carteles=cártel', 'cartels:cárteles=cártel']],
    ['decomposed accents are read as written', 'ca\u0301rtel', undefined, ['cartels:ca\u0301rtel=cártel']],
    ['the Spanish alias alone in Spanish', 'el cartel', 'es', ['cartels:cartel=cártel']],
    ['the English alias alone in English', 'the cártel', 'en', ['cartels:cártel=cartel']],
    ['an acronym of two words, through any run of space', 'DEA MX, DEA\u00a0 MX, DEA\nMX, dea mx', undefined, ['dea:DEA MX=DEA MX', 'dea:DEA\u00a0 MX=DEA MX', 'dea:DEA\nMX=DEA MX']],
    // A run of spaces in an alias (a teacher pack's, say) is read as one.
    ['an acronym written with a run of spaces', 'DEA CDMX', undefined, ['dea:DEA CDMX=DEA  CDMX']],
    ['the spelling as written wins in an alias written with a run of spaces', 'Cártel del Golfo, Cartel del Golfo', undefined, ['sinaloa:Cártel del Golfo=Cártel  del Golfo', 'sinaloa:Cartel del Golfo=Cartel del Golfo']],
    ['the spelling as written wins in a name of several words, through any space or a hyphen', 'Cártel de Sinaloa, Cartel de Sinaloa, Cártel\nde Sinaloa, Cártel-Sinaloa, Cartel-Sinaloa', undefined, ['sinaloa:Cártel de Sinaloa=Cártel de Sinaloa', 'sinaloa:Cartel de Sinaloa=Cartel de Sinaloa', 'sinaloa:Cártel\nde Sinaloa=Cártel de Sinaloa', 'sinaloa:Cártel-Sinaloa=Cártel-Sinaloa', 'sinaloa:Cartel-Sinaloa=Cartel-Sinaloa']],
    ['an English "es" plural after an "h"', 'hash hashes hashs', 'en', ['hash:hash=hash', 'hash:hashes=hash', 'hash:hashs=hash']],
    ['no plural of two letters that are not "es"', 'xanaxas xanaxea xanaxab', undefined, []],
    ['no Spanish "es" plural after any vowel', 'jarabe jarabes jarabees taxi taxis taxies fentanilo fentanilos fentaniloes menú menús menúes', 'es', ['syrup:jarabe=jarabe', 'syrup:jarabes=jarabe', 'taxi:taxi=taxi', 'taxi:taxis=taxi', 'fentanyl:fentanilo=fentanilo', 'fentanyl:fentanilos=fentanilo', 'menu:menú=menú', 'menu:menús=menú']],
];

describe('the exact step', () => {
  it.each(CASES)('%s', (_label, text, lang, expected) => {
    expect(found(text, lang)).toEqual(expected);
    // The order of a fact base's aliases decides nothing.
    expect(found(text, lang, backward)).toEqual(expected);
  });

  // Every case again in one test. A mutation tool credits a test with a branch only where the test's
  // own run reaches it (a term after an "||" that one case cuts short, another case reaches), so a
  // mutant that one case reaches and another kills survives unless both are in one test.
  it('gives every case above, together', () => {
    for (const [label, text, lang, expected] of CASES) {
      expect(found(text, lang), label).toEqual(expected);
      expect(found(text, lang, backward), label).toEqual(expected);
    }
  });

  it.each([
    // A letter beyond a–z ends no plural, whatever the context rules would make of the word.
    ['Straußs', 0, null],
    ['Strauß', 0, 'Strauß'],
    // An English "es" plural after a "z".
    ['the Lopezes', 4, 'Lopezes'],
    ['the Lopezs', 4, 'Lopezs'],
  ])('from its start, %j gives %j', (text, start, expected) => {
    for (const matcher of [forward, backward]) {
      const candidate = exactAt(text, foldText(text), matcher, start, null);
      expect(candidate && text.slice(start, candidate.end)).toBe(expected);
    }
  });

  it('walks a trie too large for its dense table, and stops where the sparse part has no way on', () => {
    // 300 words of 20 letters: about 6,000 states, past the 4,096 held densely.
    let seed = 7;
    const letter = () => String.fromCharCode(0x61 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26));
    const words = Array.from({ length: 300 }, () => Array.from({ length: 20 }, letter).join(''));
    const big = compileMatcher([
      // Inserted first, so its states are the root's first: a lost way on must not jump to them.
      { id: 'first', type: 'substance', name: { en: 'xa', es: 'xa' }, aliases: [{ text: 'xa' }] },
      ...words.map((word, index) => ({ id: `word-${index}`, type: 'substance' as const, name: { en: word, es: word }, aliases: [{ text: word }] })),
    ]);
    expect(big.automaton.sparse.length).toBeGreaterThan(0);
    for (const [index, word] of words.entries()) expect(exactAt(word, foldText(word), big, 0, null)?.record.entityId, word).toBe(`word-${index}`);
    const last = words.at(-1)!;
    for (const stray of [`${last.slice(0, 18)}a`, `${last.slice(0, 18)}xa`, `${last.slice(0, 10)}xa`]) expect(exactAt(stray, foldText(stray), big, 0, null), stray).toBeNull();
  });
});
