'use client';

import { useEffect, useId, useRef } from 'react';
import { setQuestionCreditAction } from '@/app/(teacher)/teach/attempts/[attemptId]/actions';
import { useFormAction } from '@/components/forms/use-form-action';
import { formatPoints } from '@/components/quiz/format';
import { Button } from '@/components/ui/button';
import { FieldError, fieldControl, fieldHint, fieldLabel } from '@/components/ui/field';
import { FormError, StatusMessage } from '@/components/ui/status-message';

type Props = { attemptId: string; questionId: string; questionNumber: number; studentName: string };

/**
 * Gives or takes credit on one question of this attempt, with the reason the student reads. The
 * server re-renders the page with the action's answer, so the log and the total update at once.
 */
export function QuestionCreditForm({ attemptId, questionId, questionNumber, studentName }: Props) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { state, isPending, formProps, fieldError, formError } = useFormAction(setQuestionCreditAction);
  useEffect(() => {
    if (!state?.ok) return;
    formRef.current?.reset();
    // "Next student" keeps this question in view (attempt-neighbour-links.tsx reads the hash).
    history.replaceState(null, '', `#question-${questionNumber}`);
  }, [state, questionNumber]);
  const scoreError = fieldError('score');
  const reasonError = fieldError('reason');
  const done = state?.ok ? state.credit : undefined;
  return (
    <details className="rounded-lg border border-stone-300 px-4 py-3 dark:border-stone-700" open={Boolean(state)}>
      <summary className="cursor-pointer font-semibold underline underline-offset-4">
        Change credit<span className="sr-only"> for question {questionNumber}</span>
      </summary>
      <form ref={formRef} {...formProps} className="mt-3 max-w-md space-y-3">
        <FormError>{formError && !scoreError && !reasonError ? formError : undefined}</FormError>
        <input type="hidden" name="attemptId" value={attemptId} />
        <input type="hidden" name="questionId" value={questionId} />
        <div className="space-y-1">
          <label htmlFor={`${id}-credit`} className={fieldLabel}>
            Credit
          </label>
          <select id={`${id}-credit`} name="credit" defaultValue="full" className={fieldControl}>
            <option value="full">Full credit (1 of 1)</option>
            <option value="none">No credit (0 of 1)</option>
            <option value="score">A score of my own</option>
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-score`} className={fieldLabel}>
            Score out of 1
          </label>
          <p id={`${id}-score-hint`} className={fieldHint}>
            For “a score of my own”, such as 0.5.
          </p>
          <input
            id={`${id}-score`}
            name="score"
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={scoreError ? true : undefined}
            aria-describedby={scoreError ? `${id}-score-hint ${id}-score-error` : `${id}-score-hint`}
            className={fieldControl}
          />
          <FieldError id={`${id}-score-error`} error={scoreError} />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-reason`} className={fieldLabel}>
            Reason ({studentName} reads it)
          </label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={2}
            maxLength={500}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${id}-reason-error` : undefined}
            className={`${fieldControl} py-2`}
          />
          <FieldError id={`${id}-reason-error`} error={reasonError} />
        </div>
        <Button type="submit" variant="secondary" disabled={isPending}>
          {isPending ? 'Saving…' : 'Save credit'}
          <span className="sr-only"> for question {questionNumber}</span>
        </Button>
        <StatusMessage>
          {done
            ? `Saved: question ${questionNumber} ${formatPoints(done.oldScore)} → ${formatPoints(done.newScore)} of 1${
                done.newAttemptScore !== null ? `; total now ${formatPoints(done.newAttemptScore)}` : ''
              }.`
            : ''}
        </StatusMessage>
      </form>
    </details>
  );
}
