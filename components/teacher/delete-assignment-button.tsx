'use client';

import { useState, useTransition } from 'react';
import { archiveAssignmentAction } from '@/app/(teacher)/teach/assignments/[assignmentId]/edit-actions';
import { toFormData } from '@/components/forms/form-data';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { ErrorMessage, StatusMessage, errorText } from '@/components/ui/status-message';
import { attemptCountText } from './attempt-count-text';

type Props = {
  assignmentId: string;
  title: string;
  isArchived: boolean;
  count: { students: number; attempts: number };
};

/**
 * Delete (archive) with a confirmation that names the attempts it affects; restore, which puts
 * everything back, needs none. The result is announced and the page shows the new state.
 */
export function DeleteAssignmentButton({ assignmentId, title, isArchived, count }: Props) {
  const [isOpen, setIsOpen] = useState(false);
  const [isBusy, startTransition] = useTransition();
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  function run(archived: boolean) {
    setError('');
    startTransition(async () => {
      const result = await archiveAssignmentAction(undefined, toFormData({ assignmentId, archived: String(archived) }));
      if (!result.ok) return setError(result.message);
      setIsOpen(false);
      setStatus(
        archived
          ? 'Deleted. The assignment is archived: out of the gradebook and students’ work, its attempts kept.'
          : 'Restored. The assignment is back in the gradebook and students’ work.',
      );
    });
  }

  return (
    <div className="space-y-2">
      {isArchived ? (
        <Button type="button" variant="secondary" disabled={isBusy} onClick={() => run(false)}>
          {isBusy ? 'Restoring…' : 'Restore assignment'}
        </Button>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setIsOpen(true)}>
          Delete assignment
        </Button>
      )}
      <StatusMessage>{status}</StatusMessage>
      {!isArchived && (
        <ErrorMessage className={`${errorText} text-sm empty:hidden`}>{isOpen ? '' : error}</ErrorMessage>
      )}
      <ConfirmDialog
        isOpen={isOpen}
        title={`Delete ${title}?`}
        status={<ErrorMessage className={`${errorText} mt-3 text-sm empty:hidden`}>{error}</ErrorMessage>}
        cancelLabel="Cancel"
        confirmLabel="Delete assignment"
        busyLabel="Deleting…"
        isBusy={isBusy}
        onConfirm={() => run(true)}
        onCancel={() => setIsOpen(false)}
      >
        <p className="font-semibold">{attemptCountText(count)}</p>
        <p>
          Their attempts are kept for the record, but the assignment leaves the gradebook, the class’s lists and
          students’ work, and takes no new attempts or answers.
        </p>
        <p>You can still open it from the class page and restore it.</p>
      </ConfirmDialog>
    </div>
  );
}
