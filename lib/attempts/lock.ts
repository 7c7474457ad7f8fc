import 'server-only';
import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';
import type { Database } from '@/lib/db/schema';

/**
 * Loads an attempt only if it belongs to this owner (ownership in the WHERE clause, never load
 * then filter), locking its row for the rest of the transaction so saves and submits on one
 * attempt happen one at a time. PostgreSQL takes a row lock; SQLite serialises every write
 * transaction on its single connection already and has no FOR UPDATE.
 */
export async function lockOwnedAttempt(trx: Transaction<Database> | Kysely<Database>, attemptId: string, ownerId: string) {
  let query = trx.selectFrom('attempts').selectAll().where('id', '=', attemptId).where('owner_id', '=', ownerId);
  if (trx.getExecutor().adapter instanceof PostgresAdapter) query = query.forUpdate();
  return query.executeTakeFirst();
}

/**
 * For a save: the owned attempt, locked as above, then this question's saved answer (if any) and
 * the question this idempotency key was already used for, read together in one more query (two
 * round trips instead of three). That second read must be its own statement: on PostgreSQL a
 * statement that waited for the lock still sees the other tables as they were when it began, so a
 * save committed meanwhile would be missed.
 */
export async function lockOwnedAttemptForSave(trx: Transaction<Database>, attemptId: string, ownerId: string, questionId: string, idempotencyKey: string) {
  const attempt = await lockOwnedAttempt(trx, attemptId, ownerId);
  if (!attempt) return undefined;
  const row = await trx
    .selectFrom('attempts')
    .leftJoin('answers', (join) => join.onRef('answers.attempt_id', '=', 'attempts.id').on('answers.question_id', '=', questionId))
    .select([
      'answers.response',
      'answers.score',
      'answers.is_correct',
      'answers.first_score',
      'answers.tries',
      'answers.revision',
      'answers.created_at',
      'answers.updated_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('answer_saves')
        .select('answer_saves.question_id')
        .whereRef('answer_saves.attempt_id', '=', 'attempts.id')
        .where('answer_saves.idempotency_key', '=', idempotencyKey)
        .as('replay_question_id'),
    )
    .where('attempts.id', '=', attempt.id)
    .executeTakeFirstOrThrow();
  const existing =
    row.revision === null
      ? undefined
      : {
          attempt_id: attempt.id,
          question_id: questionId,
          response: row.response!,
          score: row.score!,
          is_correct: row.is_correct!,
          first_score: row.first_score!,
          tries: row.tries!,
          revision: row.revision,
          created_at: row.created_at!,
          updated_at: row.updated_at!,
        };
  return { attempt, existing, replayQuestionId: row.replay_question_id ?? undefined };
}
