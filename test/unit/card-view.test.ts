// The card's view model: sides come from the speakers, the one-sided flag from the sides heard, an
// entity's own words come first, figures are charted only with figures of the same measure, and every
// attribution carries the document's era, stated dates and source as they are.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardView, seriesOf, type CardView, type StatisticView } from '../../src/core/card-view';
import { createFactBase } from '../../src/core/factbase';
import type { CardData, Claim, Entity, FactPack, Source } from '../../src/core/types';
import { compileFactBase } from '../../src/node/factbase-files';

const { pack } = compileFactBase({ dataDir: join(import.meta.dirname, '..', '..', 'data') });
const factBase = createFactBase(pack);
const card = (entityId: string, lang: 'en' | 'es' = 'en'): CardView => cardView(factBase.lookup(entityId)!, lang);
const shownClaims = (view: CardView) => view.topic!.positions.flatMap((position) => position.claims);

describe('sides', () => {
  it('are the speakers’ own, and the outlet’s where it speaks itself: there is no default side', () => {
    const entities = new Map(pack.entities.map((entity) => [entity.id, entity]));
    for (const entity of pack.entities) {
      const view = card(entity.id);
      for (const claim of [...view.keyClaims, ...(view.topic ? shownClaims(view) : [])]) {
        const source = pack.claims.find((candidate) => candidate.id === claim.id)!;
        expect(claim.voice, claim.id).toBe(source.speaker === null ? 'outlet' : entities.get(source.speaker)!.side);
      }
    }
  });

  it('D27: the Merida card, all US government and outlets, is flagged one-sided and says which side', () => {
    const view = card('merida-initiative');
    expect(view.topic!.id).toBe('merida-initiative');
    expect(view.topic!.sides).toEqual(['us-government', 'outlet']);
    expect(view.topic!.oneSided).toBe(true);
    expect(view.topic!.governmentsNotHeard).toEqual(['mexican-government']);
  });

  it('a card that hears both governments is not flagged', () => {
    const view = card('rex-tillerson');
    expect(view.topic!.id).toBe('who-is-responsible');
    expect(view.topic!.sides).toEqual(expect.arrayContaining(['us-government', 'mexican-government']));
    expect(view.topic!.oneSided).toBe(false);
    expect(view.topic!.governmentsNotHeard).toEqual([]);
  });

  it('D49: a legislator, a former official and an expert are not “the US government”', () => {
    const sides = new Set(shownClaims(card('lindsey-graham')).map((claim) => claim.voice));
    expect([...sides]).toEqual(expect.arrayContaining(['us-congress', 'us-former-official', 'us-government']));
  });

  it('a speaker without a side reads "not-stated", and an outlet’s framing alone is flagged', () => {
    const source: Source = { id: 's', url: 'https://example.org/', outlet: 'not stated', title: 'not stated', date: 'not stated', author: 'not stated', language: 'en', kind: 'x', evidence: 'x' };
    const person: Entity = { id: 'p', type: 'person', name: { en: 'P', es: 'P' }, aliases: [], description: { en: 'x', es: 'x' }, mentionedIn: ['s'], topics: ['t'] };
    const claims: Claim[] = [
      { id: 'c1', kind: 'reported', speaker: 'p', date: 'not stated', source: 's', text: 'one', lang: 'en', entities: ['p'] },
      { id: 'c2', kind: 'framing', speaker: null, date: 'not stated', source: 's', text: 'two', lang: 'en', entities: ['p'] },
    ];
    const data: CardData = {
      entity: person, keyClaims: [], statistics: [], speakers: { p: person }, sources: { s: source }, claims: { c1: claims[0]!, c2: claims[1]! },
      topics: [{ id: 't', question: { en: 'Q', es: 'Q' }, positions: [{ id: 'a', summary: { en: 'A', es: 'A' }, claims: ['c1'] }, { id: 'b', summary: { en: 'B', es: 'B' }, claims: ['c2'] }] }],
    };
    const view = cardView(data, 'en');
    expect(view.topic!.sides).toEqual(['not-stated', 'outlet']);
    expect(view.topic!.oneSided).toBe(true);
    expect(view.topic!.positions.map((position) => position.singleVoice)).toEqual([true, true]);
    // A teacher's own source is not a bundled text: the card says its claims are not checked.
    expect(view.topic!.positions[0]!.claims[0]!.verified).toBe(false);
  });
});

describe('positions', () => {
  it('flag a position that rests on one voice', () => {
    const positions = card('senior-administration-official').topic!.positions;
    expect(positions.find((position) => position.id === 'do-not-designate')!.singleVoice).toBe(true);
    expect(positions.find((position) => position.id === 'designate')!.singleVoice).toBe(false);
  });

  it('show the entity’s own claims first, then another side or speaker where the position has one', () => {
    const view = card('anne-milgram');
    const supply = view.topic!.positions.find((position) => position.id === 'cartel-supply-chain')!;
    expect(supply.claims[0]!.speaker).toBe('Anne Milgram');
    expect(supply.claims[1]!.voice).not.toBe(supply.claims[0]!.voice);
  });
});

