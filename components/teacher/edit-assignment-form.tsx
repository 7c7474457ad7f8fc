'use client';

import { useEffect, useRef } from 'react';
import { editAssignmentAction } from '@/app/(teacher)/teach/assignments/[assignmentId]/edit-actions';
import { useFormAction } from '@/components/forms/use-form-action';
import Link from '@/components/ui/link';
import { linkClass } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select';
import { FormError } from '@/components/ui/status-message';
import { TextField } from '@/components/ui/text-field';
import { GRADING_OPTIONS, POOL_OPTIONS, WHEN_OPTIONS, attemptOptions } from './assignment-options';
import { SubmitRow } from './submit-row';

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

/** The assignment's rules as they stand, to change; the same fields and checks as the assign form. */
export function EditAssignmentForm({ assignmentId, values: v }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const { state, isPending, formProps, fieldError, formError } = useFormAction(editAssignmentAction);
  useEffect(() => {
    // The first field the server refused takes focus, as a screen-reader user would look there.
    const first = state?.ok === false ? Object.keys(state.fieldErrors ?? {})[0] : undefined;
    const field = first ? formRef.current?.elements.namedItem(first) : null;
    if (field instanceof HTMLElement) field.focus();
  }, [state]);
  const back = `/teach/assignments/${encodeURIComponent(assignmentId)}`;

  return (
    <form ref={formRef} {...formProps} aria-labelledby="edit-heading" className="space-y-6">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <h2 id="edit-heading" className="sr-only">
        Rules
      </h2>
      <FormError>{formError}</FormError>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-semibold">Dates</legend>
        <TextField
          name="opensAt"
          label="Opens"
          type="datetime-local"
          required
          defaultValue={v.opensAt}
          error={fieldError('opensAt')}
        />
        <TextField
          name="dueAt"
          label="Due"
          type="datetime-local"
          required
          defaultValue={v.dueAt}
          error={fieldError('dueAt')}
        />
        <TextField
          name="closesAt"
          label="Closes (optional)"
          type="datetime-local"
          hint="No attempts can start after this. Empty: late work is always accepted."
          defaultValue={v.closesAt}
          error={fieldError('closesAt')}
        />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-semibold">Attempts</legend>
        <SelectField
          name="attemptsAllowed"
          label="Attempts allowed"
          options={attemptOptions(v.attemptsAllowed)}
          defaultValue={v.attemptsAllowed === null ? 'unlimited' : String(v.attemptsAllowed)}
          error={fieldError('attemptsAllowed')}
        />
        <SelectField
          name="grading"
          label="Which attempt counts"
          options={GRADING_OPTIONS}
          defaultValue={v.grading}
          error={fieldError('grading')}
        />
        <TextField
          name="timeLimitMinutes"
          label="Time limit in minutes (optional)"
          inputMode="numeric"
          autoComplete="off"
          hint="Empty: no time limit."
          defaultValue={v.timeLimitMinutes === null ? '' : String(v.timeLimitMinutes)}
          error={fieldError('timeLimitMinutes')}
        />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">Questions</legend>
        <SelectField
          name="questionPool"
          label="Questions from"
          options={POOL_OPTIONS}
          defaultValue={v.questionPool}
          error={fieldError('questionPool')}
        />
        <TextField
          name="questionCount"
          label="Questions per student"
          inputMode="numeric"
          autoComplete="off"
          hint="Spread evenly over the objectives. Empty: 12 for a module, 3 per module for the final test."
          defaultValue={String(v.questionCount)}
          error={fieldError('questionCount')}
        />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-semibold">When students see</legend>
        <SelectField name="reviewScore" label="Their score" options={WHEN_OPTIONS} defaultValue={v.reviewScore} />
        <SelectField
          name="reviewAnswers"
          label="Which answers were right"
          options={WHEN_OPTIONS}
          defaultValue={v.reviewAnswers}
        />
        <SelectField
          name="reviewCorrect"
          label="Correct answers and evidence"
          options={WHEN_OPTIONS}
          defaultValue={v.reviewCorrect}
        />
      </fieldset>
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
