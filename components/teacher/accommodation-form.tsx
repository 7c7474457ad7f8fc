'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/text-field';
import { EXTRA_TIME_OPTIONS } from '@/lib/assignments/accommodation-options';
import { SelectField } from '@/components/ui/select';
import { sendJson } from './send-json';
import { SubmitRow } from './submit-row';
import { errorText } from '@/components/ui/status-message';

type Props = { assignmentId: string; dueAt: string; hasTimeLimit: boolean; students: { id: string; name: string; email: string }[] };


/** The server checks the same; checking here puts the message beside the field. */
function dueDateProblem(later: Date | null, classDueAt: string): string {
  if (!later) return '';
  if (Number.isNaN(later.getTime())) return 'Enter a full date and time, or leave this empty.';
  if (later <= new Date(classDueAt)) return 'Choose a date after the assignment’s own due date.';
  return '';
}

/** Gives one student extra time and/or a later due date; saving "no extra time" and no date removes theirs. */
export function AccommodationForm({ assignmentId, dueAt, hasTimeLimit, students }: Props) {
  const router = useRouter();
  const [dueError, setDueError] = useState('');
  const [formError, setFormError] = useState('');
  const [status, setStatus] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  // Two students with one name are told apart by email.
  const options = students.map((s) => ({ value: s.id, label: students.filter((o) => o.name === s.name).length > 1 ? `${s.name} (${s.email})` : s.name }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const studentId = String(data.get('studentId'));
    const local = String(data.get('dueAt') ?? '');
    // datetime-local has no zone: the browser reads it in the viewer's own, and toISOString() carries that.
    const later = local ? new Date(local) : null;
    setStatus('');
    setFormError('');
    const problem = dueDateProblem(later, dueAt);
    setDueError(problem);
    if (problem) {
      const field = form.elements.namedItem('dueAt');
      if (field instanceof HTMLElement) field.focus();
      return;
    }
    setIsBusy(true);
    const body = { studentId, extraTime: hasTimeLimit ? String(data.get('extraTime')) : 'none', dueAt: later ? later.toISOString() : null };
    const result = await sendJson<{ accommodation: unknown }>(`/api/assignments/${encodeURIComponent(assignmentId)}/accommodations`, 'PUT', body);
    setIsBusy(false);
    if (!result.ok) return setFormError(result.message);
    const name = options.find((o) => o.value === studentId)?.label ?? 'The student';
    setStatus(result.body.accommodation === null ? `${name} has no accommodation now.` : `Saved the accommodation for ${name}.`);
    router.refresh();
  }

  if (students.length === 0) return <p>No students in this class yet. Once they join, you can give them accommodations here.</p>;
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="accommodation-form-heading" className="space-y-4">
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
        <TextField name="dueAt" label="Later due date (optional)" type="datetime-local" hint="Leave empty to keep the class’s due date." error={dueError} />
      </div>
      {formError && (
        <p role="alert" className={errorText}>
          {formError}
        </p>
      )}
      <SubmitRow label="Save accommodation" busyLabel="Saving…" isBusy={isBusy} status={status} />
    </form>
  );
}
