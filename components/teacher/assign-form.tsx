'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/text-field';
import { parseAssignFields } from './assignment-input';
import { SelectField } from '@/components/ui/select';
import { sendJson } from './send-json';
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
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [status, setStatus] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v)]));
    setStatus('');
    setFormError('');
    const parsed = parseAssignFields(fields, classId, courseId);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      const first = form.elements.namedItem(Object.keys(parsed.errors)[0] ?? '');
      if (first instanceof HTMLElement) first.focus();
      return;
    }
    setErrors({});
    setIsBusy(true);
    const result = await sendJson<{ assignmentId: string }>('/api/assignments', 'POST', parsed.body);
    setIsBusy(false);
    if (!result.ok) return setFormError(result.message);
    form.reset();
    setStatus('Assigned. It is listed above.');
    router.refresh();
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="assign-heading" className="space-y-4">
      <h3 id="assign-heading" className="text-xl font-bold">
        Assign work
      </h3>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="kind" label="What to assign" options={KINDS} error={errors.kind} />
        <SelectField name="moduleId" label="Module (not used for the final test)" options={modules.map((m) => ({ value: m.id, label: m.title }))} error={errors.moduleId} />
        <SelectField name="questionPool" label="Questions from" options={POOLS} error={errors.questionPool} />
        <TextField
          name="questionCount"
          label="Questions per student (optional)"
          inputMode="numeric"
          autoComplete="off"
          hint="Each student draws this many, spread evenly over the module's objectives. Empty: 12 for a module, 3 per module for the final test."
          error={errors.questionCount}
        />
        <TextField name="opensAt" label="Opens" type="datetime-local" required error={errors.opensAt} />
        <TextField name="dueAt" label="Due" type="datetime-local" required error={errors.dueAt} />
        <TextField name="closesAt" label="Closes (optional)" type="datetime-local" hint="No attempts can start after this. Empty: late work is always accepted." error={errors.closesAt} />
        <SelectField name="attemptsAllowed" label="Attempts allowed" options={ATTEMPTS} error={errors.attemptsAllowed} />
        <SelectField name="grading" label="Which attempt counts" options={GRADING} error={errors.grading} />
        <TextField name="timeLimitMinutes" label="Time limit in minutes (optional)" inputMode="numeric" autoComplete="off" error={errors.timeLimitMinutes} />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-semibold">When students see</legend>
        <SelectField name="reviewScore" label="Their score" options={WHEN} defaultValue="immediately" />
        <SelectField name="reviewAnswers" label="Which answers were right" options={WHEN} defaultValue="after_due" />
        <SelectField name="reviewCorrect" label="Correct answers and evidence" options={WHEN} defaultValue="after_due" />
      </fieldset>
      {formError && (
        <ErrorMessage>
          {formError}
        </ErrorMessage>
      )}
      <SubmitRow label="Assign" busyLabel="Assigning…" isBusy={isBusy} status={status} />
    </form>
  );
}
