// Which question classroom mode asks before a card shows its counterpoints: the most specific that
// fits (named for the entity 4, its type 2, its claims' kinds 1), the first of equals.
import { describe, expect, it } from 'vitest';
import { pickQuestion } from '../../src/core/classroom';
import type { CardData, Claim, Question } from '../../src/core/types';

const question = (id: string, appliesTo: Question['appliesTo']): Question => ({ id, prompt: { en: id, es: id }, appliesTo });
const card = (kinds: { key?: Claim['kind'][]; statistics?: Claim['kind'][] } = {}): CardData =>
  ({
    entity: { id: 'rex-tillerson', type: 'person' },
    keyClaims: (kinds.key ?? []).map((kind) => ({ kind })),
    statistics: (kinds.statistics ?? []).map((kind) => ({ kind })),
  }) as unknown as CardData;

const any = question('any', {});
const quotes = question('quotes', { claimKinds: ['quote'] });
const figures = question('figures', { claimKinds: ['statistic'] });
const people = question('people', { entityTypes: ['person'] });
const cartels = question('cartels', { entityTypes: ['cartel'] });
const peopleQuoted = question('people-quoted', { entityTypes: ['person'], claimKinds: ['quote', 'reported'] });
const tillerson = question('tillerson', { entities: ['rex-tillerson'] });
const kelly = question('kelly', { entities: ['john-kelly'] });

describe('the classroom question', () => {
  it.each([
    ['none at all', [], card(), null],
    ['only one that does not fit', [kelly, cartels], card(), null],
    ['any question, when it is all there is', [any], card(), 'any'],
    ['the claims’ kind over any', [any, quotes], card({ key: ['quote'] }), 'quotes'],
    ['a kind among the figures too', [any, figures], card({ statistics: ['statistic'] }), 'figures'],
    ['not a kind the card lacks', [any, figures], card({ key: ['quote'] }), 'any'],
    ['the type over the kind', [quotes, people], card({ key: ['quote'] }), 'people'],
    ['the type and kind together over the type', [people, peopleQuoted], card({ key: ['reported'] }), 'people-quoted'],
    ['not the type and kind when the kind is missing', [people, peopleQuoted], card({ key: ['framing'] }), 'people'],
    ['the entity over everything else', [peopleQuoted, tillerson, any], card({ key: ['quote'] }), 'tillerson'],
    ['not another entity’s', [kelly, any], card(), 'any'],
    ['the first of two that fit as well', [question('first', { entityTypes: ['person'] }), question('second', { entityTypes: ['person'] })], card(), 'first'],
  ] as [string, Question[], CardData, string | null][])('%s', (_label, questions, data, expected) => {
    expect(pickQuestion(questions, data)?.id ?? null).toBe(expected);
  });
});
