import type { Kysely } from 'kysely';
import { classroom, T0 } from '@/scripts/testing/assignments/classroom';
import { startAssignmentAttempt } from '@/lib/assignments/start-assignment-attempt';
import type { ReviewPolicy } from '@/lib/assignments/review-policy';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { rightAnswer, tokensFor } from '@/scripts/testing/attempts/answers';
import type { Database } from '@/lib/db/schema';

// A class quiz on "Reading critically", whose first question (revision 2 since 2 Dec 2026) also
// accepts "claim". Answers to it can be stored as revision 1 graded them, as in a database made
// before that release.

export const Q01 = 'reading-critically-q01';
export type WhoSaysSo = 'pact' | 'claim' | 'analysis' | 'writer';
export const SHOW_ALL: ReviewPolicy = { score: 'immediately', answers: 'immediately', correctAnswers: 'immediately' };

export async function readingQuizClass(db: Kysely<Database>, reviewPolicy: ReviewPolicy = SHOW_ALL) {
  const room = await classroom(db, ['Ana', 'Ben', 'Cy']);
  const quiz = await room.assign({ moduleId: 'reading-critically', reviewPolicy });
  // Every question of the module, whatever the pool and draw rules: the quiz must hold q01.
  await db
    .updateTable('assignments')
    .set({ question_pool: 'practice', question_count: 100 })
    .where('id', '=', quiz)
    .execute();
  return { ...room, quiz };
}

/**
 * One submitted attempt: every question right except q01, answered `choice`. With `storedAs`, the
 * q01 answer is then set to how an earlier release graded it (its revision and score).
 */
export async function takeQuiz(
  db: Kysely<Database>,
  assignmentId: string,
  studentId: string,
  choice: WhoSaysSo,
  options: { storedAs?: { revision: number; score: number }; isSubmitted?: boolean; at?: Date } = {},
): Promise<string> {
  const at = options.at ?? new Date(T0.getTime() + 3600_000);
  const attemptId = await startAssignmentAttempt(db, assignmentId, studentId, at);
  const { question_ids } = await db
    .selectFrom('attempts')
    .select('question_ids')
    .where('id', '=', attemptId)
    .executeTakeFirstOrThrow();
  const ids = JSON.parse(question_ids) as string[];
  if (!ids.includes(Q01)) throw new Error(`the quiz does not hold ${Q01}: ${ids.join(', ')}`);
  for (const questionId of ids) {
    const response =
      questionId === Q01
        ? await tokensFor(db, attemptId, Q01, { type: 'who-says-so', choice })
        : await rightAnswer(db, attemptId, questionId);
    await saveAnswer(
      db,
      { attemptId, ownerId: studentId, questionId, response, idempotencyKey: crypto.randomUUID() },
      new Date(at.getTime() + 1000),
    );
  }
  if (options.storedAs) {
    const { revision, score } = options.storedAs;
    await db
      .updateTable('answers')
      .set({ question_revision: revision, score, is_correct: score === 1 ? 1 : 0 })
      .where('attempt_id', '=', attemptId)
      .where('question_id', '=', Q01)
      .execute();
  }
  if (options.isSubmitted ?? true) await submitAttempt(db, attemptId, studentId, new Date(at.getTime() + 2000));
  return attemptId;
}

export async function answerOf(db: Kysely<Database>, attemptId: string, questionId = Q01) {
  return db
    .selectFrom('answers')
    .select(['score', 'is_correct', 'question_revision'])
    .where('attempt_id', '=', attemptId)
    .where('question_id', '=', questionId)
    .executeTakeFirstOrThrow();
}

export async function scoreOf(db: Kysely<Database>, attemptId: string): Promise<number | null> {
  return (await db.selectFrom('attempts').select('score').where('id', '=', attemptId).executeTakeFirstOrThrow()).score;
}
