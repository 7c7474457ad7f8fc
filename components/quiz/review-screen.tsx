import type { Ref } from 'react';
import type { QuestionView } from '@/lib/attempts/views';
import type { Response } from '@/lib/grading/response';
import { ANSWER_STATE_ICON, ANSWER_STATE_TEXT, answerState } from './answer-state';
import { Button } from '@/components/ui/button';

/** Every question with its state, a way back to each, and the Submit button. */
export function ReviewScreen({
  questions,
  responses,
  headingRef,
  onGo,
  onSubmit,
}: {
  questions: QuestionView[];
  responses: Record<string, Response>;
  headingRef: Ref<HTMLHeadingElement>;
  onGo: (index: number) => void;
  onSubmit: () => void;
}) {
  const states = questions.map((q) => answerState(q, responses[q.id]));
  const answered = states.filter((s) => s === 'answered').length;
  return (
    <section className="space-y-5">
      <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold tracking-tight focus:outline-none">
        Review your answers
      </h2>
      <p className="leading-relaxed">
        You have answered {answered} of {questions.length} questions.
        {answered < questions.length && ' Questions you leave unanswered score 0.'}
      </p>
      <ol className="divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-800 dark:border-stone-800">
        {questions.map((question, index) => {
          const state = states[index] ?? 'unanswered';
          return (
            <li key={question.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:gap-4">
              <div className="min-w-0 flex-1">
                <p className="font-semibold">Question {index + 1}</p>
                <p className="truncate text-stone-700 dark:text-stone-300">{question.prompt}</p>
              </div>
              <p
                className={
                  state === 'answered'
                    ? 'text-stone-800 dark:text-stone-200'
                    : 'font-semibold text-amber-900 dark:text-amber-200'
                }
              >
                <span aria-hidden="true">{ANSWER_STATE_ICON[state]} </span>
                {ANSWER_STATE_TEXT[state]}
              </p>
              <Button type="button" onClick={() => onGo(index)} variant="secondary" className="text-sm">
                {state === 'answered' ? 'Change' : 'Answer'}
                <span className="sr-only"> question {index + 1}</span>
              </Button>
            </li>
          );
        })}
      </ol>
      <Button type="button" onClick={onSubmit} variant="primary">
        Submit
      </Button>
    </section>
  );
}
