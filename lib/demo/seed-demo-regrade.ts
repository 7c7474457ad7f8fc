import 'server-only';
import type { Kysely } from 'kysely';
import { startAttempt } from '@/lib/attempts/create-attempt';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { responseToTokens } from '@/lib/attempts/student-view';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { getCourseArticle, getQuestionIndex } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { DEMO_COURSE_ID } from './demo-assignments';
import { rightResponse } from './demo-responses';

/** The question whose revision 2 (2 Dec 2026) also accepts "claim": the demo's regrade. */
export const DEMO_REGRADED_QUESTION = 'reading-critically-q01';

const DAY_MS = 86_400_000;

/**
 * A self-study quiz a demo student took before reading-critically-q01's revision 2: they answered
 * "claim", which revision 1 graded 0. The answer is saved as any other, then set back to how the
 * earlier release graded it (revision 1, score 0), as it would stand in a database made then; the
 * content regrade at server start raises it, so the demo's result page shows a regrade. Returns
 * the attempt's id, or undefined when the course no longer holds the question in that quiz.
 */
export async function seedDemoRegrade(db: Kysely<Database>, studentId: string, now: Date): Promise<string | undefined> {
  const questions = getQuestionIndex(DEMO_COURSE_ID);
  const article = getCourseArticle(DEMO_COURSE_ID);
  const moduleId = questions?.get(DEMO_REGRADED_QUESTION)?.moduleId;
  if (!questions || !article || !moduleId) return undefined;
  const startAt = new Date(now.getTime() - 4.5 * DAY_MS);
  const attemptId = await startAttempt(db, studentId, { courseId: DEMO_COURSE_ID, kind: 'quiz', moduleId }, startAt);
  const attempt = await db
    .selectFrom('attempts')
    .select(['seed', 'question_ids'])
    .where('id', '=', attemptId)
    .where('owner_id', '=', studentId)
    .executeTakeFirstOrThrow();
  const ids = JSON.parse(attempt.question_ids) as string[];
  if (!ids.includes(DEMO_REGRADED_QUESTION)) return undefined;
  for (const [step, questionId] of ids.entries()) {
    const question = questions.get(questionId)!.question;
    const response =
      questionId === DEMO_REGRADED_QUESTION
        ? { type: 'who-says-so' as const, choice: 'claim' }
        : rightResponse(question);
    const tokens = responseToTokens(question, attempt.seed, article, response);
    await saveAnswer(
      db,
      { attemptId, ownerId: studentId, questionId, response: tokens, idempotencyKey: `demo-regrade-${questionId}` },
      new Date(startAt.getTime() + (step + 1) * 60_000),
    );
  }
  // As revision 1 graded "claim": wrong.
  await db
    .updateTable('answers')
    .set({ score: 0, is_correct: 0, first_score: 0, question_revision: 1 })
    .where('attempt_id', '=', attemptId)
    .where('question_id', '=', DEMO_REGRADED_QUESTION)
    .execute();
  await submitAttempt(db, attemptId, studentId, new Date(startAt.getTime() + (ids.length + 1) * 60_000));
  return attemptId;
}
