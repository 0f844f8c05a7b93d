// The teacher-pack names the content script reads back from storage on every page: a damaged pack is
// skipped whole with a reason, each field is held to its limits, and the alias budget holds again.
import { describe, expect, it } from 'vitest';
import { MAX_ENABLED_PACK_ALIASES } from '../../src/core/pack-limits';
import { packLexiconFor, readPackLexicon, type LexiconEntity } from '../../src/core/stored-lexicon';
import type { Entity } from '../../src/core/types';

const entity = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ id: 'xylazine', type: 'substance', name: { en: 'Xylazine', es: 'Xilacina' }, aliases: [{ text: 'xylazine' }], ...extra });
const stored = (...packs: unknown[]) => ({ version: 1, packs });
const read = (raw: unknown) => readPackLexicon(raw);
const text = (length: number) => 'x'.repeat(length);

describe('reading the stored names', () => {
  it('reads a well-formed pack, each field as it was written', () => {
    const written = entity({ aliases: [{ text: 'xylazine', lang: 'en' }, { text: 'tranq', ambiguous: true }, { text: 'XYL', caseSensitive: true }], cues: ['sedative'] });
    expect(read(stored({ id: 'pack-a', entities: [written] }))).toEqual({ entities: [written], problems: [] });
  });

  it('drops flags that are false and fields it does not know', () => {
    const result = read(stored({ id: 'pack-a', entities: [entity({ aliases: [{ text: 'xylazine', ambiguous: false, caseSensitive: false, note: 'x' }], extra: 1 })] }));
    expect(result.entities).toEqual([{ id: 'xylazine', type: 'substance', name: { en: 'Xylazine', es: 'Xilacina' }, aliases: [{ text: 'xylazine' }] }]);
  });

  it.each([
    ['an id of 80 characters', { id: `a${text(79)}` }],
    ['an alias of 2 characters', { aliases: [{ text: 'ab' }] }],
    ['an alias of 120 characters', { aliases: [{ text: text(120) }] }],
    ['60 aliases', { aliases: Array.from({ length: 60 }, (_, index) => ({ text: `alias ${index}` })) }],
    ['names of 200 characters', { name: { en: text(200), es: text(200) } }],
    ['40 cues of 60 characters', { cues: Array.from({ length: 40 }, () => text(60)) }],
    ['Spanish', { aliases: [{ text: 'xilacina', lang: 'es' }] }],
  ])('takes %s', (_label, change) => {
    expect(read(stored({ id: 'pack-a', entities: [entity(change)] })).problems).toEqual([]);
  });

  it.each([
    ['an id of 81 characters', { id: `a${text(80)}` }],
    ['an id with capitals', { id: 'Xylazine' }],
    ['an id that starts with a dash', { id: '-xylazine' }],
    ['an empty id', { id: '' }],
    ['a type it does not know', { type: 'wizard' }],
    ['no Spanish name', { name: { en: 'Xylazine' } }],
    ['an empty name', { name: { en: '', es: 'Xilacina' } }],
    ['a name of 201 characters', { name: { en: text(201), es: 'x' } }],
    ['no aliases', { aliases: [] }],
    ['61 aliases', { aliases: Array.from({ length: 61 }, (_, index) => ({ text: `alias ${index}` })) }],
    ['aliases that are not a list', { aliases: 'xylazine' }],
    ['an alias of 1 character', { aliases: [{ text: 'x' }] }],
    ['an alias of 121 characters', { aliases: [{ text: text(121) }] }],
    ['an alias in French', { aliases: [{ text: 'xylazine', lang: 'fr' }] }],
    ['an alias whose flag is not true or false', { aliases: [{ text: 'xylazine', ambiguous: 'yes' }] }],
    ['an alias whose case flag is not true or false', { aliases: [{ text: 'xylazine', caseSensitive: 1 }] }],
    ['an alias that is text', { aliases: ['xylazine'] }],
    ['one bad alias among good ones', { aliases: [{ text: 'xylazine' }, { text: 'x' }] }],
    ['one bad cue among good ones', { cues: ['sedative', ''] }],
    ['41 cues', { cues: Array.from({ length: 41 }, () => 'cue') }],
    ['a cue of 61 characters', { cues: [text(61)] }],
    ['an empty cue', { cues: [''] }],
    ['cues that are not a list', { cues: 'sedative' }],
  ])('skips the whole pack for %s', (_label, change) => {
    const other = { id: 'pack-b', entities: [entity({ id: 'other' })] };
    const result = read(stored({ id: 'pack-a', entities: [entity({ id: 'kept-by-nobody' }), entity(change)] }, other));
    expect(result.problems).toEqual(['skipped the teacher pack pack-a: its stored names are damaged']);
    expect(result.entities.map((kept) => kept.id)).toEqual(['other']);
  });

  it('names a pack without a readable id by its place', () => {
    expect(read(stored({ id: 'Bad Id', entities: [null] }, { entities: 'x' })).problems).toEqual([
      'skipped the teacher pack pack 1: its stored names are damaged',
      'skipped the teacher pack pack 2: its stored names are damaged',
    ]);
  });

  it('reads nothing stored as no names', () => {
    expect(read(undefined)).toEqual({ entities: [], problems: [] });
  });

  it.each([null, 'names', { version: 2, packs: [] }, { version: 1 }, { version: 1, packs: {} }, []])('says %j is damaged', (raw) => {
    expect(read(raw)).toEqual({ entities: [], problems: ['the stored teacher-pack names are damaged; open Counterpoint’s options to repair them'] });
  });

  it('keeps the first entity of an id two packs share', () => {
    const result = read(stored({ id: 'pack-a', entities: [entity({ name: { en: 'First', es: 'Primera' } })] }, { id: 'pack-b', entities: [entity({ name: { en: 'Second', es: 'Segunda' } })] }));
    expect(result.entities.map((kept) => kept.name.en)).toEqual(['First']);
  });

  it(`holds the budget of ${MAX_ENABLED_PACK_ALIASES} aliases, skipping the pack that would pass it`, () => {
    const aliases = (count: number) => Array.from({ length: count }, (_, index) => ({ text: `alias ${index}` }));
    const packOf = (id: string, count: number) => ({ id, entities: Array.from({ length: Math.ceil(count / 60) }, (_, index) => entity({ id: `${id}-${index}`, aliases: aliases(Math.min(60, count - index * 60)) })) });
    const exactly = read(stored(packOf('a', MAX_ENABLED_PACK_ALIASES - 10), packOf('b', 10)));
    expect(exactly.problems).toEqual([]);
    const over = read(stored(packOf('a', MAX_ENABLED_PACK_ALIASES - 10), packOf('b', 11), packOf('c', 10)));
    expect(over.problems).toEqual([`skipped the teacher pack b: with it, enabled packs add more than ${MAX_ENABLED_PACK_ALIASES} aliases`]);
    expect(over.entities.some((kept) => kept.id.startsWith('c-'))).toBe(true);
  });
});

describe('writing the names', () => {
  it('keeps each pack’s entities that have aliases, without notes or other fields', () => {
    const entities = [
      { ...entity({ aliases: [{ text: 'xylazine', note: 'teacher note', lang: 'en' }], cues: ['sedative'] }), description: { en: 'd', es: 'd' }, name: { en: 'Xylazine', es: 'Xilacina', fr: 'x' } },
      entity({ id: 'no-aliases', aliases: [] }),
      entity({ id: 'no-cues' }),
    ] as unknown as Entity[];
    const written = packLexiconFor([{ pack: { id: 'pack-a', entities } }]);
    expect(written).toEqual({
      version: 1,
      packs: [{ id: 'pack-a', entities: [
        { id: 'xylazine', type: 'substance', name: { en: 'Xylazine', es: 'Xilacina' }, aliases: [{ text: 'xylazine', lang: 'en' }], cues: ['sedative'] },
        { id: 'no-cues', type: 'substance', name: { en: 'Xylazine', es: 'Xilacina' }, aliases: [{ text: 'xylazine' }] },
      ] satisfies LexiconEntity[] }],
    });
    expect(read(JSON.parse(JSON.stringify(written)))).toEqual({ entities: written.packs[0]!.entities, problems: [] });
  });
});
