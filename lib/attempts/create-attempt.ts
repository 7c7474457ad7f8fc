import 'server-only';
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { resolveTarget, type NewAttemptTarget, type ResolvedTarget } from './targets';

export function newAttemptId(): string {
  return `a_${randomBytes(12).toString('base64url')}`;
}

export function newSeed(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Starts an attempt, or returns the one this owner already has in progress at the same target:
 * coming back to a quiz continues it. A partial unique index (one in-progress attempt per owner
 * and target) makes this race-free: of two simultaneous starts, one inserts and both return it.
 */
export async function startAttempt(db: Kysely<Database>, ownerId: string, target: NewAttemptTarget, now = new Date()): Promise<string> {
  const seed = newSeed();
  const resolved = resolveTarget(target, seed);
  const stamp = now.toISOString();
  // Insert-or-find, retried in case the attempt found in progress is submitted in between.
  for (let round = 0; ; round++) {
    await insertIfNoneInProgress(db, ownerId, target, resolved, seed, stamp);
    const row = await db
      .selectFrom('attempts')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('target_key', '=', resolved.targetKey)
      .where('status', '=', 'in_progress')
      .executeTakeFirst();
    if (row) return row.id;
    if (round >= 2) throw new Error('Could not start an attempt: it kept being submitted while starting');
  }
}

async function insertIfNoneInProgress(
  db: Kysely<Database>,
  ownerId: string,
  target: NewAttemptTarget,
  resolved: ResolvedTarget,
  seed: string,
  stamp: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (ownerId.startsWith('g_')) {
      await trx.insertInto('guests').values({ id: ownerId, created_at: stamp }).onConflict((oc) => oc.column('id').doNothing()).execute();
    }
    await trx
      .insertInto('attempts')
      .values({
        id: newAttemptId(),
        owner_id: ownerId,
        course_id: resolved.course.id,
        module_id: resolved.moduleId,
        kind: target.kind,
        target_key: resolved.targetKey,
        status: 'in_progress',
        seed,
        question_ids: JSON.stringify(resolved.questionIds),
        source_attempt_id: null,
        score: null,
        max_score: resolved.questionIds.length,
        created_at: stamp,
        updated_at: stamp,
        submitted_at: null,
      })
      // The partial index's condition as a literal: SQLite matches ON CONFLICT to a partial index
      // only when the WHERE is written as in the index, and a bound parameter is not.
      .onConflict((oc) => oc.columns(['owner_id', 'target_key']).where('status', '=', sql.lit('in_progress')).doNothing())
      .execute();
  });
}
