import 'server-only';
import type { Kysely } from 'kysely';
import { CHECKED_AS_YOU_GO_KINDS } from '@/lib/attempts/attempt-view';
import type { Database } from '@/lib/db/schema';
import { loadAssignedVisibility } from './assigned-visibility';

// The one place that decides which answers progress may use. An answer counts only once its
// feedback is visible to the learner: in practice or a review (checked as they go), or in an
// attempt that has been submitted. A quiz, final test or retake still in progress (or abandoned,
// or superseded) keeps its correctness secret, so its answers are never read here. A submitted
// assigned quiz or test counts once its review policy shows the student which answers were right.

export type VisibleAnswer = { questionId: string; score: number; answeredAt: string };

/** Each question's most recent visible answer by this owner in this course (by when it was given). */
export async function listLatestVisibleAnswers(db: Kysely<Database>, ownerId: string, courseId: string, now = new Date()): Promise<Map<string, VisibleAnswer>> {
  const rows = await db
    .selectFrom('answers')
    .innerJoin('attempts', 'attempts.id', 'answers.attempt_id')
    .select(['answers.question_id', 'answers.score', 'answers.updated_at', 'attempts.assignment_id', 'attempts.kind'])
    .where('attempts.owner_id', '=', ownerId)
    .where('attempts.course_id', '=', courseId)
    .where((eb) => eb.or([eb('attempts.kind', 'in', [...CHECKED_AS_YOU_GO_KINDS]), eb('attempts.status', '=', 'submitted')]))
    .orderBy('answers.updated_at')
    .orderBy('attempts.created_at')
    .orderBy('attempts.id')
    .execute();
  const visibility = await loadAssignedVisibility(db, ownerId, rows.map((r) => r.assignment_id), now);
  // Rows come oldest first, so the last one seen for a question is its latest.
  const latest = new Map<string, VisibleAnswer>();
  for (const row of rows) if (visibility(row.assignment_id, row.kind).showWhichRight) latest.set(row.question_id, { questionId: row.question_id, score: Number(row.score), answeredAt: row.updated_at });
  return latest;
}
