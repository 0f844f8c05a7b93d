// Whose voice a claim is, how many voices a set of claims has, and what a source states about itself:
// the small rules every card, worksheet and export reads, as tables.
import { describe, expect, it } from 'vitest';
import { hasBundledText, isStated, provenanceNote, sourceName, statesNoOutletAuthorOrDate } from '../../src/core/provenance';
import type { Claim, Entity, Source, Voice } from '../../src/core/types';
import { restsOnOneVoice, sidesHeard, speakerKey, voiceOf, VOICE_ORDER } from '../../src/core/voices';

const claim = (speaker: string | null, source = 'doc-000'): Claim => ({ id: `${speaker}-${source}`, kind: 'quote', speaker, source, date: 'not stated', lang: 'en', entities: [], text: 'x' }) as unknown as Claim;
const entity = (side?: Voice): Entity => ({ id: 'someone', type: 'person', ...(side ? { side } : {}) }) as unknown as Entity;
const source = (fields: Partial<Source>): Source => ({ id: 'doc-001', ...fields }) as Source;

describe('voices', () => {
  it.each([
    ['an outlet speaking in its own words', claim(null), entity('us-government'), 'outlet'],
    ['a speaker with a side', claim('tillerson'), entity('us-government'), 'us-government'],
    ['a speaker with no side', claim('tillerson'), entity(), 'not-stated'],
    ['a speaker the fact base does not hold', claim('tillerson'), undefined, 'not-stated'],
  ])('%s', (_label, said, speaker, voice) => {
    expect(voiceOf(said, speaker)).toBe(voice);
  });

  it('keys a speaker by id and an outlet by its source', () => {
    expect(speakerKey(claim('tillerson'))).toBe('tillerson');
    expect(speakerKey(claim(null, 'doc-003'))).toBe('outlet:doc-003');
  });

  it.each([
    ['nothing', [], true],
    ['one speaker in one source', [claim('a'), claim('a')], true],
    ['two speakers in one source', [claim('a'), claim('b')], false],
    ['one speaker in two sources', [claim('a', 'doc-000'), claim('a', 'doc-001')], false],
    ['two outlets', [claim(null, 'doc-000'), claim(null, 'doc-001')], false],
    ['one outlet twice', [claim(null), claim(null)], true],
    ['an outlet and a speaker in its source', [claim(null), claim('a')], false],
  ])('rests on one voice: %s', (_label, claims, one) => {
    expect(restsOnOneVoice(claims)).toBe(one);
  });

  it.each([
    [[], [], true],
    [['outlet', 'us-government'], ['us-government', 'outlet'], true],
    [['mexican-government', 'us-government', 'us-government'], ['us-government', 'mexican-government'], false],
    [['outlet', 'not-stated', 'expert'], ['expert', 'not-stated', 'outlet'], false],
    [['independent'], ['independent'], true],
  ] as [Voice[], Voice[], boolean][])('hears %j as the sides %j (one-sided: %s)', (voices, sides, oneSided) => {
    expect(sidesHeard(voices)).toEqual({ sides, oneSided });
  });

  it('lists every side once, the outlet last', () => {
    expect(new Set(VOICE_ORDER).size).toBe(VOICE_ORDER.length);
    expect(VOICE_ORDER.at(-1)).toBe('outlet');
    expect(sidesHeard([...VOICE_ORDER].reverse()).sides).toEqual(VOICE_ORDER);
  });
});

describe('what a source states', () => {
  it.each([
    ['Reuters', true],
    ['  Reuters ', true],
    ['not stated', false],
    ['Not Stated ', false],
    ['   ', false],
    ['', false],
    [undefined, false],
    [null, false],
  ])('%j is stated: %s', (value, stated) => {
    expect(isStated(value)).toBe(stated);
  });

  it('names a source by its outlet, else by its id, never by its headline', () => {
    expect(sourceName(source({ outlet: 'Reuters', title: 'Headline' }), 'doc-001')).toEqual({ named: true, outlet: 'Reuters' });
    expect(sourceName(source({ outlet: 'not stated', title: 'Headline' }), 'doc-001')).toEqual({ named: false, id: 'doc-001' });
    expect(sourceName(undefined, 'doc-404')).toEqual({ named: false, id: 'doc-404' });
  });

  it.each([
    [{}, true],
    [{ outlet: 'not stated', author: 'not stated', date: 'not stated' }, true],
    [{ outlet: 'Reuters' }, false],
    [{ author: 'A. Writer' }, false],
    [{ date: '2017-05-18' }, false],
  ])('%j states no outlet, author or date: %s', (fields, none) => {
    expect(statesNoOutletAuthorOrDate(source(fields))).toBe(none);
  });

  it('knows a bundled text from a teacher’s link', () => {
    expect(hasBundledText(source({ file: '000.txt' }))).toBe(true);
    expect(hasBundledText(source({ url: 'https://example.org' }))).toBe(false);
    expect(hasBundledText(undefined)).toBe(false);
  });

  it.each([
    [{ verified: true, sourceId: 'doc-000', stance: null, date: null }, 'checked word for word against the bundled document doc-000'],
    [{ verified: false, sourceId: 'handout', stance: null, date: { inferred: null } }, "a teacher's own source (handout), not checked against a bundled text"],
    [{ verified: true, sourceId: 'doc-004', stance: 'partisan', date: { inferred: 'the 2017 conference' } }, 'checked word for word against the bundled document doc-004; the source is a partisan site; date inferred: the 2017 conference'],
    [{ verified: true, sourceId: 'doc-004', stance: 'promotional', date: null }, 'checked word for word against the bundled document doc-004; the source is a promotional page'],
  ] as const)('notes how a claim reached the fact base (%#)', (view, note) => {
    expect(provenanceNote(view)).toBe(note);
  });
});
