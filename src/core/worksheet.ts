// What a printable worksheet lists: each mention, its question, the student's answer (or lines
// to write on), and the counterpoints with their sources. Built from the reading log in the
// extension, and from a scanned article by the command line.
import { cardView, type TopicView } from './card-view';
import type { LogEntry } from './reading-log';
import type { CardData, Lang } from './types';

export interface WorksheetItem {
  mention: string;
  entityName: string;
  question: string;
  /** null: the worksheet leaves room to write. */
  answer: string | null;
  topic: TopicView | null;
}

export interface WorksheetModel {
  title: string;
  url: string;
  items: WorksheetItem[];
}

export function worksheetFromLog(entries: readonly LogEntry[], lookup: (entityId: string) => CardData | undefined, lang: Lang): WorksheetModel {
  const first = entries[0];
  return {
    title: first?.pageTitle ?? '',
    url: first?.url ?? '',
    items: entries.map((entry) => {
      const data = lookup(entry.entityId);
      const view = data ? cardView(data, lang) : null;
      return { mention: entry.quote.exact, entityName: view?.title ?? entry.entityId, question: entry.question, answer: entry.answer, topic: view?.topic ?? null };
    }),
  };
}

/** One item per entity found, in the order the article first mentions them. */
export function worksheetFromMentions(
  title: string,
  url: string,
  mentions: readonly { entityId: string; text: string }[],
  lookup: (entityId: string) => CardData | undefined,
  lang: Lang,
): WorksheetModel {
  const seen = new Set<string>();
  const items: WorksheetItem[] = [];
  for (const mention of mentions) {
    if (seen.has(mention.entityId)) continue;
    seen.add(mention.entityId);
    const data = lookup(mention.entityId);
    if (!data) continue;
    const view = cardView(data, lang);
    items.push({ mention: mention.text, entityName: view.title, question: data.question?.prompt[lang] ?? '', answer: null, topic: view.topic });
  }
  return { title, url, items };
}
