import type { SubmitProgress } from './submit-dialog';
import { Button } from '@/components/ui/button';

type Props = { progress: SubmitProgress; isOnline: boolean; onRetry: () => void };

/** Shown in place of the questions once a timed attempt's time is up, while it is handed in. */
export function TimeUpPanel({ progress, isOnline, onRetry }: Props) {
  return (
    <section
      aria-labelledby="time-up-heading"
      className="space-y-3 rounded-lg border border-red-700 p-4 dark:border-red-300"
    >
      <h2 id="time-up-heading" className="text-2xl font-bold">
        Time is up
      </h2>
      {progress.state === 'error' ? (
        <>
          <p role="alert">{progress.message}</p>
          <Button type="button" variant="primary" onClick={onRetry}>
            Try submitting again
          </Button>
        </>
      ) : isOnline ? (
        <p>Handing in the answers you saved in time…</p>
      ) : (
        // Nothing is lost by waiting: the server has closed the attempt with the answers it received.
        <p>
          You are offline. Your attempt is handed in with the answers the server received in time; your results show
          here when the connection returns.
        </p>
      )}
    </section>
  );
}
