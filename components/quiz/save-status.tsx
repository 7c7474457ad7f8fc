import type { SaveStatus } from './save-queue';
import { Button } from '@/components/ui/button';

function describe(status: SaveStatus, hasSavedAnswers: boolean): { icon: string; text: string } {
  switch (status.state) {
    case 'idle':
      return hasSavedAnswers ? { icon: '✓', text: 'All answers saved' } : { icon: '', text: 'Answers save as you go' };
    case 'saving':
      return { icon: '…', text: 'Saving…' };
    case 'retrying':
      return { icon: '!', text: 'Not saved yet — retrying' };
    case 'saved':
      return { icon: '✓', text: 'All answers saved' };
    case 'error':
      if (status.status === 409)
        return { icon: '!', text: 'This attempt has already been submitted, so changes are not saved.' };
      // The browser is now signed in as someone else, or signed out (another tab): the answers wait
      // on this device for the learner who started the attempt, and are never sent as anyone else.
      if (status.status === 404)
        return {
          icon: '!',
          text: 'Not saved: this browser is no longer signed in as the learner who started this attempt. Their answers are kept on this device and sent when they sign in again and open it.',
        };
      return { icon: '!', text: `Not saved: ${status.message}` };
  }
}

/** The autosave state in words, always on screen, and announced politely when it changes. */
export function SaveStatusLine({ status, hasSavedAnswers }: { status: SaveStatus; hasSavedAnswers: boolean }) {
  const { icon, text } = describe(status, hasSavedAnswers);
  const isProblem = status.state === 'retrying' || status.state === 'error';
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p
        role="status"
        className={`text-sm ${isProblem ? 'font-semibold text-amber-900 dark:text-amber-200' : 'text-stone-700 dark:text-stone-300'}`}
      >
        {icon && <span aria-hidden="true">{icon} </span>}
        {text}
      </p>
      {status.state === 'error' && status.status === 409 && (
        // The page, loaded afresh, shows the submitted attempt's results.
        <Button type="button" onClick={() => window.location.reload()} variant="secondary" className="text-sm">
          Show my results
        </Button>
      )}
    </div>
  );
}
