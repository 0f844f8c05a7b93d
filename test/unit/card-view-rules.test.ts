// The card view's choices on small made-up cards, where every outcome is worked out by hand: which
// role a speaker is given, which two claims a position shows, which topic a card opens on, and which
// figures are charted together.
import { describe, expect, it } from 'vitest';
import { cardView, claimView, roleAsOf, seriesOf, type StatisticView } from '../../src/core/card-view';
import type { CardData, Claim, Entity, Role, Source, Topic } from '../../src/core/types';

const role = (asOf: string, source: string, title = asOf): Role => ({ title: { en: title, es: title }, asOf, source });
const person = (id: string, side: Entity['side'], roles: Role[] = []): Entity => ({ id, type: 'person', name: { en: id, es: id }, aliases: [], description: { en: '', es: '' }, side, roles, mentionedIn: [], topics: [] }) as unknown as Entity;

describe('the role a speaker is given', () => {
  const roles = [role('2017-05', 'doc-001', 'Secretary'), role('2015', 'doc-000', 'CEO'), role('2019-01-02', 'doc-002', 'Former')];
  it.each([
    ['the one the claim’s own source attests', '2030', 'doc-000', 'CEO'],
    ['else the latest before the date', '2018-03-01', 'doc-009', 'Secretary'],
    ['a role of the same day counts as before', '2019-01-02', 'doc-009', 'Former'],
    ['a role of that month counts as before a later day', '2017-05-20', 'doc-009', 'Secretary'],
    ['the earliest, for a date before them all', '2001', 'doc-009', 'CEO'],
    ['the latest, with no date', null, 'doc-009', 'Former'],
    ['the latest, with no date or source', null, null, 'Former'],
    ['a date written with words around it', 'c. 2016', 'doc-009', 'CEO'],
  ])('%s', (_label, date, source, title) => {
    expect(roleAsOf(person('p', 'us-government', roles), date, source)?.title.en).toBe(title);
  });

  it('is none for a person with no roles', () => {
    expect(roleAsOf(person('p', 'us-government'), '2017', 'doc-000')).toBeNull();
    expect(roleAsOf({ ...person('p', 'us-government'), roles: undefined } as unknown as Entity, null, null)).toBeNull();
  });
});

/** A card for `entity` with one topic whose first position holds `claims`. */
function cardWith(entity: Entity, speakers: Entity[], claims: Claim[], topics: Topic[] = [{ id: 't', question: { en: 'Q', es: 'Q' }, positions: [{ id: 'p', summary: { en: 'S', es: 'S' }, claims: claims.map((claim) => claim.id) }] } as unknown as Topic]): CardData {
  const sources: Record<string, Source> = Object.fromEntries(['doc-000', 'doc-001', 'doc-002'].map((id) => [id, { id, file: `${id}.txt`, outlet: 'not stated' } as unknown as Source]));
  return {
    entity,
    keyClaims: [],
    topics,
    statistics: [],
    claims: Object.fromEntries(claims.map((claim) => [claim.id, claim])),
    speakers: Object.fromEntries([entity, ...speakers].map((speaker) => [speaker.id, speaker])),
    sources,
  };
}
const claim = (id: string, speaker: string | null, source = 'doc-000', entities: string[] = []): Claim => ({ id, kind: 'quote', speaker, source, date: 'not stated', lang: 'en', entities, text: id }) as unknown as Claim;

