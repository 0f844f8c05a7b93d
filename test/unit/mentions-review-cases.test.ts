// The mutations the December 2026 code review made to the engine and saw survive, each pinned by a
// row that asserts the entity, the alias it meant, whether it was a close spelling, its score and why.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../scripts/lib/lexicon';
import { compileMatcher, findMentions, newDocumentContext } from '../../src/core/mentions';

const matcher = compileMatcher(loadLexicon());
const found = (text: string) =>
  findMentions(text, matcher, { context: newDocumentContext() }).map(({ entityId, text: written, alias, fuzzy, score, reason }) => ({ entityId, text: written, alias, fuzzy, score, reason }));

describe('decomposed (NFD) accents read as the precomposed ones', () => {
  it.each([
    ['a full name', 'Andre\u0301s Manuel Lo\u0301pez Obrador habló.', [{ entityId: 'andres-manuel-lopez-obrador', text: 'Andre\u0301s Manuel Lo\u0301pez Obrador', alias: 'Andrés Manuel López Obrador', fuzzy: false, score: 1, reason: { rule: 'exact' } }]],
    ['a Spanish word', 'Los ca\u0301rteles de la droga.', [{ entityId: 'mexican-cartels', text: 'ca\u0301rteles', alias: 'cártel', fuzzy: false, score: 1, reason: { rule: 'exact' } }]],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
    expect(found(text.normalize('NFC')).map((mention) => mention.alias)).toEqual(expected.map((mention) => mention.alias));
  });
});

describe('close spellings', () => {
  it.each([
    // Damerau: two letters swapped are one edit, not two (two would be past a short name's one edit).
    ['a swap in a one-word name is one edit', 'Authorities seized fnetanyl pills.', { entityId: 'fentanyl', text: 'fnetanyl', alias: 'fentanyl', fuzzy: true, score: 0.875, reason: { rule: 'fuzzy', edits: 1 } }],
    ['a swap inside a full name is one edit', 'Rex Tilelrson spoke', { entityId: 'rex-tillerson', text: 'Rex Tilelrson', alias: 'Rex Tillerson', fuzzy: true, score: 0.923, reason: { rule: 'fuzzy', edits: 1 } }],
    ['a swap in an eight-letter name is one edit', 'Authorities seized fentanly pills.', { entityId: 'fentanyl', text: 'fentanly', alias: 'fentanyl', fuzzy: true, score: 0.875, reason: { rule: 'fuzzy', edits: 1 } }],
    // The cut-off gives up only past the limit: exactly as many edits as allowed still matches.
    ['as many slips as a full name allows (two)', 'Joe Bodem spoke.', { entityId: 'joe-biden', text: 'Joe Bodem', alias: 'Joe Biden', fuzzy: true, score: 0.778, reason: { rule: 'fuzzy', edits: 2 } }],
    ['as many slips as a long surname allows (two)', 'Secretary Tilerzon arrived.', { entityId: 'rex-tillerson', text: 'Tilerzon', alias: 'Tillerson', fuzzy: true, score: 0.778, reason: { rule: 'fuzzy', edits: 2 } }],
    ['one slip in a full name', 'Joe Bidrn spoke.', { entityId: 'joe-biden', text: 'Joe Bidrn', alias: 'Joe Biden', fuzzy: true, score: 0.889, reason: { rule: 'fuzzy', edits: 1 } }],
    ['one slip in a Spanish name written without accents', 'Biden met Lopez Obrafor.', { entityId: 'andres-manuel-lopez-obrador', text: 'Lopez Obrafor', alias: 'López Obrador', fuzzy: true, score: 0.923, reason: { rule: 'fuzzy', edits: 1 } }],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toContainEqual(expected);
  });

  it.each([
    ['three slips are too many', 'Joe Bodom spoke.'],
    ['a short first name with a wrong letter is another name', 'Secretary Jogn Kelly arrived.'],
  ])('%s', (_, text) => {
    expect(found(text).filter((mention) => mention.fuzzy)).toEqual([]);
  });
});

describe('language', () => {
  it.each([
    ['Spanish "cartel" alone is a poster', 'Pegaron el cartel de la película en la puerta del cine.', []],
    ['the English word in English', 'The cartel moved the drugs north.', ['mexican-cartels']],
  ])('%s', (_, text, expected) => {
    expect(found(text).map((mention) => mention.entityId)).toEqual(expected);
  });
});

describe('a short form after the full name', () => {
  it('counts, and says which full name came first, even in the next chunk of the page', () => {
    const context = newDocumentContext();
    expect(findMentions('Anne Milgram testified on Tuesday.', matcher, { context }).map((mention) => mention.reason)).toEqual([{ rule: 'exact' }]);
    expect(findMentions('Milgram said it again.', matcher, { context }).map((mention) => mention.reason)).toEqual([{ rule: 'namedEarlier', fullName: 'Anne Milgram' }]);
    expect(findMentions('Milgram said it again.', matcher, { context: newDocumentContext() })).toEqual([]);
  });
});
