'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './button';

type Props = {
  isOpen: boolean;
  title: ReactNode;
  /** The consequences, read out with the title when the dialog opens. */
  children: ReactNode;
  /** Progress or an error, below the body (the caller chooses role="status" or "alert"). */
  status?: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  busyLabel: string;
  isBusy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** After the dialog has closed and focus has gone back, however it was closed (Escape too). */
  onClose?: () => void;
};

/**
 * An "are you sure" step as a native modal dialog: the browser keeps focus inside and Escape
 * cancels. Focus starts on the safe choice and goes back to where it was when the dialog closes.
 * The confirm button stays focusable while busy (aria-disabled), so focus is never lost.
 */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  status,
  cancelLabel,
  confirmLabel,
  busyLabel,
  isBusy,
  onConfirm,
  onCancel,
  onClose,
}: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!isOpen && dialog.open) {
      dialog.close();
    }
  }, [isOpen]);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={() => {
        if (returnFocus.current?.isConnected) returnFocus.current.focus();
        // Escape closes the dialog natively; this keeps the caller's state in step with it.
        if (isOpen) onCancel();
        onClose?.();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl border border-stone-300 bg-white p-6 text-stone-900 shadow-xl backdrop:bg-stone-950/60 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id={titleId} className="text-xl font-bold">
        {title}
      </h2>
      <div id={bodyId} className="mt-3 space-y-2 leading-relaxed">
        {children}
      </div>
      {status}
      <div className="mt-4 flex flex-wrap justify-end gap-3">
        <Button ref={cancelRef} type="button" variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button
          type="button"
          aria-disabled={isBusy || undefined}
          onClick={() => {
            if (!isBusy) onConfirm();
          }}
          variant="primary"
        >
          {isBusy ? busyLabel : confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
