// The reading log as files: JSON-LD Web Annotations and CSV, with claim texts from the fact base.
import { claimView } from '../core/card-view';
import { LOG_CSV_HEADER, logCsvRow, toCsv } from '../core/csv-export';
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
  const revealed = (entry: LogEntry) => entry.revealedClaimIds.flatMap((claimId) => details[claimId]?.view ?? []);
  const rows = entries.map((entry) => logCsvRow(entry, factBase.lookup(entry.entityId)?.entity.name[lang] ?? entry.entityId, revealed(entry)));
  return toCsv(LOG_CSV_HEADER, rows);
}
