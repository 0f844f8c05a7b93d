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
});
