// The fact base, built once from a pack: lookup(entityId) gives a card its data. Finding an entity
// by name is search.ts's job (the options page's alone, so fuse.js is in no other bundle).
import type { CardData, Claim, Entity, FactPack, Source } from '../types';

export interface FactBase {
  pack: FactPack;
  lookup(entityId: string): CardData | undefined;
}

/** How many claims a card shows under "What the sources say". */
const KEY_CLAIMS = 2;
const KIND_ORDER: Record<Claim['kind'], number> = { quote: 0, reported: 1, framing: 2, statistic: 3 };

export function createFactBase(pack: FactPack): FactBase {
  const entities = new Map(pack.entities.map((entity) => [entity.id, entity]));
  const claims = new Map(pack.claims.map((claim) => [claim.id, claim]));
  const sources = new Map(pack.sources.map((source) => [source.id, source]));
  const topicsByEntity = new Map<string, typeof pack.topics>();
  for (const topic of pack.topics) {
    const involved = new Set<string>();
    for (const position of topic.positions) {
      for (const claimId of position.claims) {
        const claim = claims.get(claimId);
        if (!claim) continue;
        claim.entities.forEach((id) => involved.add(id));
        if (claim.speaker) involved.add(claim.speaker);
      }
    }
    for (const entityId of involved) topicsByEntity.set(entityId, [...(topicsByEntity.get(entityId) ?? []), topic]);
  }
  const claimsByEntity = new Map<string, Claim[]>();
  for (const claim of pack.claims) {
    for (const entityId of new Set([...claim.entities, ...(claim.speaker ? [claim.speaker] : [])])) {
      claimsByEntity.set(entityId, [...(claimsByEntity.get(entityId) ?? []), claim]);
    }
  }

  function lookup(entityId: string): CardData | undefined {
    const entity = entities.get(entityId);
    if (!entity) return undefined;
    const own = claimsByEntity.get(entityId) ?? [];
    // The entity's own words first, then what others say of it; quotes before paraphrase.
    const ranked = [...own].sort((a, b) => Number(b.speaker === entityId) - Number(a.speaker === entityId) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    const keyClaims = ranked.filter((claim) => claim.kind !== 'statistic').slice(0, KEY_CLAIMS);
    const statistics = own.filter((claim) => claim.kind === 'statistic');
    const topics = topicsByEntity.get(entityId) ?? [];
    const referenced = new Map<string, Claim>();
    for (const claim of [...keyClaims, ...statistics]) referenced.set(claim.id, claim);
    for (const topic of topics) for (const position of topic.positions) for (const claimId of position.claims) {
      const claim = claims.get(claimId);
      if (claim) referenced.set(claimId, claim);
    }
    const speakers: Record<string, Entity> = { [entity.id]: entity };
    const cardSources: Record<string, Source> = {};
    for (const claim of referenced.values()) {
      const speaker = claim.speaker ? entities.get(claim.speaker) : undefined;
      if (speaker) speakers[speaker.id] = speaker;
      const source = sources.get(claim.source);
      if (source) cardSources[source.id] = source;
    }
    for (const role of entity.roles ?? []) {
      const source = sources.get(role.source);
      if (source) cardSources[source.id] = source;
    }
    return { entity, keyClaims, topics, statistics, claims: Object.fromEntries(referenced), speakers, sources: cardSources };
  }

  return { pack, lookup };
}

export interface IdClash {
  kind: 'sources' | 'entities' | 'claims' | 'topics' | 'questions';
  id: string;
  existingIn: string;
}

/** Adds `extra` to `base`. Items whose id is already taken are reported, and the existing one is kept. */
export function mergePacks(base: FactPack, extra: FactPack): { pack: FactPack; clashes: IdClash[] } {
  const clashes: IdClash[] = [];
  const merge = <K extends IdClash['kind']>(kind: K): FactPack[K] => {
    const taken = new Set(base[kind].map((item) => item.id));
    const added = (extra[kind] as { id: string }[]).filter((item) => {
      if (!taken.has(item.id)) return true;
      clashes.push({ kind, id: item.id, existingIn: base.id === 'counterpoint' ? 'the built-in fact base' : `the pack "${base.title}"` });
      return false;
    });
    return [...base[kind], ...added] as FactPack[K];
  };
  const pack: FactPack = {
    ...base,
    sources: merge('sources'),
    entities: merge('entities'),
    claims: merge('claims'),
    topics: merge('topics'),
    questions: merge('questions'),
  };
  return { pack, clashes };
}
