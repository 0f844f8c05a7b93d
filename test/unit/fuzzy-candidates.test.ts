// The fuzzy step's look-up of names near a written word, and its choice among them: which first words
// are within reach (length, letters, pairs), the rules a misspelt word must keep (no truncation, no other
// ending, capitals kept), the one-word minimums, the language, and which of two near names wins.
import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchableEntity } from '../../src/core/mentions';
import { foldText } from '../../src/core/mentions/fold';
import { fuzzyAt } from '../../src/core/mentions/fuzzy';
import type { Lang } from '../../src/core/types';

const person = (id: string, ...texts: string[]): MatchableEntity => ({ id, type: 'person', name: { en: texts[0]!, es: texts[0]! }, aliases: texts.map((text) => ({ text })) });
const organization = (id: string, text: string): MatchableEntity => ({ id, type: 'organization', name: { en: text, es: text }, aliases: [{ text }] });
const thing = (id: string, text: string, lang?: Lang): MatchableEntity => ({ id, type: 'substance', name: { en: text, es: text }, aliases: [{ text, lang }] });

/** "entity:the page's words" for the name fuzzyAt finds at each word, in turn, with one matcher (and its cache), built here in the test. */
function nearEach(entities: readonly MatchableEntity[], text: string, lang: Lang | null = null): (string | null)[] {
  // Compiled first: folding a text reuses scratch buffers that compiling (which folds the aliases) writes over.
  const matcher = compileMatcher(entities);
  const folded = foldText(text);
  return Array.from({ length: folded.wordCount }, (_, word) => {
    const candidate = fuzzyAt(text, folded, matcher, word, lang);
    return candidate && `${candidate.record.entityId}:${text.slice(folded.origin[candidate.start], folded.origin[candidate.end])}`;
  });
}
/** The name found at the first word. */
const near = (entities: readonly MatchableEntity[], text: string, lang: Lang | null = null) => nearEach(entities, text, lang)[0] ?? null;

const TILLERSON = [person('tillerson', 'Tillerson')];
const OBRADOR = [person('amlo', 'Lopez Obrador')];
const REX = [person('rex', 'Rex Tillerson')];
const POLO = [person('polo', 'Juan Polo Garcia'), person('lopez', 'Juan Lopez')];
const FENTANYL = [thing('fentanyl', 'fentanyl', 'en')];
const GUZMAN = [person('guzman', 'Guzman'), person('guzman-loera', 'Guzman Loera')];
/** 32 letters: a first word longer than the 31 lengths a reach mask tells apart. */
const LONG = 'abcdefghijklmnopqrstuvwxyzabcdef';

