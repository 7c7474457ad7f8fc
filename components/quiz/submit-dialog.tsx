import { ConfirmDialog } from '@/components/ui/dialog';
import { StatusMessage, statusText } from '@/components/ui/status-message';

export type SubmitProgress =
  { state: 'idle' } | { state: 'saving' | 'submitting' | 'retrying' } | { state: 'error'; message: string };

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

/** The "submit your answers?" step: what is unanswered, what submitting means, and its progress. */
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
  const isBusy = progress.state === 'saving' || progress.state === 'submitting' || progress.state === 'retrying';
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title="Submit your answers?"
      status={
        <StatusMessage className={`${statusText} mt-3 min-h-6`}>{progressText(progress, isSaveRetrying)}</StatusMessage>
      }
      cancelLabel="Keep working"
      confirmLabel="Submit answers"
      busyLabel="Submitting…"
      isBusy={isBusy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
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
    </ConfirmDialog>
  );
}
