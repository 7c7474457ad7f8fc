import type { Kysely } from 'kysely';
import { getCourseArticle, getQuestionIndex } from '@/lib/content/course';
import { WHO_SAYS_SO_IDS } from '@/lib/content/schema';
import type { Database } from '@/lib/db/schema';
import type { Response } from '@/lib/grading/response';
import { keyResponse } from '@/scripts/testing/grading/key-response';
import { responseToTokens } from '@/lib/attempts/student-view';

// Test helpers that answer as a browser would: in the attempt's own tokens.

export async function tokensFor(
  db: Kysely<Database>,
  attemptId: string,
  questionId: string,
  response: Response,
): Promise<Response> {
  const attempt = await db
    .selectFrom('attempts')
    .select(['seed', 'course_id'])
    .where('id', '=', attemptId)
    .executeTakeFirstOrThrow();
  const question = getQuestionIndex(attempt.course_id)!.get(questionId)!.question;
  return responseToTokens(question, attempt.seed, getCourseArticle(attempt.course_id)!, response);
}

export async function rightAnswer(db: Kysely<Database>, attemptId: string, questionId: string): Promise<Response> {
  const courseId = (
    await db.selectFrom('attempts').select('course_id').where('id', '=', attemptId).executeTakeFirstOrThrow()
  ).course_id;
  return tokensFor(db, attemptId, questionId, keyResponse(getQuestionIndex(courseId)!.get(questionId)!.question));
}

/** A response of the right type that scores 0. */
export async function wrongAnswer(db: Kysely<Database>, attemptId: string, questionId: string): Promise<Response> {
  const right = await rightAnswer(db, attemptId, questionId);
  switch (right.type) {
    case 'true-false':
      return { ...right, value: !right.value };
    case 'fill-blank':
      return { ...right, text: 'certainly not this' };
    default: {
      // Any other option of the same question; the view lists them all.
      const courseId = (
        await db.selectFrom('attempts').select('course_id').where('id', '=', attemptId).executeTakeFirstOrThrow()
      ).course_id;
      const question = getQuestionIndex(courseId)!.get(questionId)!.question;
      const key = keyResponse(question);
      if (key.type === 'ordering')
        return tokensFor(db, attemptId, questionId, { ...key, order: [...key.order].reverse() });
      if (key.type === 'matching') {
        // Every left item matched to the next item's right: all wrong, so the score is 0.
        const lefts = Object.keys(key.pairs);
        const rotated = Object.fromEntries(lefts.map((l, i) => [l, key.pairs[lefts[(i + 1) % lefts.length]!]!]));
        return tokensFor(db, attemptId, questionId, { ...key, pairs: rotated });
      }
      if (key.type === 'multiple-select') return tokensFor(db, attemptId, questionId, { ...key, choices: [] });
      if (question.type === 'single-choice')
        return tokensFor(db, attemptId, questionId, {
          type: 'single-choice',
          choice: question.options.find((o) => o.id !== question.answer)!.id,
        });
      if (question.type === 'who-says-so') {
        const accepted: string[] = [question.answer, ...(question.alsoAccepted ?? [])];
        return tokensFor(db, attemptId, questionId, {
          type: 'who-says-so',
          choice: WHO_SAYS_SO_IDS.find((id) => !accepted.includes(id))!,
        });
      }
      if (question.type === 'find-evidence') {
        const paragraph = getCourseArticle(courseId)!.paragraphs.find((p) => p.id === question.paragraph)!;
        return tokensFor(db, attemptId, questionId, {
          type: 'find-evidence',
          choice: paragraph.sentences.find((s) => s.id !== question.answer)!.id,
        });
      }
      throw new Error(`no wrong answer for ${question.type}`);
    }
  }
}
