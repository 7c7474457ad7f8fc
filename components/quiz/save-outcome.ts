import type { Failure } from '@/components/api/client';

// What the save queue (save-queue.ts) makes of a save's result and how it reports itself: pure,
// so the rules are read in one place and the queue keeps only its timing.

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'retrying' }
  | { state: 'saved' }
  | { state: 'error'; status: number; message: string };

/**
 * What a refused or failed save means (a save that went through is simply forgotten on the device):
 * - closed: submitted, timed out, or no longer the student's to change (removed from the class): no
 *   save will succeed. A 404 means this browser is now signed in as someone else (or signed out):
 *   the answers stay on the device for their owner's next visit; otherwise nothing is kept.
 * - unreachable: no answer from the server; the change waits and goes again.
 * - refused: the server refused this answer for good; sending it again would only be refused again.
 */
export type FailureOutcome = 'closed' | 'unreachable' | 'refused';

export function outcomeOf(failure: Failure): FailureOutcome {
  if (failure.status === 409 || failure.status === 403 || failure.status === 404) return 'closed';
  return failure.status === 0 ? 'unreachable' : 'refused';
}

/** Whether a closing refusal leaves the waiting answers on the device (see SaveOutcome). */
export const keepsAnswersForOwner = (closed: Failure) => closed.status === 404;

/** What the queue's entries add up to, for the status line. */
export function queueStatus(
  entries: readonly { isRetrying: boolean; inFlight?: unknown; latest?: unknown; error?: Failure }[],
  closed: Failure | undefined,
  hasSaved: boolean,
): SaveStatus {
  if (closed) return { state: 'error', status: closed.status, message: closed.message };
  if (entries.some((e) => e.isRetrying)) return { state: 'retrying' };
  if (entries.some((e) => e.inFlight || e.latest !== undefined)) return { state: 'saving' };
  const error = entries.find((e) => e.error)?.error;
  if (error) return { state: 'error', status: error.status, message: error.message };
  return hasSaved ? { state: 'saved' } : { state: 'idle' };
}

export function isSameStatus(a: SaveStatus, b: SaveStatus): boolean {
  if (a.state !== b.state) return false;
  return a.state !== 'error' || (b.state === 'error' && a.message === b.message && a.status === b.status);
}
