// "Find an entity" on the options page: every name and alias, searched fuzzily with fuse.js. Its own
// module, imported by the options page only, so no other bundle carries fuse.js; the index is built
// on the first search, not when the page opens.
import Fuse from 'fuse.js';
import { foldString } from '../mentions/fold';
import type { FactPack } from '../types';

export interface SearchHit {
  entityId: string;
  score: number;
  matchedAlias: string;
}

export type EntitySearch = (text: string, limit?: number) => SearchHit[];

interface Name {
  entityId: string;
  text: string;
  folded: string;
}

export function createEntitySearch(pack: Pick<FactPack, 'entities'>): EntitySearch {
  let fuse: Fuse<Name> | null = null;
  const index = (): Fuse<Name> => {
    const names = pack.entities.flatMap((entity) =>
      [entity.name.en, entity.name.es, ...entity.aliases.map((alias) => alias.text)].map((text) => ({ entityId: entity.id, text, folded: foldString(text) })),
    );
    return new Fuse(names, { keys: ['folded'], includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 });
  };
  return (text, limit = 10) => {
    const query = foldString(text);
    if (!query) return [];
    fuse ??= index();
    // fuse.js gives its hits best first, so an entity's first hit is its best, and the first `limit`
    // entities are the best ones. Several names of one entity may come before the next entity's.
    const best = new Map<string, SearchHit>();
    for (const result of fuse.search(query, { limit: limit * 4 })) {
      if (best.has(result.item.entityId)) continue;
      best.set(result.item.entityId, { entityId: result.item.entityId, score: Number((1 - (result.score ?? 1)).toFixed(3)), matchedAlias: result.item.text });
      if (best.size === limit) break;
    }
    return [...best.values()];
  };
}
