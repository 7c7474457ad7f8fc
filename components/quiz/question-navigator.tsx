import { useState, type Ref } from 'react';
import type { QuestionView } from '@/lib/attempts/views';
import type { Response } from '@/lib/grading/response';
import { ANSWER_STATE_ICON, ANSWER_STATE_TEXT, answerState } from './answer-state';

const itemClass =
  'inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-lg border px-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300';
const currentClass =
  'border-2 border-blue-700 bg-blue-50 text-blue-900 underline underline-offset-4 dark:border-blue-300 dark:bg-blue-950 dark:text-blue-100';
const otherClass =
  'border-stone-500 bg-white text-stone-900 hover:bg-stone-100 dark:border-stone-400 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800';

/** The id of the navigator, for the skip link under each question's heading. */
export const NAVIGATOR_ID = 'question-list';

/**
 * Buttons 1..N marked answered, partly answered or not by icon and hidden text, plus Review. On a
 * phone the buttons fold under one "Questions: 3 of 12 answered" button, so the question itself is
 * on the first screen; from `sm` up they are always shown and that button is not.
 */
export function QuestionNavigator({
  questions,
  responses,
  current,
  onGo,
  navRef,
}: {
  questions: QuestionView[];
  responses: Record<string, Response>;
  current: number | 'review';
  onGo: (screen: number | 'review') => void;
  navRef?: Ref<HTMLElement>;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const answered = questions.filter((q) => answerState(q, responses[q.id]) === 'answered').length;
  const shown = isOpen ? 'flex' : 'hidden sm:flex';
  return (
    <nav id={NAVIGATOR_ID} ref={navRef} tabIndex={-1} aria-label="Questions" className="focus:outline-none">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={`${NAVIGATOR_ID}-items`}
        onClick={() => setIsOpen((open) => !open)}
        className={`${itemClass} ${otherClass} w-full justify-between px-3 sm:hidden`}
      >
        <span>
          Questions: {answered} of {questions.length} answered
        </span>
        <span aria-hidden="true">{isOpen ? '▴' : '▾'}</span>
      </button>
      <ol id={`${NAVIGATOR_ID}-items`} className={`${shown} mt-2 flex-wrap gap-2 sm:mt-0`}>
        {questions.map((question, index) => {
          const state = answerState(question, responses[question.id]);
          const isCurrent = current === index;
          return (
            <li key={question.id}>
              <button
                type="button"
                aria-current={isCurrent ? 'step' : undefined}
                onClick={() => onGo(index)}
                className={`${itemClass} ${isCurrent ? currentClass : otherClass}`}
              >
                <span aria-hidden="true">{ANSWER_STATE_ICON[state]}</span>
                {index + 1}
                <span className="sr-only">, {ANSWER_STATE_TEXT[state].toLowerCase()}</span>
              </button>
            </li>
          );
        })}
        <li>
          <button
            type="button"
            aria-current={current === 'review' ? 'step' : undefined}
            onClick={() => onGo('review')}
            className={`${itemClass} px-3 ${current === 'review' ? currentClass : otherClass}`}
          >
            Review
          </button>
        </li>
      </ol>
      {/* A key for sighted readers; each button already says its state in words to a screen reader. */}
      <p
        aria-hidden="true"
        className={`${isOpen ? '' : 'hidden sm:block'} mt-2 text-xs text-stone-700 dark:text-stone-300`}
      >
        ✓ answered · ◐ partly answered · ○ not answered
      </p>
    </nav>
  );
}
