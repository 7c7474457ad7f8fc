import 'server-only';
import { randomBytes } from 'node:crypto';
import { sql, type Insertable, type Kysely } from 'kysely';
import type { AttemptsTable, Database } from '@/lib/db/schema';
import { resolveTarget, type NewAttemptTarget, type ResolvedTarget } from './targets';

export function newAttemptId(): string {
  return `a_${randomBytes(12).toString('base64url')}`;
}

export function newSeed(): string {
  return randomBytes(24).toString('base64url');
}

type NewAttempt = {
  ownerId: string;
  courseId: string;
  moduleId: string | null;
  kind: string;
  targetKey: string;
  seed: string;
  questionIds: string[];
  now: Date;
  sourceAttemptId?: string;
  /** A retake's: the assignment whose review policy its source was under (create-attempt sets an assigned attempt's own). */
  policyAssignmentId?: string | null;
  assignment?: { id: string; attemptNumber: number; deadlineAt: Date | null };
};

/** The row of a new attempt in progress: every kind of attempt starts from here. */
export function newAttemptRow(a: NewAttempt): Insertable<AttemptsTable> {
  const stamp = a.now.toISOString();
  return {
    id: newAttemptId(),
    owner_id: a.ownerId,
    course_id: a.courseId,
    module_id: a.moduleId,
    kind: a.kind,
    target_key: a.targetKey,
    status: 'in_progress',
    seed: a.seed,
    question_ids: JSON.stringify(a.questionIds),
    source_attempt_id: a.sourceAttemptId ?? null,
    score: null,
    max_score: a.questionIds.length,
    created_at: stamp,
    updated_at: stamp,
    submitted_at: null,
    assignment_id: a.assignment?.id ?? null,
    attempt_number: a.assignment?.attemptNumber ?? null,
    deadline_at: a.assignment?.deadlineAt?.toISOString() ?? null,
    policy_assignment_id: a.assignment?.id ?? a.policyAssignmentId ?? null,
  };
}

/**
 * Starts an attempt, or returns the one this owner already has in progress at the same target:
 * coming back to a quiz continues it. A partial unique index (one in-progress attempt per owner
 * and target) makes this race-free: of two simultaneous starts, one inserts and both return it.
 */
export async function startAttempt(
  db: Kysely<Database>,
  ownerId: string,
  target: NewAttemptTarget,
  now = new Date(),
): Promise<string> {
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
      await trx
        .insertInto('guests')
        .values({ id: ownerId, created_at: stamp })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    await trx
      .insertInto('attempts')
      .values(
        newAttemptRow({
          ownerId,
          courseId: resolved.course.id,
          moduleId: resolved.moduleId,
          kind: target.kind,
          targetKey: resolved.targetKey,
          seed,
          questionIds: resolved.questionIds,
          now: new Date(stamp),
        }),
      )
      // The partial index's condition as a literal: SQLite matches ON CONFLICT to a partial index
      // only when the WHERE is written as in the index, and a bound parameter is not.
      .onConflict((oc) =>
        oc.columns(['owner_id', 'target_key']).where('status', '=', sql.lit('in_progress')).doNothing(),
      )
      .execute();
  });
}
