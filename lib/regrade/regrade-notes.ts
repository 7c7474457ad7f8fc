import 'server-only';
import type { Kysely, Selectable } from 'kysely';
import { disclosureOfQuestion, type Disclosure } from '@/lib/assignments/disclosure';
import type { Database, RegradesTable } from '@/lib/db/schema';
import type { RegradeNoteView } from '@/lib/attempts/views';

// The regrade history of one attempt as its viewer may see it. "Question 3 was regraded from 0 to
// 1" says which answer was wrong, so a question's note shows only where the disclosure shows that
// question's verdict; a change of the total shows only where it shows the score.

export type RegradeRow = Selectable<RegradesTable>;

/** The attempt's regrades, oldest first. Callers have checked the attempt is the viewer's (or their class's). */
export async function listRegradesOfAttempt(db: Kysely<Database>, attemptId: string): Promise<RegradeRow[]> {
  return db
    .selectFrom('regrades')
    .selectAll()
    .where('attempt_id', '=', attemptId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The notes a student may read: per question where its verdict shows, per regrade run's total where the score shows. */
export function discloseRegrades(rows: readonly RegradeRow[], disclosure: Disclosure): RegradeNoteView[] {
  const notes: RegradeNoteView[] = [];
  const totals = new Set<string>();
  for (const row of rows) {
    const isTotalChanged =
      row.old_attempt_score !== null &&
      row.new_attempt_score !== null &&
      row.old_attempt_score !== row.new_attempt_score;
    // One regrade run writes the same totals on each of its rows: one note for the run.
    const run = `${row.created_at}:${row.old_attempt_score}:${row.new_attempt_score}`;
    if (disclosure.score && isTotalChanged && !totals.has(run)) {
      totals.add(run);
      notes.push({
        date: row.created_at,
        questionId: null,
        oldScore: row.old_attempt_score!,
        newScore: row.new_attempt_score!,
        reason: null,
        byTeacher: row.source === 'teacher',
      });
    }
    if (disclosureOfQuestion(disclosure, row.question_id).whichRight) {
      notes.push({
        date: row.created_at,
        questionId: row.question_id,
        oldScore: row.old_score,
        newScore: row.new_score,
        reason: row.reason,
        byTeacher: row.source === 'teacher',
      });
    }
  }
  return notes;
}
