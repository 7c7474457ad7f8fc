import 'server-only';
import type { Kysely } from 'kysely';
import { CHECKED_AS_YOU_GO_KINDS } from '@/lib/attempts/attempt-view';
import type { Database } from '@/lib/db/schema';

// The one place that decides which answers progress may use. An answer counts only once its
// feedback is visible to the learner: in practice or a review (checked as they go), or in an
// attempt that has been submitted. A quiz, final test or retake still in progress (or abandoned,
// or superseded) keeps its correctness secret, so its answers are never read here.

export type VisibleAnswer = { questionId: string; score: number; answeredAt: string };

/** Each question's most recent visible answer by this owner in this course (by when it was given). */
export async function listLatestVisibleAnswers(db: Kysely<Database>, ownerId: string, courseId: string): Promise<Map<string, VisibleAnswer>> {
  const rows = await db
    .selectFrom('answers')
    .innerJoin('attempts', 'attempts.id', 'answers.attempt_id')
    .select(['answers.question_id', 'answers.score', 'answers.updated_at'])
    .where('attempts.owner_id', '=', ownerId)
    .where('attempts.course_id', '=', courseId)
    // Assigned quizzes and tests stay out until their review policy shows which answers were right;
    // for now they are left out entirely (the teacher's gradebook has them), so nothing leaks.
    .where((eb) =>
      eb.or([
        eb('attempts.kind', 'in', [...CHECKED_AS_YOU_GO_KINDS]),
        eb.and([eb('attempts.status', '=', 'submitted'), eb('attempts.assignment_id', 'is', null)]),
      ]),
    )
    .orderBy('answers.updated_at')
    .orderBy('attempts.created_at')
    .orderBy('attempts.id')
    .execute();
  // Rows come oldest first, so the last one seen for a question is its latest.
  const latest = new Map<string, VisibleAnswer>();
  for (const row of rows) latest.set(row.question_id, { questionId: row.question_id, score: Number(row.score), answeredAt: row.updated_at });
  return latest;
}
