// The exact step, case by case: the longest alias at a word start, plurals only where the language
// makes them, case where the fact base asks for it, the block's language, and, where two aliases
// fold alike, the one the page spells as written. Fuzzy matching is off: these are exact matches only.
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '../../src/core/mentions';

const matcher = (reversed = false) =>
  compileMatcher([
    { id: 'xanax', type: 'substance', name: { en: 'Xanax', es: 'Xanax' }, aliases: [{ text: 'xanax' }] },
    { id: 'gas', type: 'substance', name: { en: 'tear gas', es: 'gas' }, aliases: [{ text: 'tear gas', lang: 'en' }] },
    { id: 'heroin', type: 'substance', name: { en: 'heroin', es: 'heroína' }, aliases: [{ text: 'heroin', lang: 'en' }, { text: 'heroína', lang: 'es' }] },
    { id: 'tunnel', type: 'program', name: { en: 'tunnel', es: 'narcotúnel' }, aliases: [{ text: 'narcotúnel', lang: 'es' }] },
    { id: 'u47700', type: 'substance', name: { en: 'U-47700', es: 'U-47700' }, aliases: [{ text: 'U-47700' }] },
    { id: 'strauss', type: 'person', name: { en: 'Anna Strauß', es: 'Anna Strauß' }, aliases: [{ text: 'Strauß' }] },
    { id: 'dea', type: 'organization', name: { en: 'DEA', es: 'DEA' }, aliases: [{ text: 'DEA', caseSensitive: true }] },
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

describe('the exact step', () => {
  it.each([
    ['an English plural in "es" after a sibilant, in "s" after anything else', 'xanax xanaxes xanaxs', undefined, ['xanax:xanax=xanax', 'xanax:xanaxes=xanax', 'xanax:xanaxs=xanax']],
    ['no "s" plural after an "s"', 'tear gas, tear gases, tear gass', undefined, ['gas:tear gas=tear gas', 'gas:tear gases=tear gas']],
    ['no English "es" plural after a letter that is no sibilant', 'heroin heroins heroines', 'en', ['heroin:heroin=heroin', 'heroin:heroins=heroin']],
    ['no Spanish "es" plural after a vowel', 'heroína heroínas heroínaes', 'es', ['heroin:heroína=heroína', 'heroin:heroínas=heroína']],
    ['a Spanish "es" plural after a consonant', 'narcotúnel narcotúneles', 'es', ['tunnel:narcotúnel=narcotúnel', 'tunnel:narcotúneles=narcotúnel']],
    ['no plural of a name that ends in a digit', 'U-47700 U-47700s', undefined, ['u47700:U-47700=U-47700']],
    ['no plural of a name that ends in a letter beyond a–z', 'Strauß Straußs Straußes', undefined, ['strauss:Strauß=Strauß']],
    ['an acronym in its own case, through invisible characters, with no plural', 'DEA DEAs dea D\u200bEA D-EA', undefined, ['dea:DEA=DEA', 'dea:D\u200bEA=DEA']],
    ['a person’s name with its capital only', 'Tillerson tillerson Tillersons', undefined, ['rex-tillerson:Tillerson=Tillerson', 'rex-tillerson:Tillersons=Tillerson']],
    ['the longest alias, and its plural', 'the Merida Initiative and Merida Initiatives, Merida', 'en', ['merida:Merida Initiative=Merida Initiative', 'merida:Merida Initiatives=Merida Initiative', 'merida:Merida=Merida']],
    ['a capitalized name of several words read in any language', 'la Iniciativa Mérida y la Merida Initiative', 'es', ['merida:Iniciativa Mérida=Iniciativa Mérida', 'merida:Merida Initiative=Merida Initiative']],
    ['an English word not read in Spanish', 'heroin en la calle', 'es', []],
    ['no alias inside a longer word', 'cartelera xanaxy', undefined, []],
    ['the spelling as written wins where two aliases fold alike', 'cartel cártel carteles cárteles', undefined, ['cartels:cartel=cartel', 'cartels:cártel=cártel', 'cartels:carteles=cártel', 'cartels:cárteles=cártel']],
    ['decomposed accents are read as written', 'ca\u0301rtel', undefined, ['cartels:ca\u0301rtel=cártel']],
    ['the Spanish alias alone in Spanish', 'el cartel', 'es', ['cartels:cartel=cártel']],
    ['the English alias alone in English', 'the cártel', 'en', ['cartels:cártel=cartel']],
  ])('%s', (_label, text, lang, expected) => {
    expect(found(text, lang)).toEqual(expected);
    // The order of a fact base's aliases decides nothing.
    expect(found(text, lang, backward)).toEqual(expected);
  });
});
