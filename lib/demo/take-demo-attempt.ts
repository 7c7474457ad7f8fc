import 'server-only';
import type { Kysely } from 'kysely';
import { startAssignmentAttempt } from '@/lib/assignments/start-assignment-attempt';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { responseToTokens } from '@/lib/attempts/student-view';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { getCourseArticle, getQuestionIndex } from '@/lib/content/course';
import type { Question } from '@/lib/content/schema';
import type { Database } from '@/lib/db/schema';
import type { Response } from '@/lib/grading/response';

/** Seconds a demo student spends on each question: a 12-question quiz takes 13 minutes. */
const SECONDS_PER_QUESTION = 65;

export type DemoAttempt = {
  assignmentId: string;
  studentId: string;
  startAt: Date;
  /** Submitted once every question has had its time; false leaves the attempt in progress. */
  isSubmitted: boolean;
  /** The answer to give, in content ids; null leaves the question unanswered. */
  answerFor: (question: Question) => Response | null;
};

/**
 * One attempt at an assignment through the same code paths as a student in the browser: started
 * under the assignment's rules, each answer sent in the attempt's own tokens and graded on the
 * server, then submitted. Every step happens at its own past time, so dates and deadlines agree.
 */
export async function takeDemoAttempt(db: Kysely<Database>, plan: DemoAttempt): Promise<string> {
  const attemptId = await startAssignmentAttempt(db, plan.assignmentId, plan.studentId, plan.startAt);
  const attempt = await db
    .selectFrom('attempts')
    .select(['seed', 'course_id', 'question_ids'])
    .where('id', '=', attemptId)
    .where('owner_id', '=', plan.studentId)
    .executeTakeFirstOrThrow();
  const questions = getQuestionIndex(attempt.course_id);
  const article = getCourseArticle(attempt.course_id);
  if (!questions || !article)
    throw new Error(`Demo attempt ${attemptId} is at course ${attempt.course_id}, which is not installed`);
  const ids = JSON.parse(attempt.question_ids) as string[];
  const at = (step: number) => new Date(plan.startAt.getTime() + step * SECONDS_PER_QUESTION * 1000);
  for (const [step, questionId] of ids.entries()) {
    const question = questions.get(questionId)!.question;
    const response = plan.answerFor(question);
    if (!response) continue;
    const tokens = responseToTokens(question, attempt.seed, article, response);
    await saveAnswer(
      db,
      { attemptId, ownerId: plan.studentId, questionId, response: tokens, idempotencyKey: `demo-${questionId}` },
      at(step + 1),
    );
  }
  if (plan.isSubmitted) await submitAttempt(db, attemptId, plan.studentId, at(ids.length + 1));
  return attemptId;
}
