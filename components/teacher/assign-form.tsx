'use client';

import { useEffect, useRef } from 'react';
import { createAssignmentAction } from '@/app/(teacher)/teach/classes/[classId]/actions';
import { useFormAction } from '@/components/forms/use-form-action';
import { TextField } from '@/components/ui/text-field';
import { SelectField } from '@/components/ui/select';
import { SubmitRow } from './submit-row';
import { ErrorMessage } from '@/components/ui/status-message';

const KINDS = [
  { value: 'quiz', label: 'Module quiz' },
  { value: 'practice', label: 'Module practice' },
  { value: 'final', label: 'Final test (whole course)' },
];
const POOLS = [
  { value: 'assessment', label: 'Assessment questions (never shown in self-study)' },
  { value: 'practice', label: 'Practice questions (the ones students see in self-study)' },
];
const ATTEMPTS = [
  { value: '1', label: '1' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: 'unlimited', label: 'Unlimited' },
];
const GRADING = [
  { value: 'highest', label: 'Highest score' },
  { value: 'last', label: 'Last attempt' },
];
const WHEN = [
  { value: 'immediately', label: 'Immediately' },
  { value: 'after_due', label: 'After the due date' },
  { value: 'never', label: 'Never' },
];

type Props = { classId: string; courseId: string; modules: { id: string; title: string }[] };

export function AssignForm({ classId, courseId, modules }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const { state, isPending, formProps, fieldError, formError } = useFormAction(createAssignmentAction);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
    // The first field the server refused takes focus, as a screen-reader user would look there.
    const first = state?.ok === false ? Object.keys(state.fieldErrors ?? {})[0] : undefined;
    const field = first ? formRef.current?.elements.namedItem(first) : null;
    if (field instanceof HTMLElement) field.focus();
  }, [state]);

  return (
    <form ref={formRef} {...formProps} aria-labelledby="assign-heading" className="space-y-4">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="courseId" value={courseId} />
      <h3 id="assign-heading" className="text-xl font-bold">
        Assign work
      </h3>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="kind" label="What to assign" options={KINDS} error={fieldError('kind')} />
        <SelectField
          name="moduleId"
          label="Module (not used for the final test)"
          options={modules.map((m) => ({ value: m.id, label: m.title }))}
          error={fieldError('moduleId')}
        />
        <SelectField name="questionPool" label="Questions from" options={POOLS} error={fieldError('questionPool')} />
        <TextField
          name="questionCount"
          label="Questions per student (optional)"
          inputMode="numeric"
          autoComplete="off"
          hint="Each student draws this many, spread evenly over the module's objectives. Empty: 12 for a module, 3 per module for the final test."
          error={fieldError('questionCount')}
        />
        <TextField name="opensAt" label="Opens" type="datetime-local" required error={fieldError('opensAt')} />
        <TextField name="dueAt" label="Due" type="datetime-local" required error={fieldError('dueAt')} />
        <TextField
          name="closesAt"
          label="Closes (optional)"
          type="datetime-local"
          hint="No attempts can start after this. Empty: late work is always accepted."
          error={fieldError('closesAt')}
        />
        <SelectField
          name="attemptsAllowed"
          label="Attempts allowed"
          options={ATTEMPTS}
          error={fieldError('attemptsAllowed')}
        />
        <SelectField name="grading" label="Which attempt counts" options={GRADING} error={fieldError('grading')} />
        <TextField
          name="timeLimitMinutes"
          label="Time limit in minutes (optional)"
          inputMode="numeric"
          autoComplete="off"
          error={fieldError('timeLimitMinutes')}
        />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-semibold">When students see</legend>
        <SelectField name="reviewScore" label="Their score" options={WHEN} defaultValue="immediately" />
        <SelectField name="reviewAnswers" label="Which answers were right" options={WHEN} defaultValue="after_due" />
        <SelectField
          name="reviewCorrect"
          label="Correct answers and evidence"
          options={WHEN}
          defaultValue="after_due"
        />
      </fieldset>
      <ErrorMessage className="font-semibold text-red-700 empty:hidden dark:text-red-300">{formError}</ErrorMessage>
      <SubmitRow
        label="Assign"
        busyLabel="Assigning…"
        isBusy={isPending}
        status={state?.ok ? 'Assigned. It is listed above.' : ''}
      />
    </form>
  );
}
