'use client';

import { useEffect, useId, useRef } from 'react';
import { overrideGradeAction } from '@/app/(teacher)/teach/classes/[classId]/gradebook/actions';
import { useFormAction } from '@/components/forms/use-form-action';
import { FieldError, fieldControl } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { ErrorMessage, StatusMessage, errorText } from '@/components/ui/status-message';

type Props = { assignmentId: string; studentId: string; studentName: string; assignmentTitle: string; max: number };

/** Sets a score, excuses, or clears the last change, with the reason the log keeps. */
export function OverrideForm({ assignmentId, studentId, studentName, assignmentTitle, max }: Props) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { state, isPending, formProps, fieldError, formError } = useFormAction(overrideGradeAction);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  const scoreError = fieldError('score');
  const reasonError = fieldError('reason');
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold underline underline-offset-4">
        Change grade
        <span className="sr-only">
          {' '}
          for {studentName}, {assignmentTitle}
        </span>
      </summary>
      <form ref={formRef} {...formProps} className="mt-2 w-56 space-y-2">
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <input type="hidden" name="studentId" value={studentId} />
        <label htmlFor={`${id}-action`} className="block font-semibold">
          Change
        </label>
        <select id={`${id}-action`} name="action" className={fieldControl}>
          <option value="score">Set the score</option>
          <option value="excuse">Excuse</option>
          <option value="clear">Clear the last change</option>
        </select>
        <label htmlFor={`${id}-score`} className="block font-semibold">
          Score out of {max}
        </label>
        <input
          id={`${id}-score`}
          name="score"
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={scoreError ? true : undefined}
          aria-describedby={scoreError ? `${id}-score-error` : undefined}
          className={fieldControl}
        />
        <FieldError id={`${id}-score-error`} error={scoreError} />
        <label htmlFor={`${id}-reason`} className="block font-semibold">
          Reason
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
        <ErrorMessage className={`${errorText} text-sm empty:hidden`}>
          {formError && !scoreError && !reasonError ? formError : undefined}
        </ErrorMessage>
        <Button type="submit" disabled={isPending} variant="secondary">
          {isPending ? 'Saving…' : 'Save'}
        </Button>
        <StatusMessage className="font-semibold">{state?.ok ? 'Grade changed.' : ''}</StatusMessage>
      </form>
    </details>
  );
}
