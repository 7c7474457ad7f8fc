import { useEffect, useId, useRef } from 'react';
import { primaryButton, secondaryButton } from './styles';

export type SubmitProgress =
  | { state: 'idle' }
  | { state: 'saving' | 'submitting' | 'retrying' }
  | { state: 'error'; message: string };

function progressText(progress: SubmitProgress, isSaveRetrying: boolean): string {
  switch (progress.state) {
    case 'idle':
      return '';
    case 'saving':
      return isSaveRetrying ? 'Saving your answers — not saved yet, retrying…' : 'Saving your answers…';
    case 'submitting':
      return 'Submitting…';
    case 'retrying':
      return 'Not submitted yet — retrying…';
    case 'error':
      return progress.message;
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The "are you sure" step, as a native modal dialog: the browser traps focus inside it and Escape
 * cancels. Focus starts on the safe choice (Keep working) and goes back to where it was on close.
 */
export function SubmitDialog({
  isOpen,
  unanswered,
  partial,
  progress,
  isSaveRetrying,
  onConfirm,
  onCancel,
}: {
  isOpen: boolean;
  unanswered: number;
  partial: number;
  progress: SubmitProgress;
  isSaveRetrying: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
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

  const isBusy = progress.state === 'saving' || progress.state === 'submitting' || progress.state === 'retrying';
  const message = progressText(progress, isSaveRetrying);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      // Escape closes the dialog natively; this keeps React's state in step with it.
      onClose={() => {
        if (returnFocus.current?.isConnected) returnFocus.current.focus();
        onCancel();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl border border-stone-300 bg-white p-6 text-stone-900 shadow-xl backdrop:bg-stone-950/60 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id={titleId} className="text-xl font-bold">
        Submit your answers?
      </h2>
      <div id={bodyId} className="mt-3 space-y-2 leading-relaxed">
        <p>
          {unanswered === 0 && partial === 0
            ? 'You have answered every question.'
            : [
                unanswered > 0 ? `${plural(unanswered, 'question')} not answered` : '',
                partial > 0 ? `${plural(partial, 'question')} only partly answered` : '',
              ]
                .filter(Boolean)
                .join(' and ') + '. Anything left blank scores 0.'}
        </p>
        <p>Once you submit, you can’t change your answers.</p>
      </div>
      <p role="status" className="mt-3 min-h-6 text-sm font-semibold text-stone-800 dark:text-stone-200">
        {message}
      </p>
      <div className="mt-4 flex flex-wrap justify-end gap-3">
        <button ref={cancelRef} type="button" onClick={onCancel} className={secondaryButton}>
          Keep working
        </button>
        <button
          type="button"
          aria-disabled={isBusy || undefined}
          onClick={() => {
            if (!isBusy) onConfirm();
          }}
          className={primaryButton}
        >
          {isBusy ? 'Submitting…' : 'Submit answers'}
        </button>
      </div>
    </dialog>
  );
}
