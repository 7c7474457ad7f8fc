'use client';

import { useRef } from 'react';
import { editAssignmentAction } from '@/app/(teacher)/teach/assignments/[assignmentId]/edit-actions';
import { useFormAction } from '@/components/forms/use-form-action';
import Link from '@/components/ui/link';
import { linkClass } from '@/components/ui/button';
import { FormError } from '@/components/ui/status-message';
import { AttemptFields, DateFields, QuestionFields, ReviewFields } from './assignment-rule-fields';
import { SubmitRow } from './submit-row';
import { TimeLimitField } from './time-limit-field';
import { useFocusFirstError } from './use-focus-first-error';

/** The form's starting values: the assignment as it stands, dates as wall-clock times in the viewer's zone. */
export type EditAssignmentValues = {
  opensAt: string;
  dueAt: string;
  closesAt: string;
  attemptsAllowed: number | null;
  grading: 'highest' | 'last';
  timeLimitMinutes: number | null;
  questionPool: 'assessment' | 'practice';
  questionCount: number;
  reviewScore: string;
  reviewAnswers: string;
  reviewCorrect: string;
};

type Props = { assignmentId: string; values: EditAssignmentValues };

function savedText(state: { changed: number; movedDeadlines: number }): string {
  if (state.changed === 0) return 'Nothing changed, so nothing was saved.';
  const moved =
    state.movedDeadlines > 0
      ? ` ${state.movedDeadlines} attempt${state.movedDeadlines === 1 ? '' : 's'} in progress now end${state.movedDeadlines === 1 ? 's' : ''} at the new close date.`
      : '';
  return `Saved ${state.changed} change${state.changed === 1 ? '' : 's'}.${moved}`;
}

/** The assignment's rules as they stand, to change; the assign form's fields (assignment-rule-fields.tsx) and checks. */
export function EditAssignmentForm({ assignmentId, values: v }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const { state, isPending, formProps, fieldError, formError } = useFormAction(editAssignmentAction);
  useFocusFirstError(state, formRef);
  const back = `/teach/assignments/${encodeURIComponent(assignmentId)}`;

  return (
    <form ref={formRef} {...formProps} aria-labelledby="edit-heading" className="space-y-6">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <h2 id="edit-heading" className="sr-only">
        Rules
      </h2>
      <FormError>{formError}</FormError>
      <DateFields fieldError={fieldError} values={v} />
      <AttemptFields fieldError={fieldError} attemptsAllowed={v.attemptsAllowed} grading={v.grading} />
      <TimeLimitField defaultMinutes={v.timeLimitMinutes} error={fieldError('timeLimitMinutes')} />
      <QuestionFields fieldError={fieldError} pool={v.questionPool} count={String(v.questionCount)} />
      <ReviewFields values={v} />
      <SubmitRow
        label="Save changes"
        busyLabel="Saving…"
        isBusy={isPending}
        status={state?.ok ? savedText(state) : ''}
      />
      <p>
        <Link href={back} className={linkClass}>
          Back to the assignment
        </Link>
      </p>
    </form>
  );
}
