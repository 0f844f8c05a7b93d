// The reading log as CSV for spreadsheets. Cells that a spreadsheet would run as a formula are
// prefixed with an apostrophe, so an exported log can't carry formula injection.
import type { ClaimView } from './card-view';
import { provenanceNote } from './provenance';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One claim in a spreadsheet cell: kind, speaker and side, source, date and era, then the words. */
export function describeClaimForCsv(view: ClaimView): string {
  const speaker = view.speaker === null ? 'the outlet itself' : `${view.speaker}${view.speakerRole ? `, ${view.speakerRole}` : ''}`;
  const outlet = view.outlet.named ? view.outlet.outlet : 'outlet not stated';
  const when = [view.date ? `${view.date.value}${view.date.inferred ? ' (inferred)' : ''}` : 'date not stated', view.era].filter(Boolean).join(', ');
  return `[${view.kind}] ${speaker} [${view.voice}] — ${view.sourceId} (${outlet}; ${when}; ${provenanceNote(view)}): ${view.text}`;
}