describe('the claims a position shows', () => {
  const subject = person('subject', 'us-government');
  const us = person('us', 'us-government');
  const us2 = person('us2', 'us-government');
  const mx = person('mx', 'mexican-government');
  const shown = (claims: Claim[]) => cardView(cardWith(subject, [us, us2, mx], claims), 'en').topic!.positions[0]!.claims.map((view) => view.id);
  const notShown = (claims: Claim[]) => cardView(cardWith(subject, [us, us2, mx], claims), 'en').topic!.positions[0]!.notShown;

  it.each([
    ['those about the card’s entity first, then a speaker not yet heard', [claim('a', 'us'), claim('b', 'us2'), claim('c', 'us', 'doc-001', ['subject'])], ['c', 'b']],
    ['the entity’s own words count as about it', [claim('a', 'us'), claim('b', 'subject')], ['b', 'a']],
    ['then a side not yet heard', [claim('a', 'us'), claim('b', 'us2'), claim('c', 'mx')], ['a', 'c']],
    ['else a speaker not yet heard', [claim('a', 'us'), claim('b', 'us', 'doc-001'), claim('c', 'us2')], ['a', 'c']],
    ['else the next in order', [claim('a', 'us'), claim('b', 'us', 'doc-001'), claim('c', 'us', 'doc-002')], ['a', 'b']],
    ['an outlet is a side of its own', [claim('a', 'us'), claim('b', 'us2'), claim('c', null, 'doc-001')], ['a', 'c']],
    ['one claim alone', [claim('a', 'us')], ['a']],
  ])('%s', (_label, claims, expected) => {
    expect(shown(claims)).toEqual(expected);
  });

  it('counts the claims it leaves for the source viewer', () => {
    expect(notShown([claim('a', 'us'), claim('b', 'us2'), claim('c', 'mx')])).toBe(1);
    expect(notShown([claim('a', 'us')])).toBe(0);
  });

  it('flags a position that rests on one voice, and not an empty one', () => {
    const view = (claims: Claim[]) => cardView(cardWith(subject, [us, us2, mx], claims), 'en').topic!.positions[0]!.singleVoice;
    expect(view([claim('a', 'us'), claim('b', 'us')])).toBe(true);
    expect(view([claim('a', 'us'), claim('b', 'mx')])).toBe(false);
    expect(view([])).toBe(false);
  });

  it('says which governments a topic does not hear, and from how many sources it does', () => {
    const topic = cardView(cardWith(subject, [us, us2, mx], [claim('a', 'us'), claim('b', null, 'doc-001')]), 'en').topic!;
    expect(topic.governmentsNotHeard).toEqual(['mexican-government']);
    expect(topic.sourceCount).toBe(2);
    expect(topic.oneSided).toBe(true);
  });
});

describe('the topic a card opens on', () => {
  const subject = person('subject', 'us-government');
  const topic = (id: string, claimIds: string[]): Topic => ({ id, question: { en: id, es: id }, positions: [{ id: `${id}-p`, summary: { en: '', es: '' }, claims: claimIds }] }) as unknown as Topic;
  const claims = [claim('a', 'x', 'doc-000', ['subject']), claim('b', 'x', 'doc-000', ['subject']), claim('c', 'x', 'doc-000', ['other'])];
  const opened = (topics: Topic[]) => {
    const view = cardView(cardWith(subject, [person('x', 'expert')], claims, topics), 'en');
    return [view.topic?.id ?? null, view.otherTopics.map((other) => other.id)];
  };
  it.each([
    ['the one naming the entity in the most claims', [topic('one', ['a', 'c']), topic('two', ['a', 'b'])], ['two', ['one']]],
    ['the first of equals', [topic('one', ['a']), topic('two', ['b'])], ['one', ['two']]],
    ['the first, when none names it', [topic('one', ['c']), topic('two', ['c'])], ['one', ['two']]],
    ['none, without topics', [], [null, []]],
    ['a later one naming it once over a first naming it never', [topic('one', ['c']), topic('two', ['a'])], ['two', ['one']]],
    ['past a claim the fact base does not hold', [topic('one', ['missing', 'c']), topic('two', ['missing', 'a'])], ['two', ['one']]],
  ] as [string, Topic[], [string | null, string[]]][])('%s', (_label, topics, expected) => {
    expect(opened(topics)).toEqual(expected);
  });
});

describe('figures charted together', () => {
  const figure = (measure: string, year: number | null): StatisticView => ({ claim: { id: `${measure}-${year}` }, figure: { value: 1, valueMax: null, unit: 'deaths', currency: null, measure: { id: measure, name: measure }, qualifier: null, year, since: null, counts: '' } }) as unknown as StatisticView;
  it.each([
    ['nothing without two of a measure', [figure('a', 2016), figure('b', 2017)], null],
    ['the measure with the most figures, in year order, undated last', [figure('a', 2017), figure('b', 2016), figure('b', null), figure('b', 2015), figure('a', 2014)], ['b-2015', 'b-2016', 'b-null']],
    ['the first measure of two as large', [figure('a', 2017), figure('b', 2016), figure('a', 2016), figure('b', 2015)], ['a-2016', 'a-2017']],
  ] as [string, StatisticView[], string[] | null][])('%s', (_label, figures, expected) => {
    expect(seriesOf(figures)?.bars.map((bar) => bar.claim.id) ?? null).toEqual(expected);
  });
});

