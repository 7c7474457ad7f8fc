'use client';

import { useEffect, useId, type RefObject } from 'react';
import { FieldError, describedBy, fieldControl, fieldHint, fieldLabel } from '@/components/ui/field';

// What a teacher's change of a grade asks for, in the gradebook (override-form.tsx, the whole
// assignment) and on an attempt (question-credit-form.tsx, one question): a score and the reason
// that is kept in the log. Both actions name the fields `score` and `reason`.

type FieldErrorOf = (name: string) => string | undefined;

export function ScoreReasonFields({
  scoreLabel,
  scoreHint,
  reasonLabel,
  fieldError,
}: {
  scoreLabel: string;
  scoreHint?: string;
  reasonLabel: string;
  fieldError: FieldErrorOf;
}) {
  const id = useId();
  const scoreError = fieldError('score');
  const reasonError = fieldError('reason');
  const hintId = scoreHint ? `${id}-score-hint` : undefined;
  return (
    <>
      <div className="space-y-1">
        <label htmlFor={`${id}-score`} className={fieldLabel}>
          {scoreLabel}
        </label>
        {scoreHint && (
          <p id={hintId} className={fieldHint}>
            {scoreHint}
          </p>
        )}
        <input
          id={`${id}-score`}
          name="score"
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={scoreError ? true : undefined}
          aria-describedby={describedBy({ hintId, errorId: scoreError ? `${id}-score-error` : undefined })}
          className={fieldControl}
        />
        <FieldError id={`${id}-score-error`} error={scoreError} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-reason`} className={fieldLabel}>
          {reasonLabel}
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
    </>
  );
}

/** The form's own error, when it is not already shown beside the score or the reason. */
export function unplacedError(formError: string | undefined, fieldError: FieldErrorOf): string | undefined {
  return formError && !fieldError('score') && !fieldError('reason') ? formError : undefined;
}

/** Once a change is saved the fields empty, ready for the next one; `onSaved` runs after. */
export function useResetOnSave(
  state: { ok: boolean } | undefined | null,
  formRef: RefObject<HTMLFormElement | null>,
  onSaved?: () => void,
) {
  useEffect(() => {
    if (!state?.ok) return;
    formRef.current?.reset();
    onSaved?.();
    // onSaved is read when a new state arrives, not a reason to run again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, formRef]);
}
