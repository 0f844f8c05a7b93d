// The reading log as CSV for spreadsheets, and back. Cells that a spreadsheet would run as a formula
// are prefixed with an apostrophe, so an exported log can't carry formula injection; the import
// takes that apostrophe off again, so a log exported as CSV re-imports as the same entries.
import type { ClaimView } from './card-view';
import { isLogEntry, type LogEntry } from './reading-log';
import { provenanceNote } from './provenance';

/** A formula's first character, or an apostrophe before one (a value that already looked escaped). */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell's value as it was before csvCell: the formula guard taken off. */
const uncell = (text: string) => (/^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 rows: quoted cells may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index);
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"' && cell === '') quoted = true;
    else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += character;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/**
 * The log's columns: the first twelve for people reading a spreadsheet; the rest carry what a
 * re-import needs (the entry's id, the question's id, the words around the mention, the claims'
 * ids), so CSV round-trips like JSON-LD.
 */
export const LOG_CSV_HEADER = [
  'article_url', 'page_title', 'entity_id', 'entity', 'mention', 'question', 'prediction', 'revealed_topic', 'revealed_claim_kinds', 'revealed_claims', 'opened_at', 'revealed_at',
  'entry_id', 'question_id', 'mention_prefix', 'mention_suffix', 'revealed_claim_ids', 'url_shortened',
] as const;

/** One entry as a row; `entityName` and `revealed` are what the fact base says now (for reading only). */
export function logCsvRow(entry: LogEntry, entityName: string, revealed: readonly ClaimView[]): string[] {
  return [
    entry.url, entry.pageTitle, entry.entityId, entityName, entry.quote.exact, entry.question, entry.answer, entry.revealedTopicId ?? '',
    revealed.map((view) => view.kind).join('; '), revealed.map(describeClaimForCsv).join(' | '), entry.openedAt, entry.revealedAt,
    entry.id, entry.questionId ?? '', entry.quote.prefix, entry.quote.suffix, entry.revealedClaimIds.join(' '), entry.urlShortened ? 'yes' : '',
  ];
}

/** The entries of a CSV this log exported; rows that are not well-formed entries are counted as skipped. */
export function fromLogCsv(text: string): { entries: LogEntry[]; skipped: number } {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  const column = new Map((header ?? []).map((name, index) => [name.trim(), index]));
  if (!LOG_CSV_HEADER.every((name) => column.has(name))) return { entries: [], skipped: rows.length };
  const entries: LogEntry[] = [];
  let skipped = 0;
  for (const row of rows) {
    if (row.length === 1 && row[0] === '') continue;
    const cell = (name: (typeof LOG_CSV_HEADER)[number]) => uncell(row[column.get(name) ?? -1] ?? '');
    const entry: LogEntry = {
      id: cell('entry_id'),
      url: cell('article_url'),
      pageTitle: cell('page_title'),
      entityId: cell('entity_id'),
      quote: { exact: cell('mention'), prefix: cell('mention_prefix'), suffix: cell('mention_suffix') },
      questionId: cell('question_id') || null,
      question: cell('question'),
      answer: cell('prediction'),
      revealedTopicId: cell('revealed_topic') || null,
      revealedClaimIds: cell('revealed_claim_ids').split(' ').filter(Boolean),
      openedAt: cell('opened_at'),
      revealedAt: cell('revealed_at'),
      ...(cell('url_shortened') === 'yes' ? { urlShortened: true } : {}),
    };
    if (isLogEntry(entry) && entry.id) entries.push(entry);
    else skipped += 1;
  }
  return { entries, skipped };
}

/** One claim in a spreadsheet cell: kind, speaker and side, source, date and era, then the words. */
export function describeClaimForCsv(view: ClaimView): string {
  const speaker = view.speaker === null ? 'the outlet itself' : `${view.speaker}${view.speakerRole ? `, ${view.speakerRole}` : ''}`;
  const outlet = view.outlet.named ? view.outlet.outlet : 'outlet not stated';
  const when = [view.date ? `${view.date.value}${view.date.inferred ? ' (inferred)' : ''}` : 'date not stated', view.era].filter(Boolean).join(', ');
  return `[${view.kind}] ${speaker} [${view.voice}] — ${view.sourceId} (${outlet}; ${when}; ${provenanceNote(view)}): ${view.text}`;
}
