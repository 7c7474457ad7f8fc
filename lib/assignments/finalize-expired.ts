import 'server-only';
import type { Kysely, Selectable } from 'kysely';
import { AlreadySubmittedError, submitAttempt } from '@/lib/attempts/submit-attempt';
import type { AttemptsTable, Database } from '@/lib/db/schema';
import { isPastDeadline } from './rules';

/**
 * An attempt whose time ran out is submitted with the answers saved in time, the first time
 * anyone looks at it afterwards. It is stamped as submitted at its deadline, not at that later
 * look, so an attempt left open on time is never marked late. Returns true when it is submitted.
 */
export async function finalizeIfExpired(
  db: Kysely<Database>,
  attempt: Selectable<AttemptsTable>,
  now = new Date(),
): Promise<boolean> {
  if (attempt.status !== 'in_progress' || !isPastDeadline(attempt.deadline_at, now))
    return attempt.status === 'submitted';
  try {
    const deadline = new Date(attempt.deadline_at!);
    await submitAttempt(db, attempt.id, attempt.owner_id, deadline < now ? deadline : now, { isTimeUp: true });
  } catch (error) {
    if (!(error instanceof AlreadySubmittedError)) throw error;
  }
  return true;
}
