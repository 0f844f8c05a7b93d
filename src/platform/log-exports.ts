// The reading log as files: JSON-LD Web Annotations and CSV, with claim texts from the fact base.
import { toCsv } from '../core/csv-export';
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
      if (!claim) continue;
      const speaker = claim.speaker ? card.speakers[claim.speaker]?.name[lang] : card.sources[claim.source]?.outlet;
      details[claimId] = { claim, speakerName: speaker ?? '' };
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
  const header = ['article_url', 'page_title', 'entity_id', 'entity', 'mention', 'question', 'prediction', 'revealed_topic', 'revealed_claims', 'opened_at', 'revealed_at'];
  const rows = entries.map((entry) => [
    entry.url,
    entry.pageTitle,
    entry.entityId,
    factBase.lookup(entry.entityId)?.entity.name[lang] ?? entry.entityId,
    entry.quote.exact,
    entry.question,
    entry.answer,
    entry.revealedTopicId ?? '',
    entry.revealedClaimIds
      .map((claimId) => details[claimId])
      .filter((detail): detail is ClaimDetails => Boolean(detail))
      .map(({ claim, speakerName }) => `${speakerName} (${claim.date}, ${claim.source}): ${claim.text}`)
      .join(' | '),
    entry.openedAt,
    entry.revealedAt,
  ]);
  return toCsv(header, rows);
}
