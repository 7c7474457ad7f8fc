import 'server-only';
import type { Kysely } from 'kysely';
import { getCourseArticle, getQuestionIndex } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { gradeResponse } from '@/lib/grading';
import type { Response } from '@/lib/grading/response';
import { buildAnswerView, questionIdsOf } from './attempt-view';
import { isPastDeadline } from '@/lib/assignments/rules';
import { AttemptError, attemptNotFound } from './errors';
import { lockOwnedAttemptForSave } from './lock';
import { ResponseShapeError, responseFromTokens } from './student-view';
import type { AnswerView } from './views';

export type SaveAnswerInput = { attemptId: string; ownerId: string; questionId: string; response: Response; idempotencyKey: string };

/**
 * Records one answer (in the attempt's tokens), graded on the server. Idempotent: the first save
 * with a key is applied; a retry with the same key changes nothing and returns the answer as it
 * stands. Everything happens in one transaction holding the attempt's lock, so an answer racing a
 * submit is either saved before the submit counts it or refused with 409, never lost silently. The
 * attempt, the saved answer and the key's earlier use are read in one query under that lock.
 */
export async function saveAnswer(db: Kysely<Database>, input: SaveAnswerInput, now = new Date()): Promise<{ answer: AnswerView; isReplay: boolean }> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOwnedAttemptForSave(trx, input.attemptId, input.ownerId, input.questionId, input.idempotencyKey);
    if (!locked) throw attemptNotFound();
    const { attempt, existing, replayQuestionId } = locked;
    if (attempt.status === 'superseded') {
      throw new AttemptError('conflict', 'This attempt was replaced by another one in progress for the same work; continue that one instead.');
    }
    if (attempt.status !== 'in_progress') {
      throw new AttemptError('conflict', 'This attempt has been submitted, so its answers can no longer change.');
    }
    if (isPastDeadline(attempt.deadline_at, now)) {
      throw new AttemptError('conflict', 'Time is up for this attempt: answers after the deadline are not saved.');
    }
    if (!questionIdsOf(attempt).includes(input.questionId)) {
      throw new AttemptError('not_found', `Question "${input.questionId}" is not part of this attempt.`);
    }
    const question = getQuestionIndex(attempt.course_id)?.get(input.questionId)?.question;
    const article = getCourseArticle(attempt.course_id);
    if (!question || !article) throw new Error(`Attempt ${attempt.id} refers to content that is not installed`);

    if (replayQuestionId !== undefined) {
      if (replayQuestionId !== input.questionId) {
        throw new AttemptError('invalid', 'This idempotency key was already used for another question; send a new key for a new answer.');
      }
      if (!existing) throw new Error(`Save ${input.idempotencyKey} was recorded without its answer`);
      return { answer: buildAnswerView(attempt, existing), isReplay: true };
    }

    let response: Response;
    try {
      response = responseFromTokens(question, attempt.seed, article, input.response);
    } catch (error) {
      if (error instanceof ResponseShapeError) throw new AttemptError('invalid', error.message);
      throw error;
    }
    const grade = gradeResponse(question, response);
    const stamp = now.toISOString();
    const revision = (existing?.revision ?? 0) + 1;
    const row = {
      attempt_id: attempt.id,
      question_id: input.questionId,
      response: JSON.stringify(response),
      score: grade.score,
      is_correct: grade.isCorrect ? 1 : 0,
      first_score: existing?.first_score ?? grade.score,
      tries: (existing?.tries ?? 0) + 1,
      revision,
      created_at: existing?.created_at ?? stamp,
      updated_at: stamp,
    };
    if (existing) {
      await trx.updateTable('answers').set(row).where('attempt_id', '=', attempt.id).where('question_id', '=', input.questionId).execute();
    } else {
      await trx.insertInto('answers').values(row).execute();
    }
    await trx
      .insertInto('answer_saves')
      .values({ attempt_id: attempt.id, idempotency_key: input.idempotencyKey, question_id: input.questionId, revision, created_at: stamp })
      .execute();
    await trx.updateTable('attempts').set({ updated_at: stamp }).where('id', '=', attempt.id).execute();
    return { answer: buildAnswerView(attempt, row), isReplay: false };
  });
}
