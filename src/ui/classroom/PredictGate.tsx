// Classroom mode's gate: the student commits a prediction before anything that could answer the
// question shows (the description, the counterpoints, the quotes, the figures). Usable from the
// keyboard and with a screen reader: a named group of choices (or a labelled text box), a button
// that is never disabled (a disabled button cannot be found by Tab) and says what is missing, and
// focus on what was revealed once it is.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Lang, Question } from '../../core/types';
import type { Translate } from '../i18n';

export interface PredictGateProps {
  t: Translate;
  lang: Lang;
  question: Question | null;
  /** Already answered on this page: show what it hides straight away. */
  answered: boolean;
  onReveal(answer: string): void;
  children: ComponentChildren;
}

export function PredictGate({ t, lang, question, answered, onReveal, children }: PredictGateProps) {
  const [revealed, setRevealed] = useState(answered);
  const [justRevealed, setJustRevealed] = useState(false);
  const [answer, setAnswer] = useState('');
  const [missing, setMissing] = useState(false);
  const revealedRef = useRef<HTMLDivElement>(null);
  // In the same commit that removes the form: focus never falls back to <body> between the two, so
  // a screen reader goes straight from the button to what it revealed.
  useLayoutEffect(() => {
    if (justRevealed) revealedRef.current?.focus();
  }, [justRevealed]);
  if (revealed || !question) {
    return justRevealed ? (
      <div class="revealed" role="region" ref={revealedRef} tabIndex={-1} aria-label={t('classroomRevealedLabel')}>
        {children}
      </div>
    ) : (
      <>{children}</>
    );
  }
  const reveal = () => {
    if (!answer.trim()) {
      setMissing(true);
      return;
    }
    setRevealed(true);
    setJustRevealed(true);
    onReveal(answer.trim());
  };
  const choose = (value: string) => {
    setAnswer(value);
    setMissing(false);
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
        {question.options?.length ? (
          <fieldset class="options" aria-describedby={missing ? 'cp-missing' : undefined}>
            <legend class="question">{question.prompt[lang]}</legend>
            {question.options.map((option, index) => (
              <label key={index} class="option">
                <input type="radio" name="cp-answer" value={option[lang]} checked={answer === option[lang]} onChange={() => choose(option[lang])} />
                {option[lang]}
              </label>
            ))}
          </fieldset>
        ) : (
          <>
            <p class="question" id="cp-question">{question.prompt[lang]}</p>
            <label class="answer">
              <span class="visually-hidden">{t('classroomAnswerLabel')}</span>
              <textarea rows={2} maxLength={1000} value={answer} aria-describedby={missing ? 'cp-question cp-missing' : 'cp-question'} onInput={(event) => choose(event.currentTarget.value)} />
            </label>
          </>
        )}
        {missing && (
          <p class="missing" id="cp-missing" role="alert">
            {t('classroomAnswerFirst')}
          </p>
        )}
        <button type="submit" class="primary">
          {t('classroomReveal')}
        </button>
      </form>
    </section>
  );
}
