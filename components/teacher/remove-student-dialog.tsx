'use client';

import { useEffect, useId, useRef } from 'react';
import { primaryButton, secondaryButton } from '@/components/quiz/styles';

/**
 * "Remove this student?" as a native modal dialog: the browser keeps focus inside and Escape
 * cancels. Focus starts on the safe choice, Cancel.
 */
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
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (student && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!student && dialog.open) {
      dialog.close();
    }
  }, [student]);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      // Escape closes the dialog natively; the roster keeps its state in step through onClose.
      onClose={onClose}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl border border-stone-300 bg-white p-6 text-stone-900 shadow-xl backdrop:bg-stone-950/60 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id={titleId} className="text-xl font-bold">
        Remove {student?.name} from {classTitle}?
      </h2>
      <p id={bodyId} className="mt-3 leading-relaxed">
        {student?.email} will no longer be on this class’s roster. They can join again with the class code while the class is
        open.
      </p>
      <p role="alert" className="mt-3 text-sm font-semibold text-red-700 empty:hidden dark:text-red-300">
        {error}
      </p>
      <div className="mt-4 flex flex-wrap justify-end gap-3">
        <button ref={cancelRef} type="button" onClick={onCancel} className={secondaryButton}>
          Cancel
        </button>
        <button
          type="button"
          aria-disabled={isBusy || undefined}
          onClick={() => {
            if (!isBusy) onConfirm();
          }}
          className={primaryButton}
        >
          {isBusy ? 'Removing…' : 'Remove student'}
        </button>
      </div>
    </dialog>
  );
}