const CASES: [string, MatchableEntity[], string, Lang | null, string | null][] = [
  ['a slip in a long name', TILLERSON, 'Tilerson', null, 'tillerson:Tilerson'],
  ['the name itself is no misspelling', TILLERSON, 'Tillerson', null, null],
  // Its opening pair "tl" is none of the name's: found under the name's other pairs, one letter longer.
  ['a slip in the second letter, found through the name’s other pairs', TILLERSON, 'Tllerson', null, 'tillerson:Tllerson'],
  ['two letters short of a name is out of its reach', TILLERSON, 'Tilerso', null, null],
  // "Ilsanto" brings words of seven letters under "il" within reach: "ti" stays out of it.
  ['out of reach under one pair though within reach under another', [...TILLERSON, person('ilsanto', 'Ilsanto')], 'Tilerso', null, null],
  // "Tijuana" brings words of seven letters under "ti" within reach: the look-up then goes two letters either way.
  ['two letters short, where another name brings the length within reach', [...TILLERSON, person('tijuana', 'Tijuana')], 'Tilerso', null, 'tillerson:Tilerso'],
  // Two slips (e→a, s→d) that change four letters: more than two edits' worth to the letter filter.
  ['two slips that change four letters', TILLERSON, 'Tillardon', null, null],
  // Found in neither index: it is two letters longer than the name, under a pair that is not its opening one.
  ['a word whose opening pair is the name’s second', [...TILLERSON, person('tiberiusson', 'Tiberiusson')], 'Ttillersson', null, null],
  // Five letters: looked up by edits like any long word, not only by exact spelling.
  ['a slip in a first word of five letters', OBRADOR, 'Lopes Obrador', null, 'amlo:Lopes Obrador'],
  ['a doubled letter in a first word of five letters', OBRADOR, 'Lopezz Obrador', null, 'amlo:Lopezz Obrador'],
  // e→x is no slip: two edits, more than a first word of five letters may take.
  ['a far letter in a first word of five letters', OBRADOR, 'Lopxz Obrador', null, null],
  ['a misspelt second word written with its capital', OBRADOR, 'Lopez Obradr', null, 'amlo:Lopez Obradr'],
  ['a misspelt second word written without its capital', OBRADOR, 'Lopez obradr', null, null],
  ['a slip of one letter more, that is not the last one doubled', OBRADOR, 'Lopez Obradoer', null, 'amlo:Lopez Obradoer'],
  ['the name and then two letters more', OBRADOR, 'Lopez Obradorrr', null, null],
  ['the name cut short by two letters', REX, 'Rex Tillers', null, null],
  ['two letters short, not a cut', REX, 'Rex Tilerso', null, 'rex:Rex Tilerso'],
  ['one letter short of the name', REX, 'Rex Tillerso', null, 'rex:Rex Tillerso'],
  ['a short word of the name misspelt', POLO, 'Juan Pola Garcia', null, null],
  ['a short word of the name with a letter doubled', POLO, 'Juan Poloo Garcia', null, null],
  ['a word of the name misspelt as a short word', POLO, 'Juan Lopz', null, null],
  ['a lowercase name misspelt', FENTANYL, 'fentanly', null, 'fentanyl:fentanly'],
  ['a lowercase English name misspelt in English', FENTANYL, 'fentanly', 'en', 'fentanyl:fentanly'],
  ['a lowercase English name misspelt in Spanish', FENTANYL, 'fentanly', 'es', null],
  ['a lowercase name of one word, one letter short: seven letters are enough', FENTANYL, 'fentnyl', null, 'fentanyl:fentnyl'],
  ['a capitalized name of one word, misspelt in six letters: enough', GUZMAN, 'Guzmen', null, 'guzman:Guzmen'],
  // 1 − 1/6 and 1 − 2/12: the same score; the longer name wins.
  ['two names of one first word that score alike', GUZMAN, 'Guzmen Loeda', null, 'guzman-loera:Guzmen Loeda'],
  // Five letters, the first one dropped: only the name's other pairs ("uz") find it.
  ['a first letter dropped from a first word of six letters', GUZMAN, 'Uzman Loera', null, 'guzman-loera:Uzman Loera'],
  // "Tillerson" scores 1 − 1/9, "Tillerson Lopez" 1 − 2/15: the longer name, lower, does not win.
  ['a longer name scoring lower', [person('t', 'Tillerson'), person('tl', 'Tillerson Lopez')], 'Tilerson Lopes', null, 't:Tilerson'],
  // The first word is "war": only a word spelled exactly like it leads there, from either side.
  ['a short first word that starts a lowercase and a capitalized name', [thing('war', 'war on drugs'), organization('war-department', 'War Department')], 'War on drugz', null, 'war:War on drugz'],
  ['a first word of two letters', [person('chapo', 'El Chapo')], 'El Chaop', null, 'chapo:El Chaop'],
  ['a name of two words where the page has one', [person('junior', 'Tillerson Jr')], 'Tillerson.', null, null],
  ['a lowercase word is not read as a capitalized name', [...TILLERSON, thing('tiramisu', 'tiramisu')], 'tilerson', null, null],
  ['a capitalized word is', [...TILLERSON, thing('tiramisu', 'tiramisu')], 'Tilerson', null, 'tillerson:Tilerson'],
  ['a digit starts no word that needs a capital', [organization('plan', 'Plan Colombia 2000')], 'Plan Colomiba 2000', null, 'plan:Plan Colomiba 2000'],
  ['a word longer than a reach mask tells apart', [thing('long', LONG)], `${LONG}f`, null, `long:${LONG}f`],
  // 62 letters: the look-up two letters longer is past the longest bucket.
  ['a word past the longest bucket', [thing('long', LONG)], `ab${'x'.repeat(60)}`, null, null],
];

