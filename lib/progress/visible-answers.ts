import 'server-only';
import type { Kysely } from 'kysely';
import { CHECKED_AS_YOU_GO_KINDS } from '@/lib/assignments/disclosure';
import { loadDisclosures } from '@/lib/assignments/load-disclosure';
import type { Database } from '@/lib/db/schema';

// The one place that decides which answers progress may use (mastery, mistakes, reviews), by the
// disclosure rule (lib/assignments/disclosure.ts): an answer counts once its verdict is shown to
// the learner, and carries whether its correct answer is shown too. A quiz, final test or retake
// still in progress (or abandoned, or superseded) shows no verdicts, so its answers never count; a
// submitted assigned one counts once its review policy shows which answers were right.

export type VisibleAnswer = {
  questionId: string;
  score: number;
  answeredAt: string;
  /** The correct answer, explanation and evidence of this answer are shown to the learner now. */
  isKeyShown: boolean;
  /** While the key is held back: when the review policy shows more (the due date), or null for never. */
  moreAt: string | null;
};

/** Each question's most recent visible answer by this owner in this course (by when it was given). */
export async function listLatestVisibleAnswers(
  db: Kysely<Database>,
  ownerId: string,
  courseId: string,
  now = new Date(),
): Promise<Map<string, VisibleAnswer>> {
  const rows = await db
    .selectFrom('answers')
    .innerJoin('attempts', 'attempts.id', 'answers.attempt_id')
    .select([
      'answers.question_id',
      'answers.score',
      'answers.updated_at',
      'attempts.kind',
      'attempts.status',
      'attempts.policy_assignment_id',
      'attempts.question_ids',
    ])
    .where('attempts.owner_id', '=', ownerId)
    .where('attempts.course_id', '=', courseId)
    // Only what could be shown at all: the disclosure rule then decides row by row.
    .where((eb) =>
      eb.or([eb('attempts.kind', 'in', [...CHECKED_AS_YOU_GO_KINDS]), eb('attempts.status', '=', 'submitted')]),
    )
    .orderBy('answers.updated_at')
    .orderBy('attempts.created_at')
    .orderBy('attempts.id')
    .execute();
  const disclose = await loadDisclosures(db, ownerId, rows, now);
  // Rows come oldest first, so the last one seen for a question is its latest.
  const latest = new Map<string, VisibleAnswer>();
  for (const row of rows) {
    const disclosure = disclose(row);
    if (!disclosure.whichRight) continue;
    latest.set(row.question_id, {
      questionId: row.question_id,
      score: Number(row.score),
      answeredAt: row.updated_at,
      isKeyShown: disclosure.correctAnswers,
      moreAt: disclosure.moreAt,
    });
  }
  return latest;
}
