// `counterpoint scan FILE…`: the mentions in articles, as JSON lines or a readable summary. The
// text is read as the extension reads a page (page-text.ts) and scanned chunk by chunk with the
// same page scanner, so the CLI finds what the extension highlights.
import { compileMatcher, createPageScanner, type MatchableEntity, type Matcher } from '../core/mentions';
import type { Mention } from '../core/types';
import { reasonText } from '../ui/card/reason-text';
import { translator } from '../ui/i18n';
import { pageTextOf } from './page-text';

/** Reasons are printed in English, from the same data the card words in the reader's language. */
const english = translator('en');

export interface ScannedFile {
  file: string;
  chars: number;
  mentions: Mention[];
  text: string;
}

/** Every mention in an article file, with offsets into the text the extension would read from it. */
export function scanWith(file: string, raw: string, matcher: Matcher): ScannedFile {
  const page = pageTextOf(file, raw);
  const scan = createPageScanner(matcher);
  const mentions: Mention[] = [];
  for (const { chunk, offset } of page.chunks) {
    for (const mention of scan(chunk.text, chunk.languages)) mentions.push({ ...mention, start: mention.start + offset, end: mention.end + offset });
  }
  return { file, chars: page.text.length, text: page.text, mentions };
}

export const scanText = (file: string, raw: string, lexicon: readonly MatchableEntity[]): ScannedFile => scanWith(file, raw, compileMatcher(lexicon));

export function asJson(scanned: ScannedFile): string {
  return JSON.stringify({
    file: scanned.file,
    chars: scanned.chars,
    mentions: scanned.mentions.map((mention) => ({
      entity: mention.entityId,
      text: mention.text,
      start: mention.start,
      end: mention.end,
      fuzzy: mention.fuzzy,
      score: mention.score,
      reason: reasonText(english, mention),
      rule: mention.reason,
    })),
  });
}

/** A table a teacher can read: each entity, how often, and the first place it appears. */
export function asSummary(scanned: ScannedFile, names: ReadonlyMap<string, string>): string {
  const rows = new Map<string, { count: number; first: Mention }>();
  for (const mention of scanned.mentions) {
    const row = rows.get(mention.entityId);
    if (row) row.count++;
    else rows.set(mention.entityId, { count: 1, first: mention });
  }
  const context = (mention: Mention) =>
    `…${scanned.text.slice(Math.max(0, mention.start - 30), mention.end + 30).replace(/\s+/g, ' ').trim()}…`;
  const lines = [`${scanned.file}: ${scanned.chars.toLocaleString('en')} characters, ${scanned.mentions.length} mentions of ${rows.size} entities`];
  if (rows.size) {
    const width = Math.max(...[...rows.keys()].map((id) => (names.get(id) ?? id).length), 6);
    lines.push(`  ${'entity'.padEnd(width)}  count  first context`);
    for (const [id, row] of [...rows].sort((a, b) => b[1].count - a[1].count)) {
      lines.push(`  ${(names.get(id) ?? id).padEnd(width)}  ${String(row.count).padStart(5)}  ${context(row.first)}  (${reasonText(english, row.first)})`);
    }
  }
  return lines.join('\n');
}