describe('the names near a written word', () => {
  it.each(CASES)('%s', (_label, entities, text, lang, expected) => {
    expect(near(entities, text, lang)).toBe(expected);
  });

  // Every case again in one test: a mutation tool credits a test only with the branches its own run
  // went through, so a branch one case reaches and another case tells apart needs both in one test.
  it('gives every case above, together', () => {
    for (const [label, entities, text, lang, expected] of CASES) expect(near(entities, text, lang), label).toBe(expected);
  });

  it('keeps the better of two near names, in either order', () => {
    // "Tillerman" is one slip away (o→a), "Tillerson" two (m→s is no slip).
    const names = [person('tillerson', 'Tillerson'), person('tillerman', 'Tillerman')];
    expect(near(names, 'Tillermon')).toBe('tillerman:Tillermon');
    expect(near([...names].reverse(), 'Tillermon')).toBe('tillerman:Tillermon');
  });

  it('breaks a tie of scores by the order of the look-up: shorter first words first', () => {
    // Both 14 letters and two edits away (a doubled "n" and a lost "s"; a lost "s" and a doubled "r").
    const names = [person('moreno', 'Moreno Loerras'), person('morennos', 'Morennos Loera')];
    expect(near(names, 'Morenno Loerra')).toBe('moreno:Morenno Loerra');
    expect(near([...names].reverse(), 'Morenno Loerra')).toBe('moreno:Morenno Loerra');
  });

  it('tells the reader how many letters changed, each counted once', () => {
    const text = 'Tillermon';
    const matcher = compileMatcher(TILLERSON);
    const folded = foldText(text);
    const candidate = fuzzyAt(text, folded, matcher, 0, null);
    // m→s costs two edits in the weighing (no slip), but it is one letter changed.
    expect(candidate?.score).toBeCloseTo(1 - 2 / 9);
    expect(candidate?.edits).toBe(1);
  });

  it('reads a name’s capitals from its words, whatever spaces the alias has', () => {
    // A trailing space leaves an empty word after the name: it needs no capital of the next word.
    expect(near([person('amlo', 'Lopez Obrador '), ...POLO], 'Lopez Obradr dijo')).toBe('amlo:Lopez Obradr');
    // A leading space: the name's words are read from the second on, up to the page's last.
    expect(near([person('amlo', ' Lopez Obrador')], 'Lopez Obradr.')).toBe('amlo:Lopez Obradr');
    expect(near([person('amlo', ' Lopez Obrador')], 'Lopez obradr.')).toBeNull();
    // A run of spaces is one gap between two words.
    expect(near([person('amlo', 'Lopez  Obrador')], 'Lopez obradr')).toBeNull();
    expect(near([person('amlo', 'Lopez  Obrador')], 'Lopez Obradr')).toBe('amlo:Lopez Obradr');
    // A word that opens with a title-case letter ("ǅ", neither capital nor small) asks for no capital.
    expect(near([person('amlo', 'Lopez ǅobrador')], 'Lopez ǆobradr')).toBe('amlo:Lopez ǆobradr');
  });

  // Near names are cached per word in two slots of a hash: a word found in the slot must be the same
  // word, with the same capital. These pairs share a slot (found by trying words against wordSlot's hash).
  it('takes from the cache only what was found for the same word with the same capital', () => {
    // "narcotraotcante" has one slot with a capital and without: the capitalized name is no lowercase word's.
    const capital = [person('c', 'Narcotraotcantee'), thing('nano', 'nanotechnology')];
    expect(nearEach(capital, 'Narcotraotcante narcotraotcante')).toEqual(['c:Narcotraotcante', null]);
    // "Tillersugt" shares the slot of "Tillersu", which it begins with: it is not two edits from "Tillerson".
    expect(nearEach(TILLERSON, 'Tillersu Tillersugt')).toEqual(['tillerson:Tillersu', null]);
  });
});