describe('what the card says of the entity', () => {
  it.each([
    ['a person with no role: not stated', person('p', 'expert'), true],
    ['an unnamed person: nothing to state', { ...person('p', 'expert'), unnamed: true }, false],
    ['a person with a role', person('p', 'expert', [role('2017', 'doc-000')]), false],
    ['not a person', { ...person('p', 'expert'), type: 'organization' }, false],
  ] as [string, Entity, boolean][])('%s', (_label, entity, notStated) => {
    const view = cardView(cardWith(entity, [], []), 'en');
    expect(view.roleNotStated).toBe(notStated);
  });

  it('gives the latest role with its date, and the side, background and flags as the fact base does', () => {
    const entity = { ...person('p', 'mexican-government', [role('2015', 'doc-000', 'Old'), role('2018', 'doc-001', 'New')]), background: { en: 'B', es: 'F' }, nameKnownInPart: true } as Entity;
    expect(cardView(cardWith(entity, [], []), 'es')).toMatchObject({ role: { title: 'New', asOf: '2018' }, side: 'mexican-government', background: 'F', nameKnownInPart: true, unnamed: false });
    expect(cardView(cardWith(person('q', undefined), [], []), 'en')).toMatchObject({ side: null, background: null, nameKnownInPart: false });
  });
});

describe('one claim as a card shows it', () => {
  const speakerOf = (extra: Partial<Entity>) => ({ ...person('ada', 'us-government', [role('2017', 'doc-001', 'Secretary')]), ...extra }) as Entity;
  const said = { ...claim('c', 'ada', 'doc-001'), date: '2017-05-18', dateInferred: { en: 'the conference year', es: 'el año' } } as unknown as Claim;
  const source = { id: 'doc-001', file: 'doc-001.txt', outlet: 'Reuters', date: '2017-05-19', era: { name: { en: 'Trump administration', es: 'gobierno de Trump' } }, stance: { kind: 'partisan', evidence: [] } } as unknown as Source;

  it('carries the speaker, role, date, era, source and stance as the fact base states them', () => {
    const view = claimView({ speakers: { ada: speakerOf({}) }, sources: { 'doc-001': source } }, said, 'es');
    expect(view).toEqual({
      id: 'c', kind: 'quote', text: 'c', lang: 'en', speaker: 'ada', speakerRole: 'Secretary', speakerUnnamed: false, voice: 'us-government',
      date: { value: '2017-05-18', inferred: 'el año' }, era: 'gobierno de Trump', outlet: { named: true, outlet: 'Reuters' }, sourceDate: '2017-05-19', sourceId: 'doc-001', stance: 'partisan', verified: true,
    });
  });

  it('says when the documents give no name for the speaker', () => {
    expect(claimView({ speakers: { ada: speakerOf({ unnamed: true }) }, sources: {} }, said, 'en').speakerUnnamed).toBe(true);
    expect(claimView({ speakers: { ada: speakerOf({ unnamed: false }) }, sources: {} }, said, 'en').speakerUnnamed).toBe(false);
    expect(claimView({ speakers: {}, sources: {} }, said, 'en').speakerUnnamed).toBe(false);
  });

  it('states nothing of a source the card does not hold', () => {
    const view = claimView({ speakers: {}, sources: {} }, { ...said, date: 'not stated' } as Claim, 'en');
    expect(view).toMatchObject({ speaker: 'ada', speakerRole: null, date: null, era: null, outlet: { named: false, id: 'doc-001' }, sourceDate: null, stance: null, verified: false, voice: 'not-stated' });
  });

  it('shows no figure for a claim filed as a statistic without one', () => {
    const data = { ...cardWith(person('p', 'expert'), [], []), statistics: [claim('no-figure', 'p')] };
    expect(cardView(data, 'en').statistics).toEqual([]);
  });
});
