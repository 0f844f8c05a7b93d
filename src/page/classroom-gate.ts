// Classroom mode on the page: puts the prediction question in front of a card's counterpoints,
// and records what the student wrote and what the card then revealed.
import { h, type ComponentChildren } from 'preact';
import { textQuoteFor, type LogEntry } from '../core/reading-log';
import type { Lang } from '../core/types';
import { PredictGate } from '../ui/classroom/PredictGate';
import type { Translate } from '../ui/i18n';
import type { OpenedCard } from './card-controller';

export interface ClassroomGateOptions {
  isOn(): boolean;
  language(): { lang: Lang; t: Translate };
  record(entry: LogEntry): void;
  document: Document;
}

/** The words of the mention with a little of the text on either side, from the page itself. */
function quoteOf(range: Range) {
  const before = range.startContainer.textContent ?? '';
  const after = range.endContainer.textContent ?? '';
  const exact = range.toString();
  const text = `${before.slice(0, range.startOffset)}${exact}${after.slice(range.endOffset)}`;
  const start = range.startOffset;
  return textQuoteFor(text, start, start + exact.length);
}

export function createClassroomGate(options: ClassroomGateOptions) {
  const answered = new Set<string>();
  return (opened: OpenedCard, counterpoints: ComponentChildren): ComponentChildren => {
    if (!options.isOn()) return counterpoints;
    const { lang, t } = options.language();
    const { pageMention, data, view } = opened;
    const entityId = data.entity.id;
    const openedAt = new Date().toISOString();
    return h(PredictGate, {
      t,
      lang,
      question: data.question ?? null,
      answered: answered.has(entityId),
      children: counterpoints,
      onReveal: (answer: string) => {
        answered.add(entityId);
        options.record({
          id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
          url: options.document.location.href,
          pageTitle: options.document.title.slice(0, 1_000),
          entityId,
          quote: quoteOf(pageMention.range),
          questionId: data.question?.id ?? null,
          question: data.question?.prompt[lang] ?? '',
          answer: answer.slice(0, 1_000),
          revealedTopicId: view.topic?.id ?? null,
          revealedClaimIds: view.topic?.positions.flatMap((position) => position.claims.map((claim) => claim.id)) ?? [],
          openedAt,
          revealedAt: new Date().toISOString(),
        });
      },
    });
  };
}
