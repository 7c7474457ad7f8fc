import 'server-only';
import { sql, type Kysely } from 'kysely';
import { newAttemptRow, newSeed } from '@/lib/attempts/create-attempt';
import { AppError } from '@/lib/errors';
import type { Database } from '@/lib/db/schema';
import { requireCourseContent } from './course-content';
import { listMistakeIds } from './list-mistakes';

export const reviewTargetKey = (courseId: string) => `review:${courseId}`;

/**
 * "Practice these questions": an attempt of kind 'review' holding the course's current mistakes,
 * checked as the learner goes like practice. Asking again while one is in progress continues it
 * (even once its questions are all put right); the partial unique index on (owner, target) keeps
 * two simultaneous starts to one attempt.
 */
export async function startReview(
  db: Kysely<Database>,
  ownerId: string,
  courseId: string,
  now = new Date(),
): Promise<string> {
  const { course } = requireCourseContent(courseId);
  const targetKey = reviewTargetKey(course.id);
  const inProgress = () =>
    db
      .selectFrom('attempts')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('target_key', '=', targetKey)
      .where('status', '=', 'in_progress')
      .executeTakeFirst();
  const existing = await inProgress();
  if (existing) return existing.id;

  const questionIds = await listMistakeIds(db, ownerId, course.id, now);
  if (questionIds.length === 0)
    throw new AppError(
      'conflict',
      'Nothing to review: every question you have answered is right by your latest answer.',
    );
  await db
    .insertInto('attempts')
    // Course order, as the dashboard lists them.
    .values(
      newAttemptRow({
        ownerId,
        courseId: course.id,
        moduleId: null,
        kind: 'review',
        targetKey,
        seed: newSeed(),
        questionIds,
        now,
      }),
    )
    // The partial index's condition as a literal, as in create-attempt.ts (SQLite needs it so).
    .onConflict((oc) => oc.columns(['owner_id', 'target_key']).where('status', '=', sql.lit('in_progress')).doNothing())
    .execute();
  const row = await inProgress();
  if (!row) throw new Error('The review attempt was submitted while it was being started');
  return row.id;
}
