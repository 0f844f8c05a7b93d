// Every highlight the engine makes on the real pages, with a few words of context, and the
// judgments kept for them in test/fixtures/mentions/page-judgments.json (`npm run eval` reads both).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { scanWith } from '../../src/cli/scan';
import type { Matcher } from '../../src/core/mentions';
import { reasonText } from '../../src/ui/card/reason-text';
import { translator } from '../../src/ui/i18n';
import { PROJECT_ROOT } from '../demo/routes';
import { listRealPages } from '../pages/page-set';

export const JUDGMENTS_FILE = join(PROJECT_ROOT, 'test', 'fixtures', 'mentions', 'page-judgments.json');

export interface Highlight {
  /** "pages/FILE" or "pages-multilingual/FILE". */
  page: string;
  entity: string;
  text: string;
  /** A few words either side, the highlight in [brackets], spaces collapsed. */
  context: string;
  fuzzy: boolean;
  reason: string;
}

export interface Judgment {
  page: string;
  entity: string;
  text: string;
  context: string;
  verdict: 'right' | 'wrong';
  why: string;
}

const WORDS_AROUND = 4;
const english = translator('en');

/** Up to WORDS_AROUND words either side of [start, end), within the same block. */
export function contextOf(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 120), start).split(/\n\s*\n/).pop()!.split(/\s+/).filter(Boolean).slice(-WORDS_AROUND).join(' ');
  const after = text.slice(end, end + 120).split(/\n\s*\n/)[0]!.split(/\s+/).filter(Boolean).slice(0, WORDS_AROUND).join(' ');
  const mention = text.slice(start, end).replace(/\s+/g, ' ');
  // A highlight inside a word's run ("Trump’s") keeps its neighbours attached.
  const glue = (side: string, atStart: boolean) => (side && /\s/.test(atStart ? text[start - 1] ?? ' ' : text[end] ?? ' ') ? ' ' : '');
  return shortWords(`${before}${glue(before, true)}[${mention}]${glue(after, false)}${after}`.trim());
}

/** Words longer than this (addresses, mostly) are cut: the context says where, it does not copy the page. */
const LONGEST_WORD = 40;
export const shortWords = (context: string) =>
  context.split(' ').map((word) => (word.length > LONGEST_WORD && !word.includes('[') ? `${word.slice(0, LONGEST_WORD - 3)}…` : word)).join(' ');

export function highlightsOf(dir: string, matcher: Matcher): Highlight[] {
  const folder = basename(dir);
  const highlights: Highlight[] = [];
  for (const page of listRealPages(dir)) {
    const scanned = scanWith(page.file, readFileSync(join(dir, page.file), 'utf8'), matcher);
    for (const mention of scanned.mentions) {
      highlights.push({
        page: `${folder}/${page.file}`,
        entity: mention.entityId,
        text: mention.text.replace(/\s+/g, ' '),
        context: contextOf(scanned.text, mention.start, mention.end),
        fuzzy: mention.fuzzy,
        reason: reasonText(english, mention),
      });
    }
  }
  return highlights;
}

export const judgmentKey = (item: Pick<Judgment, 'page' | 'entity' | 'text' | 'context'>) => `${item.page}\u0000${item.entity}\u0000${item.text}\u0000${item.context}`;

export function loadJudgments(): Judgment[] {
  return existsSync(JUDGMENTS_FILE) ? (JSON.parse(readFileSync(JUDGMENTS_FILE, 'utf8')) as Judgment[]) : [];
}
