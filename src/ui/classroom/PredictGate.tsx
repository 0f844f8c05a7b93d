// Classroom mode's gate: the student answers a short question before the counterpoints show.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Lang, Question } from '../../core/types';
import type { Translate } from '../i18n';

export interface PredictGateProps {
  t: Translate;
  lang: Lang;
  question: Question | null;
  /** Already answered on this page: show the counterpoints straight away. */
  answered: boolean;
  onReveal(answer: string): void;
  children: ComponentChildren;
}

export function PredictGate({ t, lang, question, answered, onReveal, children }: PredictGateProps) {
  const [revealed, setRevealed] = useState(answered);
  const [answer, setAnswer] = useState('');
  if (revealed || !question) return <>{children}</>;
  const reveal = () => {
    if (!answer.trim()) return;
    setRevealed(true);
    onReveal(answer.trim());
  };
  return (
    <section class="section predict" aria-labelledby="cp-predict">
      <h3 id="cp-predict">
        <span class="classroom-badge">{t('classroomBadge')}</span> {t('classroomPredictHeading')}
      </h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          reveal();
        }}
      >
        <p class="question" id="cp-question">{question.prompt[lang]}</p>
        {question.options?.length ? (
          <fieldset class="options" aria-labelledby="cp-question">
            {question.options.map((option, index) => (
              <label key={index} class="option">
                <input type="radio" name="cp-answer" value={option[lang]} checked={answer === option[lang]} onChange={() => setAnswer(option[lang])} />
                {option[lang]}
              </label>
            ))}
          </fieldset>
        ) : (
          <label class="answer">
            <span class="visually-hidden">{t('classroomAnswerLabel')}</span>
            <textarea rows={2} maxLength={1000} value={answer} aria-describedby="cp-question" onInput={(event) => setAnswer(event.currentTarget.value)} />
          </label>
        )}
        <button type="submit" class="primary" disabled={!answer.trim()}>
          {t('classroomReveal')}
        </button>
      </form>
    </section>
  );
}
