// `counterpoint scan FILE…`: the mentions in articles, as JSON lines or a readable summary.
import { compileMatcher, findMentions, newDocumentContext, type MatchableEntity } from '../core/mentions';
import type { Mention } from '../core/types';
import { reasonText } from '../ui/card/reason-text';
import { translator } from '../ui/i18n';

/** Reasons are printed in English, from the same data the card words in the reader's language. */
const english = translator('en');
import { extractVisibleText, stripFrontMatter } from './extract-text';

export interface ScannedFile {
  file: string;
  chars: number;
  mentions: Mention[];
  text: string;
}

export function textOf(file: string, raw: string): string {
  if (/\.html?$/i.test(file) || (file === '-' && /^\s*<(!doctype|html|body|div|p|article)/i.test(raw))) return extractVisibleText(raw);
  return /\.md$/i.test(file) ? stripFrontMatter(raw) : raw;
}

export function scanText(file: string, raw: string, lexicon: readonly MatchableEntity[]): ScannedFile {
  const text = textOf(file, raw);
  return { file, chars: text.length, text, mentions: findMentions(text, compileMatcher(lexicon), { context: newDocumentContext() }) };
}

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
