import 'server-only';
import type { Kysely } from 'kysely';
import { loadDisclosures } from '@/lib/assignments/load-disclosure';
import type { Database } from '@/lib/db/schema';
import { discloseRegrades, type RegradeRow } from './regrade-notes';

// "Grade changed by your teacher": the latest change a teacher made to each of a student's
// assigned attempts (credit on a question, or an adjustment for the class), for the dashboard and
// the assigned-work list. Through the disclosure rule like the result page: nothing where the
// review policy hides the score, and the reason only where it shows that question's verdict.

export type GradeChangeView = {
  assignmentId: string;
  attemptId: string;
  date: string;
  oldScore: number;
  newScore: number;
  max: number;
  /** Why, once the review policy shows which answers were right; null until then. */
  reason: string | null;
};

/** The latest shown teacher change per assignment, newest first. */
export async function listGradeChangesForStudent(
  db: Kysely<Database>,
  studentId: string,
  now: Date,
): Promise<GradeChangeView[]> {
  const rows = await db
    .selectFrom('regrades')
    .innerJoin('attempts', 'attempts.id', 'regrades.attempt_id')
    .selectAll('regrades')
    .select([
      'attempts.kind',
      'attempts.status',
      'attempts.policy_assignment_id',
      'attempts.question_ids',
      'attempts.max_score',
    ])
    .where('regrades.owner_id', '=', studentId)
    .where('attempts.owner_id', '=', studentId)
    .where('regrades.source', '=', 'teacher')
    .where('regrades.assignment_id', 'is not', null)
    .orderBy('regrades.created_at')
    .orderBy('regrades.id')
    .execute();
  if (rows.length === 0) return [];
  const byAttempt = new Map<string, typeof rows>();
  for (const row of rows) byAttempt.set(row.attempt_id, [...(byAttempt.get(row.attempt_id) ?? []), row]);
  const disclosureOf = await loadDisclosures(
    db,
    studentId,
    [...byAttempt.values()].map((r) => r[0]!),
    now,
  );
  const latest = new Map<string, GradeChangeView>();
  for (const [attemptId, own] of byAttempt) {
    const first = own[0]!;
    const notes = discloseRegrades(own as RegradeRow[], disclosureOf(first));
    const total = notes.filter((n) => n.questionId === null).at(-1);
    if (!total) continue;
    const why = notes.filter((n) => n.questionId !== null && n.date === total.date).at(-1);
    const change: GradeChangeView = {
      assignmentId: first.assignment_id!,
      attemptId,
      date: total.date,
      oldScore: total.oldScore,
      newScore: total.newScore,
      max: first.max_score,
      reason: why?.reason ?? null,
    };
    const known = latest.get(change.assignmentId);
    if (!known || known.date < change.date) latest.set(change.assignmentId, change);
  }
  return [...latest.values()].sort((a, b) => b.date.localeCompare(a.date));
}
