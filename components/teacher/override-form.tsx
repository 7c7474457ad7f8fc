'use client';

import { useId, useRef } from 'react';
import { overrideGradeAction } from '@/app/(teacher)/teach/classes/[classId]/gradebook/actions';
import { useFormAction } from '@/components/forms/use-form-action';
import { fieldControl, fieldLabel } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { ErrorMessage, StatusMessage, errorText } from '@/components/ui/status-message';
import { ScoreReasonFields, unplacedError, useResetOnSave } from './score-reason-fields';

type Props = { assignmentId: string; studentId: string; studentName: string; assignmentTitle: string; max: number };

/** Sets a score, excuses, or clears the last change, with the reason the log keeps. */
export function OverrideForm({ assignmentId, studentId, studentName, assignmentTitle, max }: Props) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { state, isPending, formProps, fieldError, formError } = useFormAction(overrideGradeAction);
  useResetOnSave(state, formRef);
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
        <div className="space-y-1">
          <label htmlFor={`${id}-action`} className={fieldLabel}>
            Change
          </label>
          <select id={`${id}-action`} name="action" className={fieldControl}>
            <option value="score">Set the score</option>
            <option value="excuse">Excuse</option>
            <option value="clear">Clear the last change</option>
          </select>
        </div>
        <ScoreReasonFields scoreLabel={`Score out of ${max}`} reasonLabel="Reason" fieldError={fieldError} />
        <ErrorMessage className={`${errorText} text-sm empty:hidden`}>
          {unplacedError(formError, fieldError)}
        </ErrorMessage>
        <Button type="submit" disabled={isPending} variant="secondary">
          {isPending ? 'Saving…' : 'Save'}
        </Button>
        <StatusMessage className="font-semibold">{state?.ok ? 'Grade changed.' : ''}</StatusMessage>
      </form>
    </details>
  );
}
