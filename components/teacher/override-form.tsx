'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { fieldControl } from '@/components/ui/field';
import { sendJson } from './send-json';
import { Button } from '@/components/ui/button';
import { ErrorMessage, errorText } from '@/components/ui/status-message';

type Props = { assignmentId: string; studentId: string; studentName: string; assignmentTitle: string; max: number };


/** Sets a score, excuses, or clears the last change, with the reason the log keeps. */
export function OverrideForm({ assignmentId, studentId, studentName, assignmentTitle, max }: Props) {
  const router = useRouter();
  const id = useId();
  const [errors, setErrors] = useState<{ score?: string; reason?: string; form?: string }>({});
  const [status, setStatus] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const action = String(data.get('action'));
    const reason = String(data.get('reason') ?? '').trim();
    const scoreText = String(data.get('score') ?? '').trim();
    const score = Number(scoreText);
    const next: typeof errors = {};
    if (action === 'score' && (scoreText === '' || !Number.isFinite(score) || score < 0 || score > max)) next.score = `Enter a score from 0 to ${max}.`;
    if (!reason) next.reason = 'Give a reason for the change; it is kept in the history.';
    setStatus('');
    setErrors(next);
    if (next.score || next.reason) return;
    const body = action === 'score' ? { studentId, score, reason } : action === 'excuse' ? { studentId, excused: true, reason } : { studentId, clear: true, reason };
    setIsBusy(true);
    const result = await sendJson(`/api/assignments/${encodeURIComponent(assignmentId)}/overrides`, 'POST', body);
    setIsBusy(false);
    if (!result.ok) return setErrors({ form: result.message });
    form.reset();
    setStatus('Grade changed.');
    router.refresh();
  }

  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold underline underline-offset-4">
        Change grade<span className="sr-only"> for {studentName}, {assignmentTitle}</span>
      </summary>
      <form noValidate onSubmit={onSubmit} className="mt-2 w-56 space-y-2">
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
        <input id={`${id}-score`} name="score" inputMode="decimal" autoComplete="off" aria-invalid={errors.score ? true : undefined} aria-describedby={errors.score ? `${id}-score-error` : undefined} className={fieldControl} />
        {errors.score && <p id={`${id}-score-error`} className={errorText}>{errors.score}</p>}
        <label htmlFor={`${id}-reason`} className="block font-semibold">
          Reason
        </label>
        <textarea id={`${id}-reason`} name="reason" rows={2} maxLength={500} aria-invalid={errors.reason ? true : undefined} aria-describedby={errors.reason ? `${id}-reason-error` : undefined} className={`${fieldControl} py-2`} />
        {errors.reason && <p id={`${id}-reason-error`} className={errorText}>{errors.reason}</p>}
        {errors.form && <ErrorMessage className={`${errorText} text-sm`}>{errors.form}</ErrorMessage>}
        <Button type="submit" disabled={isBusy} variant="secondary">
          {isBusy ? 'Saving…' : 'Save'}
        </Button>
        <p role="status" className="font-semibold">
          {status}
        </p>
      </form>
    </details>
  );
}
