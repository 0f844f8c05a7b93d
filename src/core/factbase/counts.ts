// The fact base's balance in figures, for the build's summary line: whose voices its claims carry,
// in how many topics the Mexican government is heard, and how many topics hear only one side.
import type { FactPack, Voice } from '../types';
import { sidesHeard, VOICE_ORDER, voiceOf } from '../voices';

export interface BalanceCounts {
  claimsByVoice: Partial<Record<Voice, number>>;
  topics: number;
  topicsWithMexicanGovernment: string[];
  topicsOneSided: string[];
}

export function balanceCounts(pack: Pick<FactPack, 'entities' | 'claims' | 'topics'>): BalanceCounts {
  const entities = new Map(pack.entities.map((entity) => [entity.id, entity]));
  const claims = new Map(pack.claims.map((claim) => [claim.id, claim]));
  const voice = (id: string): Voice[] => {
    const claim = claims.get(id);
    return claim ? [voiceOf(claim, claim.speaker ? entities.get(claim.speaker) : undefined)] : [];
  };
  const claimsByVoice: Partial<Record<Voice, number>> = {};
  for (const claim of pack.claims) {
    const side = voiceOf(claim, claim.speaker ? entities.get(claim.speaker) : undefined);
    claimsByVoice[side] = (claimsByVoice[side] ?? 0) + 1;
  }
  const topicVoices = pack.topics.map((topic) => ({ id: topic.id, voices: topic.positions.flatMap((position) => position.claims.flatMap(voice)) }));
  return {
    claimsByVoice: Object.fromEntries(VOICE_ORDER.filter((side) => claimsByVoice[side]).map((side) => [side, claimsByVoice[side]])),
    topics: pack.topics.length,
    topicsWithMexicanGovernment: topicVoices.filter((topic) => topic.voices.includes('mexican-government')).map((topic) => topic.id),
    topicsOneSided: topicVoices.filter((topic) => sidesHeard(topic.voices).oneSided).map((topic) => topic.id),
  };
}

export function describeBalance(counts: BalanceCounts): string {
  const byVoice = Object.entries(counts.claimsByVoice).map(([side, count]) => `${side} ${count}`).join(', ');
  const oneSided = counts.topicsOneSided.length ? ` (${counts.topicsOneSided.join(', ')})` : '';
  return `claims by voice: ${byVoice}; Mexican government heard in ${counts.topicsWithMexicanGovernment.length} of ${counts.topics} topics; ${counts.topicsOneSided.length} topic${counts.topicsOneSided.length === 1 ? '' : 's'} one-sided${oneSided}`;
}
