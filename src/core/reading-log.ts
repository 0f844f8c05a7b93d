// Classroom mode's reading log: what a student opened, predicted and was shown, per article.
// Pure data and operations; storage is the background's job.
import { sourceName, type SourceName } from './provenance';
import type { CardData, Lang } from './types';

/** Enough of the page text around a mention to find it again (a W3C TextQuoteSelector). */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface LogEntry {
  id: string;
  url: string;
  pageTitle: string;
  entityId: string;
  quote: TextQuote;
  questionId: string | null;
  question: string;
  answer: string;
  /** The topic and claims the card revealed after the prediction. */
  revealedTopicId: string | null;
  revealedClaimIds: string[];
  openedAt: string;
  revealedAt: string;
  /** The page's address was longer than the log keeps (MAX_LOG_URL), so it was shortened. */
  urlShortened?: boolean;
}

/**
 * What the card frame records: the entry without the page's address and title, which the
 * background takes from the tab the frame is in, so nothing the page says can put them there.
 */
export type Prediction = Omit<LogEntry, 'url' | 'pageTitle'>;

export const MAX_LOG_ENTRIES = 5_000;
/** Longest address and title a stored entry keeps; what a page sends may be longer (see fitLogEntry). */
export const MAX_LOG_URL = 4_000;
export const MAX_LOG_TITLE = 1_000;
/** Chromium's own limit on a URL: nothing a page reports can be longer. */
const MAX_PAGE_URL = 2 * 1024 * 1024;
const QUOTE_CONTEXT = 32;

/** The selector for [start, end) in a text: the words plus a little on either side. */
export function textQuoteFor(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

/** Newest last; the oldest entries go first when the log is full. */
export function appendEntry(log: readonly LogEntry[], entry: LogEntry): LogEntry[] {
  return [...log.filter((existing) => existing.id !== entry.id), entry].slice(-MAX_LOG_ENTRIES);
}

export interface ArticleLog {
  url: string;
  pageTitle: string;
  entries: LogEntry[];
}

/** The log grouped by article, most recent article first. */
export function groupByArticle(log: readonly LogEntry[]): ArticleLog[] {
  const byUrl = new Map<string, ArticleLog>();
  for (const entry of log) {
    const article = byUrl.get(entry.url) ?? { url: entry.url, pageTitle: entry.pageTitle, entries: [] };
    article.entries.push(entry);
    byUrl.set(entry.url, article);
  }
  const latest = (article: ArticleLog) => article.entries.reduce((max, entry) => (entry.revealedAt > max ? entry.revealedAt : max), '');
  return [...byUrl.values()].sort((a, b) => latest(b).localeCompare(latest(a)));
}

function isEntryWithin(value: unknown, maxUrl: number, maxTitle: number): value is LogEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const isString = (key: string, max = 20_000) => typeof entry[key] === 'string' && (entry[key] as string).length <= max;
  const quote = entry.quote as Record<string, unknown> | undefined;
  return (
    isString('id', 200) && isString('url', maxUrl) && isString('pageTitle', maxTitle) && isString('entityId', 200) &&
    (entry.urlShortened === undefined || typeof entry.urlShortened === 'boolean') &&
    (entry.questionId === null || isString('questionId', 200)) && isString('question') && isString('answer') &&
    (entry.revealedTopicId === null || isString('revealedTopicId', 200)) &&
    Array.isArray(entry.revealedClaimIds) && entry.revealedClaimIds.length <= 500 && entry.revealedClaimIds.every((id) => typeof id === 'string' && id.length <= 200) &&
    isString('openedAt', 40) && isString('revealedAt', 40) &&
    typeof quote === 'object' && quote !== null && ['exact', 'prefix', 'suffix'].every((key) => typeof quote[key] === 'string' && (quote[key] as string).length <= 2_000)
  );
}

/** Accepts only well-formed entries: the log is read back from storage and from imported files. */
export const isLogEntry = (value: unknown): value is LogEntry => isEntryWithin(value, MAX_LOG_URL, MAX_LOG_TITLE);

/** What a page may send to be logged: a well-formed entry whose address or title may still be too long to keep. */
export const isLogEntryDraft = (value: unknown): value is LogEntry => isEntryWithin(value, MAX_PAGE_URL, 100_000);

/**
 * An address short enough to keep, that still leads to the page where it can: the fragment goes
 * first, then the query, and only then is the path cut.
 */
export function shortenUrl(url: string, max = MAX_LOG_URL): string {
  if (url.length <= max) return url;
  const withoutFragment = url.split('#')[0] ?? url;
  if (withoutFragment.length <= max) return withoutFragment;
  const withoutQuery = withoutFragment.split('?')[0] ?? withoutFragment;
  return withoutQuery.slice(0, max);
}

/** An entry as the log keeps it: a long address shortened (and marked so), a long title cut with an ellipsis. */
export function fitLogEntry(entry: LogEntry): LogEntry {
  const url = shortenUrl(entry.url);
  const pageTitle = entry.pageTitle.length > MAX_LOG_TITLE ? `${entry.pageTitle.slice(0, MAX_LOG_TITLE - 1)}…` : entry.pageTitle;
  return { ...entry, url, pageTitle, ...(url !== entry.url ? { urlShortened: true } : {}) };
}

export function isPrediction(value: unknown): value is Prediction {
  return typeof value === 'object' && value !== null && !('url' in value) && !('pageTitle' in value) && isLogEntry({ ...value, url: '', pageTitle: '' });
}

/** The log entry for a prediction made on the page at `url`, whose title is `pageTitle`, as the log keeps it. */
export function logEntryFor(prediction: Prediction, page: { url: string; pageTitle: string }): LogEntry {
  return fitLogEntry({ ...prediction, url: page.url, pageTitle: page.pageTitle });
}

/** What a card revealed after a prediction, for the log to set beside it: each position shown and who holds it. */
export interface RevealedSummary {
  question: string;
  /** Who holds each position: a named speaker, or the outlet speaking itself (which may be unnamed). */
  positions: { summary: string; speakers: ({ name: string } | { outlet: SourceName })[] }[];
}

/**
 * The topic and claims an entry revealed, read from the fact base as it is now; null when it no
 * longer has them (a teacher pack switched off), where the log falls back to a count.
 */
export function revealedSummary(entry: LogEntry, card: CardData | null, lang: Lang): RevealedSummary | null {
  const topic = card?.topics.find((candidate) => candidate.id === entry.revealedTopicId);
  if (!card || !topic) return null;
  const revealed = new Set(entry.revealedClaimIds);
  const positions = topic.positions.flatMap((position) => {
    const claims = position.claims.filter((claimId) => revealed.has(claimId)).flatMap((claimId) => card.claims[claimId] ?? []);
    if (!claims.length) return [];
    const byKey = new Map<string, { name: string } | { outlet: SourceName }>();
    for (const claim of claims) {
      if (claim.speaker) byKey.set(`s:${claim.speaker}`, { name: card.speakers[claim.speaker]?.name[lang] ?? claim.speaker });
      else byKey.set(`o:${claim.source}`, { outlet: sourceName(card.sources[claim.source], claim.source) });
    }
    return [{ summary: position.summary[lang], speakers: [...byKey.values()] }];
  });
  return { question: topic.question[lang], positions };
}
