// What a card's data holds, on a small pack built for it: the entity's own words first, quotes
// before paraphrase, figures apart, and every speaker, source and topic the card will show.
import { describe, expect, it } from 'vitest';
import { createFactBase, mergePacks } from '../../src/core/factbase';
import type { Claim, Entity, FactPack, Source, Topic } from '../../src/core/types';
import { createEntitySearch } from '../../src/core/factbase/search';

const person = (id: string, name: string, extra: Partial<Entity> = {}): Entity => ({
  id, type: 'person', name: { en: name, es: name }, aliases: [{ text: name }], description: { en: 'x', es: 'x' }, mentionedIn: ['doc-a'], topics: [], side: 'us-government', ...extra,
});
const source = (id: string): Source => ({ id, file: `${id}.txt`, outlet: 'AP', title: 'not stated', date: 'not stated', author: 'not stated', language: 'en', kind: 'x', evidence: 'x' });
const claim = (id: string, kind: Claim['kind'], speaker: string | null, entities: string[], from = 'doc-a'): Claim => ({ id, kind, speaker, date: 'not stated', source: from, text: `${id} text`, lang: 'en', entities });

const ada = person('ada', 'Ada Lovelace', { roles: [{ title: { en: 'Countess', es: 'Condesa' }, asOf: 'not stated', source: 'doc-role' }] });
const bob = person('bob', 'Bob Smith', { side: 'mexican-government' });
const topic: Topic = {
  id: 'the-question', question: { en: 'Who?', es: '¿Quién?' },
  positions: [
    { id: 'yes', summary: { en: 'Yes', es: 'Sí' }, claims: ['bob-quote-on-ada'] },
    { id: 'no', summary: { en: 'No', es: 'No' }, claims: ['outlet-on-bob', 'missing-claim'] },
  ],
};
const pack: FactPack = {
  schemaVersion: 1, id: 'test', title: 'Test',
  sources: [source('doc-a'), source('doc-b'), source('doc-role'), source('doc-unused')],
  entities: [ada, bob],
  claims: [
    // Listed in the order a careless sort would keep: another's quote first, the figure in between.
    claim('bob-quote-on-ada', 'quote', 'bob', ['ada'], 'doc-b'),
    claim('ada-figure', 'statistic', 'ada', ['ada']),
    claim('ada-reported', 'reported', 'ada', []),
    claim('outlet-on-ada', 'framing', null, ['ada']),
    claim('ada-quote', 'quote', 'ada', ['bob']),
    claim('outlet-on-bob', 'framing', null, ['bob']),
  ],
  topics: [topic],
  questions: [],
};
const base = createFactBase(pack);

describe('a card’s data', () => {
  it('puts the entity’s own words first, quotes before what it is reported to have said, and keeps two', () => {
    expect(base.lookup('ada')!.keyClaims.map((item) => item.id)).toEqual(['ada-quote', 'ada-reported']);
  });

  it('puts quotes first among what others say of an entity that says nothing itself', () => {
    expect(base.lookup('bob')!.keyClaims.map((item) => item.id)).toEqual(['bob-quote-on-ada', 'ada-quote']);
  });

  it('keeps figures apart from the key claims', () => {
    const card = base.lookup('ada')!;
    expect(card.statistics.map((item) => item.id)).toEqual(['ada-figure']);
    expect(card.keyClaims.some((item) => item.kind === 'statistic')).toBe(false);
  });

  it('carries the topics the entity takes part in, as a speaker or as the subject of a claim', () => {
    expect(base.lookup('ada')!.topics.map((item) => item.id)).toEqual(['the-question']);
    expect(base.lookup('bob')!.topics.map((item) => item.id)).toEqual(['the-question']);
  });

  it('carries every claim, speaker and source the card shows, and no other', () => {
    const card = base.lookup('ada')!;
    expect(Object.keys(card.claims).sort()).toEqual(['ada-figure', 'ada-quote', 'ada-reported', 'bob-quote-on-ada', 'outlet-on-bob']);
    expect(Object.keys(card.speakers).sort()).toEqual(['ada', 'bob']);
    // doc-role backs the entity's role; doc-unused backs nothing on the card.
    expect(Object.keys(card.sources).sort()).toEqual(['doc-a', 'doc-b', 'doc-role']);
    expect(card.entity).toBe(ada);
  });

  it('is undefined for an id the fact base does not know', () => {
    expect(base.lookup('nobody')).toBeUndefined();
  });
});

describe('finding an entity by name', () => {
  const search = createEntitySearch(pack);
  it('ranks the closest name first, with the alias it matched, and ignores accents and case', () => {
    const [best] = search('ada lovelace');
    expect(best).toMatchObject({ entityId: 'ada', matchedAlias: 'Ada Lovelace', score: 1 });
    expect(search('ÁDA LOVELACE')[0]?.entityId).toBe('ada');
    expect(search('Smith')[0]?.entityId).toBe('bob');
  });

  it('finds nothing for an empty query, and gives each entity once', () => {
    expect(search('')).toEqual([]);
    const hits = search('a', 10);
    expect(new Set(hits.map((hit) => hit.entityId)).size).toBe(hits.length);
    expect(search('Lovelace', 1)).toHaveLength(1);
  });
});

describe('merging packs', () => {
  it('adds what is new and reports each id already taken, keeping the first', () => {
    const extra: FactPack = { ...pack, id: 'extra', sources: [source('doc-a'), source('doc-new')], entities: [person('carla', 'Carla Ruiz')], claims: [], topics: [], questions: [] };
    const { pack: merged, clashes } = mergePacks(pack, extra);
    expect(merged.sources.map((item) => item.id)).toEqual(['doc-a', 'doc-b', 'doc-role', 'doc-unused', 'doc-new']);
    expect(merged.entities.map((item) => item.id)).toEqual(['ada', 'bob', 'carla']);
    expect(clashes).toEqual([expect.objectContaining({ id: 'doc-a' })]);
  });
});
