import 'server-only';
import type { Kysely, Transaction } from 'kysely';
import type { ReviewLimits } from '@/lib/attempts/attempt-view';
import type { Database } from '@/lib/db/schema';
import { parseReviewPolicy, reviewVisibility } from './review-policy';

/**
 * What a submitted attempt at an assignment may show its student now, from the assignment's review
 * policy and the student's due date. Undefined (show everything) for work not assigned, and for
 * assigned practice, which exists to give feedback as the student goes.
 */
export async function reviewLimitsFor(
  db: Kysely<Database> | Transaction<Database>,
  attempt: { assignment_id: string | null; owner_id: string; kind: string },
  now = new Date(),
): Promise<ReviewLimits | undefined> {
  if (!attempt.assignment_id || attempt.kind === 'practice') return undefined;
  // The assignment and the student's accommodation in one query (a submit runs this under its lock).
  const assignment = await db
    .selectFrom('assignments')
    .leftJoin('accommodations', (join) => join.onRef('accommodations.assignment_id', '=', 'assignments.id').on('accommodations.student_id', '=', attempt.owner_id))
    .select(['assignments.review_policy', 'assignments.due_at', 'accommodations.due_at as accommodation_due_at'])
    .where('assignments.id', '=', attempt.assignment_id)
    .executeTakeFirst();
  if (!assignment) return { showScore: false, showWhichRight: false, showCorrectAnswers: false };
  const policy = parseReviewPolicy(assignment.review_policy);
  const dueAt = new Date(assignment.accommodation_due_at ?? assignment.due_at);
  const visible = reviewVisibility(policy, now, dueAt);
  // More is shown later only if some part waits for the due date and the due date is still ahead.
  const waits = Object.values(policy).includes('after_due') && now < dueAt;
  return { ...visible, moreAt: waits ? dueAt.toISOString() : null };
}
