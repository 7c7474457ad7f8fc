import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { isPostgres } from '@/lib/attempts/lock';
import type { Database } from '@/lib/db/schema';
import { planAttempt, type AttemptPlan, type AttemptRow, type AnswerRow, type Regrader } from './plan-attempt';

export type RegradeSource = { source: 'content' | 'teacher'; allowLower: boolean; questionId?: string };

/**
 * Regrades one attempt in a transaction of its own: the attempt is locked (PostgreSQL; SQLite
 * serialises write transactions already) so a submit cannot sum its answers halfway, its answers
 * re-read and planned again, and each write applies only while the answer is the save read (a
 * save in between graded it afresh and wins). Returns what was written, or undefined when the
 * attempt is gone.
 */
export async function applyAttemptPlan(
  db: Kysely<Database>,
  attemptId: string,
  regrade: (trx: Transaction<Database>, attempt: AttemptRow) => Promise<Regrader> | Regrader,
  how: RegradeSource,
  now: Date,
): Promise<AttemptPlan | undefined> {
  return db.transaction().execute(async (trx) => {
    let query = trx.selectFrom('attempts').selectAll().where('id', '=', attemptId);
    if (isPostgres(trx)) query = query.forUpdate();
    const attempt = await query.executeTakeFirst();
    if (!attempt) return undefined;
    let answerQuery = trx.selectFrom('answers').selectAll().where('attempt_id', '=', attempt.id);
    if (how.questionId) answerQuery = answerQuery.where('question_id', '=', how.questionId);
    const answers: AnswerRow[] = await answerQuery.execute();
    const regrader = await regrade(trx, attempt);
    const planned = planAttempt(attempt, answers, regrader, { allowLower: how.allowLower });
    const written: AttemptPlan = { ...planned, changes: [], unchanged: [] };
    for (const change of [...planned.changes, ...planned.unchanged]) {
      const updated = await trx
        .updateTable('answers')
        .set({ score: change.newScore, is_correct: change.isCorrect ? 1 : 0, question_revision: change.toRevision })
        .where('attempt_id', '=', attempt.id)
        .where('question_id', '=', change.questionId)
        .where('revision', '=', change.saveRevision)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) continue;
      (change.newScore === change.oldScore ? written.unchanged : written.changes).push(change);
    }
    written.newScore = await totalAfter(trx, attempt, written);
    if (written.newScore !== attempt.score)
      await trx.updateTable('attempts').set({ score: written.newScore }).where('id', '=', attempt.id).execute();
    const stamp = now.toISOString();
    for (const change of written.changes) {
      await trx
        .insertInto('regrades')
        .values({
          id: `rg_${randomBytes(12).toString('base64url')}`,
          attempt_id: attempt.id,
          question_id: change.questionId,
          owner_id: attempt.owner_id,
          assignment_id: attempt.assignment_id,
          source: how.source,
          from_revision: change.fromRevision,
          to_revision: change.toRevision,
          old_score: change.oldScore,
          new_score: change.newScore,
          old_attempt_score: attempt.score,
          new_attempt_score: written.newScore,
          reason: change.reason,
          adjustment_id: change.adjustmentId,
          created_at: stamp,
        })
        .execute();
    }
    return written;
  });
}

/** The attempt's total after the writes, summed as submit sums it; null while it has none. */
async function totalAfter(
  trx: Transaction<Database>,
  attempt: AttemptRow,
  written: AttemptPlan,
): Promise<number | null> {
  if (attempt.score === null || written.changes.length === 0) return attempt.score;
  const ids = JSON.parse(attempt.question_ids) as string[];
  const rows = await trx
    .selectFrom('answers')
    .select(['question_id', 'score'])
    .where('attempt_id', '=', attempt.id)
    .execute();
  return rows.filter((r) => ids.includes(r.question_id)).reduce((sum, r) => sum + r.score, 0);
}
