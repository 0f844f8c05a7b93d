// The build's summary line of the fact base's balance, on a small pack whose every count is worked out
// by hand: claims per voice in the house order, the topics that hear the Mexican government, and the
// topics that hear one side only.
import { describe, expect, it } from 'vitest';
import { balanceCounts, describeBalance, type BalanceCounts } from '../../src/core/factbase/counts';
import type { Claim, Entity, FactPack, Voice } from '../../src/core/types';

const person = (id: string, side?: Voice): Entity => ({ id, type: 'person', ...(side ? { side } : {}) }) as unknown as Entity;
const claim = (id: string, speaker: string | null): Claim => ({ id, kind: 'quote', speaker, source: 'doc-000', date: 'not stated', lang: 'en', entities: [], text: 'x' }) as unknown as Claim;
const topic = (id: string, ...positions: string[][]) => ({ id, positions: positions.map((claims) => ({ claims })) });

function pack(): Pick<FactPack, 'entities' | 'claims' | 'topics'> {
  return {
    entities: [person('us-envoy', 'us-government'), person('mx-minister', 'mexican-government'), person('analyst')],
    claims: [claim('c-us-1', 'us-envoy'), claim('c-mx', 'mx-minister'), claim('c-us-2', 'us-envoy'), claim('c-outlet', null), claim('c-nobody-known', 'not-in-the-pack'), claim('c-analyst', 'analyst')],
    topics: [
      topic('both-governments', ['c-us-1'], ['c-mx']),
      topic('us-and-outlet', ['c-us-2', 'c-outlet']),
      topic('mexico-alone', ['c-mx']),
      // A claim id the pack does not hold adds no voice.
      topic('a-lost-claim', ['c-us-1', 'no-such-claim'], ['c-analyst']),
    ],
  } as unknown as Pick<FactPack, 'entities' | 'claims' | 'topics'>;
}

describe('the fact base’s balance', () => {
  it('counts claims by voice in the house order, leaving out voices no claim has', () => {
    const counts = balanceCounts(pack());
    expect(counts.claimsByVoice).toEqual({ 'us-government': 2, 'mexican-government': 1, 'not-stated': 2, outlet: 1 });
    expect(Object.keys(counts.claimsByVoice)).toEqual(['us-government', 'mexican-government', 'not-stated', 'outlet']);
  });

  it('names the topics that hear the Mexican government, and those that hear one side, in the pack’s order', () => {
    const counts = balanceCounts(pack());
    expect(counts.topics).toBe(4);
    expect(counts.topicsWithMexicanGovernment).toEqual(['both-governments', 'mexico-alone']);
    // An outlet's own words are no second side; a speaker with no stated side is one.
    expect(counts.topicsOneSided).toEqual(['us-and-outlet', 'mexico-alone']);
  });

  it('counts nothing in an empty pack', () => {
    expect(balanceCounts({ entities: [], claims: [], topics: [] })).toEqual({ claimsByVoice: {}, topics: 0, topicsWithMexicanGovernment: [], topicsOneSided: [] });
  });

  it.each<[string, BalanceCounts, string]>([
    [
      'several one-sided topics',
      { claimsByVoice: { 'us-government': 2, outlet: 1 }, topics: 4, topicsWithMexicanGovernment: ['a', 'b'], topicsOneSided: ['c', 'd'] },
      'claims by voice: us-government 2, outlet 1; Mexican government heard in 2 of 4 topics; 2 topics one-sided (c, d)',
    ],
    [
      'one one-sided topic',
      { claimsByVoice: { expert: 1 }, topics: 1, topicsWithMexicanGovernment: [], topicsOneSided: ['c'] },
      'claims by voice: expert 1; Mexican government heard in 0 of 1 topics; 1 topic one-sided (c)',
    ],
    ['none one-sided', { claimsByVoice: {}, topics: 2, topicsWithMexicanGovernment: ['a'], topicsOneSided: [] }, 'claims by voice: ; Mexican government heard in 1 of 2 topics; 0 topics one-sided'],
  ])('describes %s in one line', (_label, counts, line) => {
    expect(describeBalance(counts)).toBe(line);
  });
});
