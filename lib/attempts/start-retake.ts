import 'server-only';
import { sql, type Kysely } from 'kysely';
import { loadDisclosure } from '@/lib/assignments/load-disclosure';
import type { Database } from '@/lib/db/schema';
import { questionIdsOf } from './attempt-view';
import { newAttemptRow, newSeed } from './create-attempt';
import { AppError } from '@/lib/errors';
import { attemptNotFound } from './errors';
import { seededShuffle } from './seeded';

/**
 * "Retake only the ones I missed": a new attempt holding the questions of a finished attempt that
 * were not fully right (or not answered), offered once its correct answers are shown (its
 * `canRetake`). Asking again while that retake is in progress returns it.
 */
export async function startRetake(
  db: Kysely<Database>,
  sourceAttemptId: string,
  ownerId: string,
  now = new Date(),
): Promise<string> {
  const source = await db
    .selectFrom('attempts')
    .selectAll()
    .where('id', '=', sourceAttemptId)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  if (!source) throw attemptNotFound();
  if (source.status !== 'submitted')
    throw new AppError('conflict', 'Finish this attempt first; then you can retake the questions you missed.');
  // Which questions a retake holds tells which were wrong, and submitting it shows their keys: so
  // only once the review policy already shows the correct answers (the same rule as the page).
  if (!(await loadDisclosure(db, source, now)).correctAnswers) {
    throw new AppError(
      'forbidden',
      'Your teacher has not released the correct answers of this assignment yet, so it cannot be retaken now.',
    );
  }
  const answers = await db
    .selectFrom('answers')
    .select(['question_id', 'score'])
    .where('attempt_id', '=', source.id)
    .execute();
  const fullMarks = new Set(answers.filter((a) => a.score >= 1).map((a) => a.question_id));
  const missed = questionIdsOf(source).filter((id) => !fullMarks.has(id));
  if (missed.length === 0)
    throw new AppError(
      'conflict',
      'You answered every question in this attempt correctly: there is nothing to retake.',
    );

  const seed = newSeed();
  const targetKey = `retake:${source.id}`;
  await db
    .insertInto('attempts')
    .values(
      newAttemptRow({
        ownerId,
        courseId: source.course_id,
        moduleId: source.module_id,
        kind: 'retake',
        targetKey,
        seed,
        questionIds: seededShuffle(missed, seed, 'order'),
        sourceAttemptId: source.id,
        // The retake carries its original's review limits (a teacher may still change the policy or the due date).
        policyAssignmentId: source.policy_assignment_id,
        now,
      }),
    )
    .onConflict((oc) => oc.columns(['owner_id', 'target_key']).where('status', '=', sql.lit('in_progress')).doNothing())
    .execute();
  const row = await db
    .selectFrom('attempts')
    .select('id')
    .where('owner_id', '=', ownerId)
    .where('target_key', '=', targetKey)
    .where('status', '=', 'in_progress')
    .executeTakeFirstOrThrow();
  return row.id;
}
