'use client';

import { useId, useRef } from 'react';
import { setQuestionCreditAction } from '@/app/(teacher)/teach/attempts/[attemptId]/actions';
import { useFormAction } from '@/components/forms/use-form-action';
import { formatPoints } from '@/components/quiz/format';
import { Button } from '@/components/ui/button';
import { fieldControl, fieldLabel } from '@/components/ui/field';
import { FormError, StatusMessage } from '@/components/ui/status-message';
import { ScoreReasonFields, unplacedError, useResetOnSave } from './score-reason-fields';

type Props = { attemptId: string; questionId: string; questionNumber: number; studentName: string };

/**
 * Gives or takes credit on one question of this attempt, with the reason the student reads. The
 * server re-renders the page with the action's answer, so the log and the total update at once.
 */
export function QuestionCreditForm({ attemptId, questionId, questionNumber, studentName }: Props) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { state, isPending, formProps, fieldError, formError } = useFormAction(setQuestionCreditAction);
  // "Next student" keeps this question in view (attempt-neighbour-links.tsx reads the hash).
  useResetOnSave(state, formRef, () => history.replaceState(null, '', `#question-${questionNumber}`));
  const done = state?.ok ? state.credit : undefined;
  return (
    <details className="rounded-lg border border-stone-300 px-4 py-3 dark:border-stone-700" open={Boolean(state)}>
      <summary className="cursor-pointer font-semibold underline underline-offset-4">
        Change credit<span className="sr-only"> for question {questionNumber}</span>
      </summary>
      <form ref={formRef} {...formProps} className="mt-3 max-w-md space-y-3">
        <FormError>{unplacedError(formError, fieldError)}</FormError>
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
        <ScoreReasonFields
          scoreLabel="Score out of 1"
          scoreHint="For “a score of my own”, such as 0.5."
          reasonLabel={`Reason (${studentName} reads it)`}
          fieldError={fieldError}
        />
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
