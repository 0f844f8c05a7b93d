// What a source states about itself, read the same way everywhere: cards, worksheets, the source
// viewer and the exports. "not stated" is the fact base's word for a field a document leaves out.
import type { Source, SourceStance } from './types';

export const NOT_STATED = 'not stated';

export const isStated = (value: string | undefined | null): value is string => Boolean(value && value.trim() && value.trim().toLowerCase() !== NOT_STATED);

/** How a card names a source: the outlet as the document names it, else the source's id. Never its headline. */
export type SourceName = { named: true; outlet: string } | { named: false; id: string };

export function sourceName(source: Source | undefined, sourceId: string): SourceName {
  return source && isStated(source.outlet) ? { named: true, outlet: source.outlet } : { named: false, id: source?.id ?? sourceId };
}

/** Outlet, author and date all left out: one line says so instead of three "not stated". */
export const statesNoOutletAuthorOrDate = (source: Source): boolean => !isStated(source.outlet) && !isStated(source.author) && !isStated(source.date);

/**
 * A source whose text ships with Counterpoint: its claims were checked word for word at build or
 * import time. A teacher's own source (a URL) cannot be, and the card says so.
 */
export const hasBundledText = (source: Source | undefined): boolean => Boolean(source?.file);

/** What provenanceNote reads of a ClaimView (declared here, not imported, so card-view.ts can import this module). */
export interface ClaimProvenance {
  verified: boolean;
  sourceId: string;
  stance: SourceStance | null;
  date: { inferred: string | null } | null;
}

/** How a claim's words reached the fact base, in words a teacher can read in any JSON viewer. */
export function provenanceNote(view: ClaimProvenance): string {
  const checked = view.verified ? `checked word for word against the bundled document ${view.sourceId}` : `a teacher's own source (${view.sourceId}), not checked against a bundled text`;
  const stance = view.stance ? `; the source is ${view.stance === 'partisan' ? 'a partisan site' : 'a promotional page'}` : '';
  const inferred = view.date?.inferred ? `; date inferred: ${view.date.inferred}` : '';
  return `${checked}${stance}${inferred}`;
}
