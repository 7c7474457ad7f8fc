import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { QuestionCreditEntry } from '@/lib/gradebook/views';

/** The teacher's credits on this attempt's questions, oldest first: the append-only log its page shows. */
export async function listQuestionCredits(db: Kysely<Database>, attemptId: string): Promise<QuestionCreditEntry[]> {
  const rows = await db
    .selectFrom('question_adjustments')
    .innerJoin('users', 'users.id', 'question_adjustments.teacher_id')
    .select([
      'question_adjustments.id',
      'question_adjustments.question_id',
      'question_adjustments.score',
      'question_adjustments.reason',
      'question_adjustments.created_at',
      'question_adjustments.sequence',
      'users.name as teacher_name',
    ])
    .where('question_adjustments.attempt_id', '=', attemptId)
    .where('question_adjustments.kind', '=', 'set-score')
    .orderBy('question_adjustments.question_id')
    .orderBy('question_adjustments.sequence')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    questionId: r.question_id,
    score: Number(r.score ?? 0),
    reason: r.reason,
    teacherName: r.teacher_name,
    date: r.created_at,
  }));
}
