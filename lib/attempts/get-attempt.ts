import 'server-only';
import type { Kysely } from 'kysely';
import { finalizeIfExpired } from '@/lib/assignments/finalize-expired';
import { loadDisclosure } from '@/lib/assignments/load-disclosure';
import type { Database } from '@/lib/db/schema';
import { discloseRegrades, listRegradesOfAttempt } from '@/lib/regrade/regrade-notes';
import { buildAttemptView } from './attempt-view';
import type { AttemptView } from './views';

const loadOwned = (db: Kysely<Database>, attemptId: string, ownerId: string) =>
  db.selectFrom('attempts').selectAll().where('id', '=', attemptId).where('owner_id', '=', ownerId).executeTakeFirst();

/**
 * The attempt as its owner sees it, or undefined when it does not exist or is someone else's.
 * A timed attempt whose time ran out is submitted first; the disclosure rule decides how much shows.
 */
export async function getAttemptView(
  db: Kysely<Database>,
  attemptId: string,
  ownerId: string,
  now = new Date(),
): Promise<AttemptView | undefined> {
  let attempt = await loadOwned(db, attemptId, ownerId);
  if (!attempt) return undefined;
  if (attempt.status === 'in_progress' && (await finalizeIfExpired(db, attempt, now)))
    attempt = (await loadOwned(db, attemptId, ownerId))!;
  const [answers, regrades, disclosure] = await Promise.all([
    db.selectFrom('answers').selectAll().where('attempt_id', '=', attempt.id).execute(),
    listRegradesOfAttempt(db, attempt.id),
    loadDisclosure(db, attempt, now),
  ]);
  const view = buildAttemptView(attempt, answers, disclosure);
  const notes = discloseRegrades(regrades, disclosure);
  return notes.length > 0 ? { ...view, regrades: notes } : view;
}
