import { expect, it } from 'vitest';
import { compileMatcher, findMentions, foldString } from '../../src/core/mentions';
import { LATIN_FOLD, LATIN_FOLD_FIRST } from '../../src/core/mentions/fold';
const m = compileMatcher([
  { id: 'rex-tillerson', type: 'person', name: { en: 'Rex Tillerson', es: 'Rex Tillerson' }, aliases: [{ text: 'Tillerson' }, { text: 'Rex Tillerson' }], cues: ['Secretary'] },
  { id: 'john-kelly', type: 'person', name: { en: 'John Kelly', es: 'John Kelly' }, aliases: [{ text: 'John Kelly' }, { text: 'Kelly', ambiguous: true }], cues: ['Secretary', 'Homeland Security'] },
  { id: 'heroin', type: 'substance', name: { en: 'heroin', es: 'heroína' }, aliases: [{ text: 'heroin', lang: 'en' }, { text: 'heroína', lang: 'es' }] },
  { id: 'fentanyl', type: 'substance', name: { en: 'fentanyl', es: 'fentanilo' }, aliases: [{ text: 'fentanyl' }, { text: 'fentanilo', lang: 'es' }] },
  { id: 'amlo', type: 'person', name: { en: 'Andrés Manuel López Obrador', es: 'Andrés Manuel López Obrador' }, aliases: [{ text: 'López Obrador' }, { text: 'AMLO', caseSensitive: true }] },
  { id: 'mexican-cartels', type: 'cartel', name: { en: 'cartels', es: 'cárteles' }, aliases: [{ text: 'cartel' }, { text: 'cártel', lang: 'es' }] },
  { id: 'dea', type: 'organization', name: { en: 'Drug Enforcement Administration', es: 'DEA' }, aliases: [{ text: 'DEA', caseSensitive: true, ambiguous: true }], cues: ['agents', 'Administrator'] },
]);
const f = (t: string) => findMentions(t, m).map((x) => `${x.entityId}:${x.text}${x.fuzzy ? '~' : ''}`);
it('works', () => {
  expect(f("Secretary Tillerson's remarks and Lopez-Obrador, AMLO, amlo.")).toEqual(['rex-tillerson:Tillerson', 'amlo:Lopez-Obrador', 'amlo:AMLO']);
  expect(f('Kelly Clarkson sang. heroines and heroine. The cartelera. Los cárteles y el fentanilo.')).toEqual(['mexican-cartels:cárteles', 'fentanyl:fentanilo']);
  expect(f('John Kelly spoke. Later Kelly said that heroin and fentanly and Tilerson')).toEqual(['john-kelly:John Kelly', 'john-kelly:Kelly', 'heroin:heroin', 'fentanyl:fentanly~', 'rex-tillerson:Tilerson~']);
  expect(f('Die DEA AG meldet. DEA agents arrived. The idea.')).toEqual(['dea:DEA']);
  expect(f('Tiller\u00adson and L\u00f3pez\nObrador, Tiller\u200bson')).toEqual(['rex-tillerson:Tiller\u00adson', 'amlo:López\nObrador', 'rex-tillerson:Tiller\u200bson']);
});

it('folds Latin letters by the written-out table exactly as Unicode decomposition does', () => {
  for (let index = 0; index < LATIN_FOLD.length; index++) {
    const code = LATIN_FOLD_FIRST + index;
    const derived = String.fromCharCode(code).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const expected = derived.length === 1 ? derived : String.fromCharCode(code);
    expect(`${code.toString(16)}:${LATIN_FOLD[index]}`).toBe(`${code.toString(16)}:${expected}`);
  }
  expect(foldString('ÁÉÍÓÚ Ñandú Łódź Œuvre')).toBe('aeiou nandu łodz œuvre');
});

it('reads nothing left over from the text folded before', () => {
  // Folding reuses its buffers: a longer text first leaves "s" just past the end of the next one.
  expect(f('a cartels')).toEqual(['mexican-cartels:cartels']);
  expect(findMentions('a cartel', m)[0]).toMatchObject({ start: 2, end: 8, text: 'cartel' });
});
