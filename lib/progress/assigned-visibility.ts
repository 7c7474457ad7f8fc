import 'server-only';
import type { Kysely } from 'kysely';
import { parseReviewPolicy, reviewVisibility, type ReviewVisibility } from '@/lib/assignments/review-policy';
import type { Database } from '@/lib/db/schema';

// A student's own progress (mastery, mistakes, score history) may use an assigned quiz or test
// only as far as the assignment's review policy lets them see it: the score once the score is
// shown, each answer once "which answers were right" is shown. Otherwise the dashboard would
// reveal what the teacher chose to withhold. Work not assigned, and assigned practice (checked as
// the student goes), are always visible.

const ALWAYS: ReviewVisibility = { showScore: true, showWhichRight: true, showCorrectAnswers: true };

/** What each of these assignments shows this student now, after their own accommodation's due date. */
export async function loadAssignedVisibility(
  db: Kysely<Database>,
  studentId: string,
  assignmentIds: Iterable<string | null>,
  now = new Date(),
): Promise<(assignmentId: string | null, kind: string) => ReviewVisibility> {
  const ids = [...new Set([...assignmentIds].filter((id): id is string => id !== null))];
  const byId = new Map<string, ReviewVisibility>();
  if (ids.length > 0) {
    const rows = await db
      .selectFrom('assignments')
      .leftJoin('accommodations', (join) =>
        join.onRef('accommodations.assignment_id', '=', 'assignments.id').on('accommodations.student_id', '=', studentId),
      )
      .select(['assignments.id', 'assignments.review_policy', 'assignments.due_at', 'accommodations.due_at as own_due_at'])
      .where('assignments.id', 'in', ids)
      .execute();
    for (const row of rows) byId.set(row.id, reviewVisibility(parseReviewPolicy(row.review_policy), now, new Date(row.own_due_at ?? row.due_at)));
  }
  // An assignment that no longer exists shows nothing rather than too much.
  const HIDDEN: ReviewVisibility = { showScore: false, showWhichRight: false, showCorrectAnswers: false };
  return (assignmentId, kind) => (assignmentId === null || kind === 'practice' ? ALWAYS : (byId.get(assignmentId) ?? HIDDEN));
}
