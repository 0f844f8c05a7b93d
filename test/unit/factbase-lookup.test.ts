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
// Built inside each test, not once for the file: a mutation tool credits a mutant to the tests that
// reach it while they run, and a fact base built at load is reached before any test.
const lookup = (entityId: string) => createFactBase(pack).lookup(entityId);

describe('a card’s data', () => {
  it('puts the entity’s own words first, quotes before what it is reported to have said, and keeps two', () => {
    expect(lookup('ada')!.keyClaims.map((item) => item.id)).toEqual(['ada-quote', 'ada-reported']);
  });

  it('puts quotes first among what others say of an entity that says nothing itself', () => {
    expect(lookup('bob')!.keyClaims.map((item) => item.id)).toEqual(['bob-quote-on-ada', 'ada-quote']);
  });

  it('keeps figures apart from the key claims', () => {
    const card = lookup('ada')!;
    expect(card.statistics.map((item) => item.id)).toEqual(['ada-figure']);
    expect(card.keyClaims.some((item) => item.kind === 'statistic')).toBe(false);
  });

  it('carries the topics the entity takes part in, as a speaker or as the subject of a claim', () => {
    expect(lookup('ada')!.topics.map((item) => item.id)).toEqual(['the-question']);
    expect(lookup('bob')!.topics.map((item) => item.id)).toEqual(['the-question']);
  });

  it('carries every claim, speaker and source the card shows, and no other', () => {
    const card = lookup('ada')!;
    expect(Object.keys(card.claims).sort()).toEqual(['ada-figure', 'ada-quote', 'ada-reported', 'bob-quote-on-ada', 'outlet-on-bob']);
    expect(Object.keys(card.speakers).sort()).toEqual(['ada', 'bob']);
    // doc-role backs the entity's role; doc-unused backs nothing on the card.
    expect(Object.keys(card.sources).sort()).toEqual(['doc-a', 'doc-b', 'doc-role']);
    expect(card.entity).toBe(ada);
  });

  it('is undefined for an id the fact base does not know', () => {
    expect(lookup('nobody')).toBeUndefined();
  });
});

describe('finding an entity by name', () => {
  const search = (text: string, limit?: number) => createEntitySearch(pack)(text, limit);
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

  const names = (entities: { id: string; name: string; aliases?: string[] }[]) =>
    createEntitySearch({ entities: entities.map(({ id, name, aliases = [] }) => ({ ...person(id, name), aliases: aliases.map((text) => ({ text })) })) });

  it('finds a word deep in a long name as well as one at its start', () => {
    const search = names([{ id: 'merida', name: 'Programa de cooperación bilateral en materia de seguridad entre los Estados Unidos y México conocido como Iniciativa Mérida' }]);
    expect(search('iniciativa merida')).toEqual([expect.objectContaining({ entityId: 'merida', score: expect.any(Number) })]);
  });

  it('gives each entity its best name, best entities first, as many as asked', () => {
    const search = names([
      { id: 'close', name: 'Sinaloa State', aliases: ['Sinaloa'] },
      { id: 'closer', name: 'Sinaloa Cartel' },
      { id: 'closest', name: 'Sinaloa Cartels' },
    ]);
    const hits = search('sinaloa cartel', 3);
    expect(hits.map((hit) => hit.entityId)).toEqual(['closer', 'closest', 'close']);
    expect(hits[0]).toEqual({ entityId: 'closer', score: 1, matchedAlias: 'Sinaloa Cartel' });
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
    expect(search('sinaloa', 3).find((hit) => hit.entityId === 'close')).toEqual({ entityId: 'close', score: 1, matchedAlias: 'Sinaloa' });
    expect(search('sinaloa cartel', 2).map((hit) => hit.entityId)).toEqual(['closer', 'closest']);
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

describe('a card’s data at its edges', () => {
  const edgePack = (extra: Partial<FactPack>): FactPack => ({ ...pack, ...extra });

  it('holds an entity that says nothing and is named nowhere, with itself as its only speaker', () => {
    const quiet = person('quiet', 'Quiet Person', { roles: undefined });
    const card = createFactBase(edgePack({ entities: [ada, bob, quiet] })).lookup('quiet')!;
    expect(card).toMatchObject({ keyClaims: [], statistics: [], topics: [], claims: {}, sources: {} });
    expect(card.speakers).toEqual({ quiet });
  });

  it('keeps figures out of the key claims even when they are all there is', () => {
    const card = createFactBase(edgePack({ claims: [claim('only-figure', 'statistic', 'ada', ['ada'])], topics: [] })).lookup('ada')!;
    expect(card.keyClaims).toEqual([]);
    expect(card.statistics.map((item) => item.id)).toEqual(['only-figure']);
  });

  it('leaves out a source it does not hold, for a claim and for a role', () => {
    const stray = person('stray', 'Stray Person', { roles: [{ title: { en: 'Clerk', es: 'Empleado' }, asOf: '2017', source: 'doc-gone' }] });
    const card = createFactBase(edgePack({ entities: [ada, bob, stray], claims: [claim('stray-quote', 'quote', 'stray', ['stray'], 'doc-gone')], topics: [] })).lookup('stray')!;
    expect(card.keyClaims.map((item) => item.id)).toEqual(['stray-quote']);
    expect(card.sources).toEqual({});
  });

  it('gives a topic to the speakers of its claims and to the entities they name, and to no one for a claim it lacks', () => {
    const carla = person('carla', 'Carla Ruiz');
    const question: Topic = { id: 'q2', question: { en: 'Q', es: 'Q' }, positions: [{ id: 'p', summary: { en: 'S', es: 'S' }, claims: ['carla-on-ada', 'not-there'] }] };
    const base = createFactBase(edgePack({ entities: [ada, bob, carla], claims: [claim('carla-on-ada', 'quote', 'carla', ['ada']), claim('outlet-note', 'framing', null, ['bob'])], topics: [question] }));
    expect(base.lookup('carla')!.topics.map((item) => item.id)).toEqual(['q2']);
    expect(base.lookup('ada')!.topics.map((item) => item.id)).toEqual(['q2']);
    expect(base.lookup('bob')!.topics).toEqual([]);
    expect(base.lookup('bob')!.keyClaims.map((item) => item.id)).toEqual(['outlet-note']);
  });

  it('lists a claim once for an entity that both says it and is named in it', () => {
    const card = createFactBase(edgePack({ claims: [claim('self', 'quote', 'ada', ['ada'])], topics: [] })).lookup('ada')!;
    expect(card.keyClaims.map((item) => item.id)).toEqual(['self']);
  });

  it('says which pack an id is already taken in', () => {
    const teacher: FactPack = { ...pack, id: 'teacher', title: 'Teacher pack' };
    expect(mergePacks(teacher, { ...pack, id: 'more', entities: [ada] }).clashes).toEqual(expect.arrayContaining([{ kind: 'entities', id: 'ada', existingIn: 'the pack "Teacher pack"' }]));
    expect(mergePacks({ ...pack, id: 'counterpoint' }, { ...pack, id: 'more', entities: [ada] }).clashes).toEqual(expect.arrayContaining([{ kind: 'entities', id: 'ada', existingIn: 'the built-in fact base' }]));
  });
});
