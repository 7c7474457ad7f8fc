'use client';

import { useId, useState, useTransition } from 'react';
import {
  applyAdjustmentAction,
  previewAdjustmentAction,
} from '@/app/(teacher)/teach/assignments/[assignmentId]/actions';
import { toFormData } from '@/components/forms/form-data';
import { formatPoints } from '@/components/quiz/format';
import { ConfirmDialog } from '@/components/ui/dialog';
import { fieldControl } from '@/components/ui/field';
import type { AdjustmentPreview } from '@/lib/regrade/adjustments';
import { Button } from '@/components/ui/button';
import { ErrorMessage, errorText } from '@/components/ui/status-message';

type Choice = { choice: string; label: string };
type Props = { assignmentId: string; questionId: string; questionLabel: string; canAccept: Choice[] };
type Pending = { kind: 'full-credit' | 'accept'; accepted?: string[]; title: string; preview: AdjustmentPreview };

/** "Give everyone credit" / "Also accept …": first a preview of who gains, then a reason and a confirmation. */
export function AdjustQuestion({ assignmentId, questionId, questionLabel, canAccept }: Props) {
  const id = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [isBusy, startCall] = useTransition();
  // The preview and its confirmation live in a dialog, which needs a script: the actions are called from here.
  const fields = (kind: Pending['kind'], accepted?: string[]) => ({
    assignmentId,
    questionId,
    kind,
    accepted: accepted?.[0],
  });

  function preview(kind: Pending['kind'], title: string, accepted?: string[]) {
    setError('');
    setStatus('');
    startCall(async () => {
      const result = await previewAdjustmentAction(undefined, toFormData(fields(kind, accepted)));
      if (!result.ok) return setStatus(result.message);
      setReason('');
      setPending({ kind, accepted, title, preview: result.preview });
    });
  }

  function confirm() {
    if (!pending) return;
    startCall(async () => {
      const result = await applyAdjustmentAction(
        undefined,
        toFormData({ ...fields(pending.kind, pending.accepted), reason }),
      );
      if (!result.ok) return setError(result.fieldErrors?.reason ?? result.message);
      setPending(null);
      setStatus(
        `Regraded: ${result.applied.rows.length} ${result.applied.rows.length === 1 ? 'attempt' : 'attempts'} changed.`,
      );
    });
  }

  const rows = pending?.preview.rows ?? [];
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          disabled={isBusy}
          onClick={() => preview('full-credit', `Give everyone credit for ${questionLabel}?`)}
        >
          Give everyone credit<span className="sr-only"> for {questionLabel}</span>
        </Button>
        {canAccept.map((c) => (
          <Button
            key={c.choice}
            type="button"
            variant="secondary"
            disabled={isBusy}
            onClick={() => preview('accept', `Also accept “${c.label}” for ${questionLabel}?`, [c.choice])}
          >
            Also accept “{c.label}”<span className="sr-only"> for {questionLabel}</span>
          </Button>
        ))}
      </div>
      <p role="status" className="text-sm font-semibold">
        {status}
      </p>
      <ConfirmDialog
        isOpen={pending !== null}
        title={pending?.title ?? ''}
        cancelLabel="Cancel"
        confirmLabel={rows.length === 0 ? 'Record it anyway' : 'Regrade'}
        busyLabel="Regrading…"
        isBusy={isBusy}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
        status={
          error ? (
            <span id={`${id}-reason-error`}>
              <ErrorMessage as="span" className={`${errorText} text-sm`}>
                {error}
              </ErrorMessage>
            </span>
          ) : undefined
        }
      >
        {rows.length === 0 ? (
          <p>Nobody&apos;s score changes now; later answers in this assignment will be graded this way.</p>
        ) : (
          <ul className="space-y-1">
            {rows.map((r) => (
              <li key={r.attemptId}>
                {r.studentName}
                {r.attemptNumber ? ` (attempt ${r.attemptNumber})` : ''}: {formatPoints(r.oldScore)} →{' '}
                {formatPoints(r.newScore)}
                {r.oldAttemptScore !== null && r.newAttemptScore !== null
                  ? `, total ${formatPoints(r.oldAttemptScore)} → ${formatPoints(r.newAttemptScore)}`
                  : ''}
              </li>
            ))}
          </ul>
        )}
        <label htmlFor={`${id}-reason`} className="mt-3 block font-semibold">
          Reason (students whose score changes see it)
        </label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-reason-error` : undefined}
          className={`${fieldControl} py-2`}
        />
      </ConfirmDialog>
    </div>
  );
}
