import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { CHECKED_AS_YOU_GO_KINDS, disclosureOfQuestion } from '@/lib/assignments/disclosure';
import { loadDisclosure } from '@/lib/assignments/load-disclosure';
import { AppError } from '@/lib/errors';
import { buildAnswerView, questionIdsOf } from './attempt-view';
import { attemptNotFound } from './errors';
import { closedToOwner, isOwnerOnRoster, lockOwnedAttempt } from './lock';
import type { AnswerView } from './views';

/**
 * "Show me": the key, explanation and evidence of a checked practice (or review) answer before the
 * second wrong try lets them out. Recorded on the answer (revealed_at, and the tries made so far as
 * key_shown_after), so mastery can tell a later try from one made without seeing the answer. Under
 * the attempt's lock, like a save, so the two happen one at a time; asking twice changes nothing.
 */
export async function revealAnswer(
  db: Kysely<Database>,
  input: { attemptId: string; questionId: string; ownerId: string },
  now = new Date(),
): Promise<AnswerView> {
  return db.transaction().execute(async (trx) => {
    const attempt = await lockOwnedAttempt(trx, input.attemptId, input.ownerId);
    if (!attempt) throw attemptNotFound();
    if (!(CHECKED_AS_YOU_GO_KINDS as readonly string[]).includes(attempt.kind))
      throw new AppError(
        'conflict',
        'Only practice shows an answer on request; this shows its answers once handed in.',
      );
    if (attempt.status !== 'in_progress')
      throw new AppError('conflict', 'This practice is finished: its results show every answer.');
    if (!(await isOwnerOnRoster(trx, attempt))) throw await closedToOwner(trx, attempt);
    if (!questionIdsOf(attempt).includes(input.questionId))
      throw new AppError('not_found', `Question "${input.questionId}" is not part of this attempt.`);
    const disclosure = await loadDisclosure(trx, attempt, now);
    if (!disclosureOfQuestion(disclosure, input.questionId).correctAnswers)
      throw new AppError('forbidden', 'Your teacher’s settings hold this answer back for now.');
    await trx
      .updateTable('answers')
      .set((eb) => ({ revealed_at: now.toISOString(), key_shown_after: eb.ref('tries') }))
      .where('attempt_id', '=', attempt.id)
      .where('question_id', '=', input.questionId)
      .where('key_shown_after', 'is', null)
      .execute();
    const answer = await trx
      .selectFrom('answers')
      .selectAll()
      .where('attempt_id', '=', attempt.id)
      .where('question_id', '=', input.questionId)
      .executeTakeFirst();
    if (!answer) throw new AppError('conflict', 'Check an answer first: “Show me” comes after a wrong try.');
    return buildAnswerView(attempt, answer, disclosure);
  });
}
