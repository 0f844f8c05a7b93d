// The reading log as files: JSON-LD Web Annotations and CSV, with claim texts from the fact base.
import { claimView } from '../core/card-view';
import { describeClaimForCsv, toCsv } from '../core/csv-export';
import type { LogEntry } from '../core/reading-log';
import type { Lang } from '../core/types';
import { toAnnotationCollection, type AnnotationCollection, type ClaimDetails } from '../core/web-annotation';
import type { FactBase } from '../core/factbase';

function claimDetails(entries: readonly LogEntry[], factBase: FactBase, lang: Lang): Record<string, ClaimDetails> {
  const details: Record<string, ClaimDetails> = {};
  for (const entry of entries) {
    const card = factBase.lookup(entry.entityId);
    if (!card) continue;
    for (const claimId of entry.revealedClaimIds) {
      const claim = card.claims[claimId];
      if (claim) details[claimId] = { view: claimView(card, claim, lang) };
    }
  }
  return details;
}

export function exportAnnotations(entries: readonly LogEntry[], factBase: FactBase, lang: Lang, label: string): AnnotationCollection {
  const names = Object.fromEntries(entries.map((entry) => [entry.entityId, factBase.lookup(entry.entityId)?.entity.name[lang] ?? entry.entityId]));
  return toAnnotationCollection(entries, claimDetails(entries, factBase, lang), names, label);
}


export function exportCsv(entries: readonly LogEntry[], factBase: FactBase, lang: Lang): string {
  const details = claimDetails(entries, factBase, lang);
  const header = ['article_url', 'page_title', 'entity_id', 'entity', 'mention', 'question', 'prediction', 'revealed_topic', 'revealed_claim_kinds', 'revealed_claims', 'opened_at', 'revealed_at'];
  const revealed = (entry: LogEntry) => entry.revealedClaimIds.flatMap((claimId) => details[claimId]?.view ?? []);
  const rows = entries.map((entry) => [
    entry.url,
    entry.pageTitle,
    entry.entityId,
    factBase.lookup(entry.entityId)?.entity.name[lang] ?? entry.entityId,
    entry.quote.exact,
    entry.question,
    entry.answer,
    entry.revealedTopicId ?? '',
    revealed(entry).map((view) => view.kind).join('; '),
    revealed(entry).map(describeClaimForCsv).join(' | '),
    entry.openedAt,
    entry.revealedAt,
  ]);
  return toCsv(header, rows);
}
