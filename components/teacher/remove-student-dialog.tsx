'use client';

import { ConfirmDialog } from '@/components/ui/dialog';
import { ErrorMessage, errorText } from '@/components/ui/status-message';

/** "Remove this student?": who, from which class, and that they can rejoin with the code. */
export function RemoveStudentDialog({
  student,
  classTitle,
  isBusy,
  error,
  onConfirm,
  onCancel,
  onClose,
}: {
  student: { name: string; email: string } | undefined;
  classTitle: string;
  isBusy: boolean;
  error: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** After the dialog has closed (and the browser has put focus back), however it was closed. */
  onClose: () => void;
}) {
  return (
    <ConfirmDialog
      isOpen={student !== undefined}
      title={`Remove ${student?.name ?? ''} from ${classTitle}?`}
      status={<ErrorMessage className={`${errorText} mt-3 text-sm empty:hidden`}>{error}</ErrorMessage>}
      cancelLabel="Cancel"
      confirmLabel="Remove student"
      busyLabel="Removing…"
      isBusy={isBusy}
      onConfirm={onConfirm}
      onCancel={onCancel}
      onClose={onClose}
    >
      <p>
        {student?.email} will no longer be on this class’s roster. They can join again with the class code while the
        class is open.
      </p>
    </ConfirmDialog>
  );
}
