// The engine's scorecard, on four passages whose every count is worked out by hand: a name found
// once too often, a fuzzy find, an exact miss, and a miss only a fuzzy step could have found.
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/core/mentions';
import { evaluate, score, type LabelledPassage } from '../../src/core/mentions/evaluate';

const matcher = compileMatcher([
  { id: 'rex-tillerson', type: 'person', name: { en: 'Rex Tillerson', es: 'Rex Tillerson' }, aliases: [{ text: 'Tillerson' }, { text: 'Rex Tillerson' }] },
  { id: 'heroin', type: 'substance', name: { en: 'heroin', es: 'heroína' }, aliases: [{ text: 'heroin', lang: 'en' }] },
]);

const passage = (id: string, lang: string, text: string, expected: [string, string][]): LabelledPassage => ({ id, lang, kind: 'positive', origin: 'test', text, expected: expected.map(([entity, found]) => ({ entity, text: found })) });

describe('scoring the engine', () => {
  it.each([
    [{ tp: 0, fp: 0, fn: 0 }, { precision: 1, recall: 1, f1: 1 }],
    [{ tp: 0, fp: 1, fn: 1 }, { precision: 0, recall: 0, f1: 0 }],
    [{ tp: 3, fp: 1, fn: 2 }, { precision: 0.75, recall: 0.6, f1: (2 * 0.75 * 0.6) / 1.35 }],
    [{ tp: 2, fp: 0, fn: 2 }, { precision: 1, recall: 0.5, f1: 2 / 3 }],
    [{ tp: 1, fp: 1, fn: 1 }, { precision: 0.5, recall: 0.5, f1: 0.5 }],
  ])('scores %j', (tally, expected) => {
    const result = score(tally);
    expect(result).toMatchObject(tally);
    expect(result.precision).toBeCloseTo(expected.precision, 12);
    expect(result.recall).toBeCloseTo(expected.recall, 12);
    expect(result.f1).toBeCloseTo(expected.f1, 12);
  });

  it('counts every find and miss by type, by language and by how it matched, and lists each error', () => {
    const result = evaluate(
      [
        passage('p1', 'en', 'Tillerson spoke about heroin.', [['rex-tillerson', 'Tillerson'], ['heroin', 'heroin']]),
        passage('p2', 'en', 'Rex Tilerson on heroin, and heroin again.', [['rex-tillerson', 'Rex Tilerson'], ['heroin', 'heroin']]),
        passage('p3', 'es', 'Habló de la heroína y de Tlrsn.', [['heroin', 'heroína'], ['rex-tillerson', 'Tlrsn']]),
        passage('p4', 'en', 'Nobody is named here.', [['rex-tillerson', "Tillerson's"]]),
      ],
      matcher,
    );
    const tally = (tp: number, fp: number, fn: number) => expect.objectContaining({ tp, fp, fn });
    expect(result.passages).toBe(4);
    expect(result.overall).toEqual(tally(5, 1, 2));
    expect(result.byType).toEqual({ person: tally(2, 0, 2), substance: tally(3, 1, 0) });
    expect(Object.keys(result.byType)).toEqual(['person', 'substance']);
    // "Tlrsn" is no alias, so only a fuzzy step could have found it: a fuzzy miss. "Tillerson's" is an
    // alias with its "'s": an exact miss. "heroína" is the entity's Spanish name, found exactly.
    expect(result.byMatch).toEqual({ exact: tally(4, 1, 1), fuzzy: tally(1, 0, 1) });
    expect(result.byLang).toEqual({ en: tally(4, 1, 1), es: tally(1, 0, 1) });
    expect(result.byLangMatch).toEqual({ en: { exact: tally(3, 1, 1), fuzzy: tally(1, 0, 0) }, es: { exact: tally(1, 0, 0), fuzzy: tally(0, 0, 1) } });
    expect(result.errors).toEqual([
      { passage: 'p2', kind: 'false positive', entity: 'heroin', text: 'heroin', reason: expect.any(Object), fuzzy: false },
      { passage: 'p3', kind: 'missed', entity: 'rex-tillerson', text: 'Tlrsn' },
      { passage: 'p4', kind: 'missed', entity: 'rex-tillerson', text: "Tillerson's" },
    ]);
  });

  it('credits each expected name once, and only for the same entity and the same words', () => {
    const result = evaluate(
      [
        passage('twice', 'en', 'Tillerson spoke. Later Tillerson left.', [['rex-tillerson', 'Tillerson'], ['rex-tillerson', 'Tillerson']]),
        passage('other words', 'en', 'Tillerson spoke.', [['rex-tillerson', 'Rex Tillerson']]),
        // The same words, taken for another entity: a false find and a miss, not a find.
        passage('other entity', 'en', 'Tillerson spoke.', [['jane-tillerson', 'Tillerson']]),
      ],
      matcher,
    );
    expect(result.overall).toEqual(expect.objectContaining({ tp: 2, fp: 2, fn: 2 }));
    expect(result.errors).toEqual([
      { passage: 'other words', kind: 'false positive', entity: 'rex-tillerson', text: 'Tillerson', reason: expect.any(Object), fuzzy: false },
      { passage: 'other words', kind: 'missed', entity: 'rex-tillerson', text: 'Rex Tillerson' },
      { passage: 'other entity', kind: 'false positive', entity: 'rex-tillerson', text: 'Tillerson', reason: expect.any(Object), fuzzy: false },
      { passage: 'other entity', kind: 'missed', entity: 'jane-tillerson', text: 'Tillerson' },
    ]);
  });

  it('counts a miss of an entity the matcher does not know as of type "unknown"', () => {
    const result = evaluate([passage('p', 'en', 'Nobody is named here.', [['el-chapo', 'El Chapo']])], matcher);
    expect(result.byType).toEqual({ unknown: expect.objectContaining({ tp: 0, fp: 0, fn: 1 }) });
  });

  it('drops only a closing "\'s" before asking whether a miss was an exact name', () => {
    const cartel = compileMatcher([{ id: 'sinaloa-cartel', type: 'cartel', name: { en: 'Sinaloa Cartel', es: 'Cártel de Sinaloa' }, aliases: [{ text: 'Sinaloa Cartel' }] }]);
    const result = evaluate([passage('p', 'en', 'Nobody is named here.', [['sinaloa-cartel', "Sinaloa's Cartel"], ['sinaloa-cartel', "Sinaloa Cartel's"]])], cartel);
    // "Sinaloa's Cartel" is no alias once folded: only a fuzzy step could have found it.
    expect(result.byMatch.fuzzy.fn).toBe(1);
    expect(result.byMatch.exact.fn).toBe(1);
  });

  it('orders every table by its keys, whatever order the passages come in', () => {
    const result = evaluate(
      [
        passage('p1', 'es', 'La heroína, dijo Tillerson.', [['heroin', 'heroína'], ['rex-tillerson', 'Tillerson']]),
        passage('p2', 'en', 'Heroin, said Tillerson.', [['heroin', 'Heroin'], ['rex-tillerson', 'Tillerson']]),
      ],
      matcher,
    );
    expect(Object.keys(result.byType)).toEqual(['person', 'substance']);
    expect(Object.keys(result.byLang)).toEqual(['en', 'es']);
    expect(Object.keys(result.byLangMatch)).toEqual(['en', 'es']);
  });
});
