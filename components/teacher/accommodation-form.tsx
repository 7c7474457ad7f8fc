'use client';

import { useEffect, useRef } from 'react';
import { setAccommodationAction } from '@/app/(teacher)/teach/assignments/[assignmentId]/actions';
import { useFormAction } from '@/components/forms/use-form-action';
import { TextField } from '@/components/ui/text-field';
import { EXTRA_TIME_OPTIONS } from '@/lib/assignments/accommodation-options';
import { SelectField } from '@/components/ui/select';
import { SubmitRow } from './submit-row';
import { ErrorMessage, errorText } from '@/components/ui/status-message';

type Props = { assignmentId: string; hasTimeLimit: boolean; students: { id: string; name: string; email: string }[] };

/** Gives one student extra time and/or a later due date; saving "no extra time" and no date removes theirs. */
export function AccommodationForm({ assignmentId, hasTimeLimit, students }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const { state, isPending, formProps, fieldError, formError } = useFormAction(setAccommodationAction);
  useEffect(() => {
    if (state?.ok === false && state.fieldErrors?.dueAt)
      (formRef.current?.elements.namedItem('dueAt') as HTMLElement | null)?.focus();
  }, [state]);
  // Two students with one name are told apart by email.
  const options = students.map((s) => ({
    value: s.id,
    label: students.filter((o) => o.name === s.name).length > 1 ? `${s.name} (${s.email})` : s.name,
  }));
  const name = options.find((o) => o.value === (state?.ok ? state.studentId : undefined))?.label ?? 'The student';
  const status = state?.ok
    ? state.isRemoved
      ? `${name} has no accommodation now.`
      : `Saved the accommodation for ${name}.`
    : '';

  if (students.length === 0)
    return <p>No students in this class yet. Once they join, you can give them accommodations here.</p>;
  return (
    <form ref={formRef} {...formProps} aria-labelledby="accommodation-form-heading" className="space-y-4">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <h3 id="accommodation-form-heading" className="text-xl font-bold">
        Add or change an accommodation
      </h3>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField name="studentId" label="Student" options={options} />
        {hasTimeLimit ? (
          <SelectField name="extraTime" label="Extra time" options={EXTRA_TIME_OPTIONS} />
        ) : (
          <p className="text-sm sm:pt-7">This assignment has no time limit, so only a later due date applies.</p>
        )}
        <TextField
          name="dueAt"
          label="Later due date (optional)"
          type="datetime-local"
          hint="Leave empty to keep the class’s due date."
          error={fieldError('dueAt')}
        />
      </div>
      <ErrorMessage className={`${errorText} empty:hidden`}>{formError}</ErrorMessage>
      <SubmitRow label="Save accommodation" busyLabel="Saving…" isBusy={isPending} status={status} />
    </form>
  );
}
