import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { buildAttemptView } from './attempt-view';
import type { AttemptView } from './views';

/** The attempt as its owner sees it, or undefined when it does not exist or is someone else's. */
export async function getAttemptView(db: Kysely<Database>, attemptId: string, ownerId: string): Promise<AttemptView | undefined> {
  const attempt = await db.selectFrom('attempts').selectAll().where('id', '=', attemptId).where('owner_id', '=', ownerId).executeTakeFirst();
  if (!attempt) return undefined;
  const answers = await db.selectFrom('answers').selectAll().where('attempt_id', '=', attempt.id).execute();
  return buildAttemptView(attempt, answers);
}
