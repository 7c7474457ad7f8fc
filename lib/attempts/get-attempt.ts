import 'server-only';
import type { Kysely } from 'kysely';
import { finalizeIfExpired } from '@/lib/assignments/finalize-expired';
import { reviewLimitsFor } from '@/lib/assignments/review-for-attempt';
import type { Database } from '@/lib/db/schema';
import { buildAttemptView } from './attempt-view';
import type { AttemptView } from './views';

const loadOwned = (db: Kysely<Database>, attemptId: string, ownerId: string) =>
  db.selectFrom('attempts').selectAll().where('id', '=', attemptId).where('owner_id', '=', ownerId).executeTakeFirst();

/**
 * The attempt as its owner sees it, or undefined when it does not exist or is someone else's.
 * A timed attempt whose time ran out is submitted first; an assignment's review policy decides
 * how much of a submitted attempt shows.
 */
export async function getAttemptView(db: Kysely<Database>, attemptId: string, ownerId: string, now = new Date()): Promise<AttemptView | undefined> {
  let attempt = await loadOwned(db, attemptId, ownerId);
  if (!attempt) return undefined;
  if (attempt.status === 'in_progress' && (await finalizeIfExpired(db, attempt, now))) attempt = (await loadOwned(db, attemptId, ownerId))!;
  const answers = await db.selectFrom('answers').selectAll().where('attempt_id', '=', attempt.id).execute();
  // The review policy limits what a submitted attempt shows; one in progress shows no more than
  // its kind allows (feedback as you go only in practice, which no policy limits), so it is not read.
  const review = attempt.status === 'submitted' ? await reviewLimitsFor(db, attempt, now) : undefined;
  return buildAttemptView(attempt, answers, review);
}
