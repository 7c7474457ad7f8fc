import { useState, type Ref } from 'react';
import type { AnswerView, QuestionView } from '@/lib/attempts/views';
import { VERDICT_ICON, verdictText } from './format';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { StatusMessage } from '@/components/ui/status-message';

export type FinishState = { state: 'idle' | 'submitting' | 'retrying' } | { state: 'error'; message: string };

function finishText(finish: FinishState, isWaitingForChecks: boolean): string {
  if (isWaitingForChecks) return 'Waiting for an answer to be checked…';
  if (finish.state === 'submitting') return 'Finishing…';
  if (finish.state === 'retrying') return 'Not reached the server yet — retrying…';
  if (finish.state === 'error') return `Could not finish: ${finish.message}`;
  return '';
}

/**
 * The end of a practice run: how it went, a way back to any question, and Finish practice, which
 * first says what unchecked questions mean (they are left out of the result, not counted wrong).
 */
export function PracticeSummary({
  questions,
  answers,
  headingRef,
  finish,
  isWaitingForChecks,
  onGo,
  onFinish,
}: {
  questions: QuestionView[];
  answers: Record<string, AnswerView>;
  headingRef: Ref<HTMLHeadingElement>;
  finish: FinishState;
  isWaitingForChecks: boolean;
  onGo: (index: number) => void;
  onFinish: () => void;
}) {
  const checked = questions.filter((q) => answers[q.id]?.feedback).length;
  const correct = questions.filter((q) => answers[q.id]?.feedback?.verdict === 'correct').length;
  const isBusy = isWaitingForChecks || finish.state === 'submitting' || finish.state === 'retrying';
  const message = finishText(finish, isWaitingForChecks);
  const unchecked = questions.length - checked;
  const [isWarning, setIsWarning] = useState(false);
  return (
    <section className="space-y-5">
      <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold tracking-tight focus:outline-none">
        Practice summary
      </h2>
      <p className="text-lg leading-relaxed">
        You checked {checked} of {questions.length} questions, and {correct} {correct === 1 ? 'is' : 'are'} correct.
      </p>
      <ol className="divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-800 dark:border-stone-800">
        {questions.map((question, index) => {
          const feedback = answers[question.id]?.feedback;
          return (
            <li key={question.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:gap-4">
              <div className="min-w-0 flex-1">
                <p className="font-semibold">Question {index + 1}</p>
                <p className="truncate text-stone-700 dark:text-stone-300">{question.prompt}</p>
              </div>
              <p>
                <span aria-hidden="true">{feedback ? VERDICT_ICON[feedback.verdict] : '○'} </span>
                {feedback ? verdictText(feedback) : 'Not checked'}
              </p>
              <Button type="button" onClick={() => onGo(index)} variant="secondary" className="text-sm">
                Go to<span className="sr-only"> question {index + 1}</span>
              </Button>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          aria-disabled={isBusy || undefined}
          onClick={() => {
            if (isBusy) return;
            if (unchecked > 0) setIsWarning(true);
            else onFinish();
          }}
          variant="primary"
        >
          Finish practice
        </Button>
        <StatusMessage>{message}</StatusMessage>
      </div>
      <ConfirmDialog
        isOpen={isWarning}
        title={`${unchecked} ${unchecked === 1 ? 'question is' : 'questions are'} not checked`}
        cancelLabel="Keep practising"
        confirmLabel="Finish anyway"
        busyLabel="Finishing…"
        isBusy={isBusy}
        onConfirm={() => {
          setIsWarning(false);
          onFinish();
        }}
        onCancel={() => setIsWarning(false)}
      >
        <p>
          Your result counts only the {checked} {checked === 1 ? 'question' : 'questions'} you checked. Once you finish,
          the results show every answer, so unchecked questions can no longer be tried.
        </p>
      </ConfirmDialog>
    </section>
  );
}