describe('an entity’s own words', () => {
  it('come first under “What the sources say”, quotes before paraphrase', () => {
    for (const id of ['andres-manuel-lopez-obrador', 'rex-tillerson', 'luis-videgaray', 'anne-milgram']) {
      const keyClaims = factBase.lookup(id)!.keyClaims;
      expect(keyClaims.map((claim) => claim.speaker), id).toEqual([id, id]);
      expect(keyClaims[0]!.kind, id).toBe('quote');
    }
    // Kelly’s reported line exists, but his quotes come before it.
    expect(factBase.lookup('john-kelly')!.keyClaims.every((claim) => claim.kind === 'quote')).toBe(true);
  });
});

describe('figures', () => {
  it('D01/D02: the fentanyl card charts nothing: its four figures measure four different things', () => {
    const view = card('fentanyl');
    expect(view.series).toBeNull();
    expect(view.statistics.map((statistic) => [statistic.claim.id, statistic.figure.year, statistic.figure.qualifier])).toEqual([
      ['tillerson-2015-overdoses', 2015, 'almost'],
      ['overdoses-2021', 2021, null],
      ['overdoses-2021-fentanyl', 2021, 'more-than'],
      ['nida-fentanyl-deaths', null, null],
    ]);
  });

  it('D38: a figure relayed by a partisan site carries that stance', () => {
    const nida = card('fentanyl').statistics.find((statistic) => statistic.claim.id === 'nida-fentanyl-deaths')!;
    expect(nida.claim).toMatchObject({ speaker: 'National Institute on Drug Abuse (NIDA)', stance: 'partisan', outlet: { named: false, id: 'doc-004' } });
  });

  it('charts figures of one measure, one bar per source', () => {
    const series = card('merida-initiative').series!;
    expect(series.measure.id).toBe('merida-assistance-to-mexico');
    expect(series.bars.map((bar) => bar.claim.sourceId)).toEqual(['doc-000', 'doc-003']);
  });

  it('never puts figures of different measures in one series, even with the same unit and distinct years', () => {
    const figure = (id: string, measure: string, year: number): StatisticView =>
      ({ claim: { id } as StatisticView['claim'], figure: { value: 1, valueMax: null, unit: 'deaths', currency: null, measure: { id: measure, name: measure }, qualifier: null, year, since: null, counts: '' } });
    expect(seriesOf([figure('a', 'heroin-deaths', 2015), figure('b', 'opioid-deaths', 2021)])).toBeNull();
    expect(seriesOf([figure('a', 'opioid-deaths', 2021), figure('b', 'opioid-deaths', 2015)])!.bars.map((bar) => bar.claim.id)).toEqual(['b', 'a']);
  });
});

describe('attributions', () => {
  it('give the era where the document gives it, and dates only where stated, marking an inferred one', () => {
    const claims = new Map([...card('antony-blinken').keyClaims, ...card('rex-tillerson').keyClaims, ...shownClaims(card('donald-trump'))].map((claim) => [claim.id, claim]));
    expect(claims.get('tillerson-we-are-the-market')).toMatchObject({ era: null, date: null });
    expect(claims.get('trump-fresh-strategies')).toMatchObject({ era: 'Trump administration', speaker: 'Trump administration' });
    const blinken = factBase.lookup('antony-blinken')!;
    const inferred = cardView({ ...blinken, keyClaims: [blinken.claims['blinken-most-important-relationship'] ?? pack.claims.find((claim) => claim.id === 'blinken-most-important-relationship')!] }, 'en').keyClaims[0]!;
    expect(inferred.date).toEqual({ value: '2023-10-03', inferred: expect.stringContaining('Oct. 3') });
    expect(inferred.era).toBe('Biden administration');
  });

  it('name an unnamed outlet by its document, never by its headline (D55)', () => {
    const claim = shownClaims(card('feeley')).find((candidate) => candidate.sourceId === 'doc-002')!;
    expect(claim.outlet).toEqual({ named: false, id: 'doc-002' });
  });
});

describe('the entity', () => {
  it('D12: keeps background apart from what the sources say, and shows a role only where one is given', () => {
    const view = card('andres-manuel-lopez-obrador');
    expect(view.title).toBe('López Obrador');
    expect(view.role).toBeNull();
    expect(view.roleNotStated).toBe(true);
    expect(view.description).not.toContain('President');
    expect(view.background).toContain('President of Mexico');
    expect(card('senior-administration-official')).toMatchObject({ unnamed: true, roleNotStated: false });
  });
});

describe('teacher packs', () => {
  it('a pack claim citing a bundled document is verified; one citing the teacher’s own source is not', () => {
    const teacher: FactPack = JSON.parse(JSON.stringify(pack));
    const example = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'packs', 'example-pack.json'), 'utf8')) as FactPack;
    const merged = createFactBase({ ...teacher, sources: [...teacher.sources, ...example.sources], entities: [...teacher.entities, ...example.entities], claims: [...teacher.claims, ...example.claims], topics: [...teacher.topics, ...example.topics] });
    const view = cardView(merged.lookup('xylazine')!, 'en');
    const verified = Object.fromEntries(shownClaims(view).map((claim) => [claim.id, claim.verified]));
    expect(verified).toEqual({ 'handout-xylazine-mixed': false, 'pack-unknown-fentanyl': true, 'handout-xylazine-naloxone': false });
  });
});
