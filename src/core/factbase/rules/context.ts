// What every faithfulness rule reads: the items being checked, every entity and source they may refer
// to (the built-in fact base too, for a teacher pack), and the text of each bundled document.
import type { Span } from '../../locate-quote';
import { locateQuote } from '../../locate-quote';
import type { Claim, Entity, FactPack, Source } from '../../types';
import { readDocument, type DocumentText } from '../document-text';
import type { PhraseValue } from '../../phrase';
import { dataError, inPack, type DataError, type PackLocations } from '../validate';

export interface RuleContext {
  pack: FactPack;
  locations: PackLocations;
  /** True for the built-in fact base, where rules that need every text hold everywhere. */
  builtIn: boolean;
  entity(id: string): Entity | undefined;
  source(id: string): Source | undefined;
  /** Every person the rules know, for telling whom a "he" or "she" stands for. */
  people: readonly Entity[];
  /** The document's text, when it is bundled. */
  document(sourceId: string): DocumentText | undefined;
  /** Where a claim's words stand in its document; null when they are not there (quoteErrors reports that). */
  spansOf(claim: Claim): Span[] | null;
}

export function ruleContext(pack: FactPack, corpus: Record<string, string>, locations: PackLocations, known?: FactPack): RuleContext {
  const entities = new Map<string, Entity>([...(known?.entities ?? []), ...pack.entities].map((entity) => [entity.id, entity]));
  const sources = new Map<string, Source>([...(known?.sources ?? []), ...pack.sources].map((source) => [source.id, source]));
  const spans = new Map<Claim, Span[] | null>();
  return {
    pack,
    locations,
    builtIn: !known,
    entity: (id) => entities.get(id),
    source: (id) => sources.get(id),
    people: [...entities.values()].filter((entity) => entity.type === 'person'),
    document: (sourceId) => (corpus[sourceId] === undefined ? undefined : readDocument(corpus[sourceId])),
    spansOf(claim) {
      if (!spans.has(claim)) {
        const text = corpus[claim.source];
        spans.set(claim, text === undefined ? null : locateQuote(text, claim.text));
      }
      return spans.get(claim) ?? null;
    },
  };
}

/** A rule's finding: the file, the JSON path, the item's id, what was expected and what the document says. */
export function ruleError(context: RuleContext, kind: keyof PackLocations, index: number, rest: string, id: string, expected: PhraseValue, found: PhraseValue): DataError {
  return dataError(context.locations[kind], inPack(context.locations, kind, index, rest), expected, found, id);
}

/** Quoted for a message, shortened in the middle if long. */
export function quoteForMessage(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max * 0.6)} … ${flat.slice(-max * 0.3)}` : flat}”`;
}

/** The names a document may use for an entity: its display name without a parenthetical, aliases, and namedAs. */
export function namesOf(entity: Entity): string[] {
  const display = [entity.name.en, entity.name.es].map((name) => name.replace(/\s*\([^)]*\)\s*$/, '').replace(/^["“]|["”]$/g, ''));
  return [...new Set([...display, ...entity.aliases.map((alias) => alias.text), ...(entity.namedAs ?? [])].filter((name) => name.trim().length >= 2))];
}
