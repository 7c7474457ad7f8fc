import 'server-only';
import type { Kysely, Selectable } from 'kysely';
import { AlreadySubmittedError, submitAttempt } from '@/lib/attempts/submit-attempt';
import type { AttemptsTable, Database } from '@/lib/db/schema';
import { isPastDeadline } from './rules';

/**
 * An attempt whose time ran out is submitted with the answers saved in time, the first time
 * anyone looks at it afterwards. Returns true when it is (now) submitted.
 */
export async function finalizeIfExpired(db: Kysely<Database>, attempt: Selectable<AttemptsTable>, now = new Date()): Promise<boolean> {
  if (attempt.status !== 'in_progress' || !isPastDeadline(attempt.deadline_at, now)) return attempt.status === 'submitted';
  try {
    await submitAttempt(db, attempt.id, attempt.owner_id, now);
  } catch (error) {
    if (!(error instanceof AlreadySubmittedError)) throw error;
  }
  return true;
}
