import 'server-only';
import { PostgresAdapter, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { AppError } from '@/lib/errors';
import type { AnswerRow, AttemptRow } from './attempt-view';
import { assignmentArchived, removedFromClass } from './errors';

/**
 * Loads an attempt only if it belongs to this owner (ownership in the WHERE clause, never load
 * then filter), locking its row for the rest of the transaction so saves and submits on one
 * attempt happen one at a time. PostgreSQL takes a row lock; SQLite serialises every write
 * transaction on its single connection already and has no FOR UPDATE.
 */
export async function lockOwnedAttempt(
  trx: Transaction<Database> | Kysely<Database>,
  attemptId: string,
  ownerId: string,
) {
  let query = trx.selectFrom('attempts').selectAll().where('id', '=', attemptId).where('owner_id', '=', ownerId);
  if (isPostgres(trx)) query = query.forUpdate();
  return query.executeTakeFirst();
}

export function isPostgres(db: Transaction<Database> | Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Whose save it is: a guest's id, or a signed-in user's id with the version of the session that
 * asked (lib/auth/learner.ts getSaveOwner). A save checks that version in its own first read
 * instead of in a query of its own before, one round trip fewer on every save.
 */
export type SaveOwner = { ownerId: string; sessionVersion?: number };

/**
 * What a save needs to know, as one consistent read: the attempt, this question's answer, the key's
 * earlier use, and (for assigned work) whether its student is still on the class's roster.
 */
export type SaveState = {
  attempt: AttemptRow;
  existing: AnswerRow | undefined;
  replayQuestionId: string | undefined;
  isOnRoster: boolean;
};

/**
 * How many roster rows put this attempt's owner in its assignment's class, while the assignment is
 * not archived (0 for unassigned work): a scalar subquery. Zero refuses the save; closedToOwner
 * then says which of the two it was, on that rare path only.
 */
function rosterCount(eb: ExpressionBuilder<Database, 'attempts'>) {
  return eb
    .selectFrom('class_members')
    .innerJoin('assignments', 'assignments.class_id', 'class_members.class_id')
    .select((sub) => sub.fn.countAll().as('n'))
    .whereRef('assignments.id', '=', 'attempts.assignment_id')
    .whereRef('class_members.student_id', '=', 'attempts.owner_id')
    .where('assignments.archived_at', 'is', null)
    .as('roster_count');
}

/** Why assigned work no longer takes this owner's changes: its assignment was archived, or they left the class. */
export async function closedToOwner(
  db: Transaction<Database> | Kysely<Database>,
  attempt: Pick<AttemptRow, 'assignment_id'>,
): Promise<AppError> {
  const assignment =
    attempt.assignment_id === null
      ? undefined
      : await db
          .selectFrom('assignments')
          .select('archived_at')
          .where('id', '=', attempt.assignment_id)
          .executeTakeFirst();
  return assignment?.archived_at ? assignmentArchived() : removedFromClass();
}

/** Whether this assigned attempt still takes its owner's changes: they are on the class's roster and the assignment is not archived (work not assigned always does). */
export async function isOwnerOnRoster(
  trx: Transaction<Database> | Kysely<Database>,
  attempt: Pick<AttemptRow, 'id' | 'assignment_id'>,
): Promise<boolean> {
  if (attempt.assignment_id === null) return true;
  const row = await trx
    .selectFrom('attempts')
    .select((eb) => rosterCount(eb))
    .where('attempts.id', '=', attempt.id)
    .executeTakeFirst();
  return Number(row?.roster_count ?? 0) > 0;
}

/**
 * For a save: the owned attempt, locked as above, then this question's saved answer (if any) and
 * the question this idempotency key was already used for, read together in one more query (two
 * round trips instead of three). That second read must be its own statement: on PostgreSQL a
 * statement that waited for the lock still sees the other tables as they were when it began, so a
 * save committed meanwhile would be missed.
 */
export async function lockOwnedAttemptForSave(
  trx: Transaction<Database>,
  who: SaveOwner,
  attemptId: string,
  questionId: string,
  idempotencyKey: string,
): Promise<SaveState | undefined> {
  const attempt = await lockOwnedAttempt(trx, attemptId, who.ownerId);
  if (!attempt) return undefined;
  const row = await answerAndReplay(trx, who, attempt.id, questionId, idempotencyKey).executeTakeFirst();
  return row ? saveState(attempt, questionId, row) : undefined;
}

/**
 * The same state without a lock, in one statement (one snapshot), for an optimistic save that
 * writes only if nothing changed since (save-answer.ts).
 */
export async function readOwnedAttemptForSave(
  db: Kysely<Database>,
  who: SaveOwner,
  attemptId: string,
  questionId: string,
  idempotencyKey: string,
): Promise<SaveState | undefined> {
  const row = await answerAndReplay(db, who, attemptId, questionId, idempotencyKey)
    .selectAll('attempts')
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    answer_response,
    answer_score,
    answer_is_correct,
    answer_first_score,
    answer_tries,
    answer_revision,
    answer_question_revision,
    answer_key_shown_after,
    answer_revealed_at,
    answer_created_at,
    answer_updated_at,
    replay_question_id,
    roster_count,
    ...attempt
  } = row;
  const answer = {
    answer_response,
    answer_score,
    answer_is_correct,
    answer_first_score,
    answer_tries,
    answer_revision,
    answer_question_revision,
    answer_key_shown_after,
    answer_revealed_at,
    answer_created_at,
    answer_updated_at,
  };
  return saveState(attempt, questionId, { ...answer, replay_question_id, roster_count });
}

function answerAndReplay(
  db: Transaction<Database> | Kysely<Database>,
  who: SaveOwner,
  attemptId: string,
  questionId: string,
  idempotencyKey: string,
) {
  const query = db
    .selectFrom('attempts')
    .leftJoin('answers', (join) =>
      join.onRef('answers.attempt_id', '=', 'attempts.id').on('answers.question_id', '=', questionId),
    )
    .select([
      'answers.response as answer_response',
      'answers.score as answer_score',
      'answers.is_correct as answer_is_correct',
      'answers.first_score as answer_first_score',
      'answers.tries as answer_tries',
      'answers.revision as answer_revision',
      'answers.question_revision as answer_question_revision',
      'answers.key_shown_after as answer_key_shown_after',
      'answers.revealed_at as answer_revealed_at',
      'answers.created_at as answer_created_at',
      'answers.updated_at as answer_updated_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('answer_saves')
        .select('answer_saves.question_id')
        .whereRef('answer_saves.attempt_id', '=', 'attempts.id')
        .where('answer_saves.idempotency_key', '=', idempotencyKey)
        .as('replay_question_id'),
    )
    .select((eb) => rosterCount(eb))
    .where('attempts.id', '=', attemptId)
    .where('attempts.owner_id', '=', who.ownerId);
  const { sessionVersion } = who;
  if (sessionVersion === undefined) return query;
  // The session that asked must still be current: a signed-out session finds no attempt to save to.
  return query.where((eb) =>
    eb.exists(
      eb
        .selectFrom('users')
        .select('users.id')
        .whereRef('users.id', '=', 'attempts.owner_id')
        .where('users.session_version', '=', sessionVersion),
    ),
  );
}

type AnswerColumns = {
  answer_response: string | null;
  answer_score: number | null;
  answer_is_correct: number | null;
  answer_first_score: number | null;
  answer_tries: number | null;
  answer_revision: number | null;
  answer_question_revision: number | null;
  answer_key_shown_after: number | null;
  answer_revealed_at: string | null;
  answer_created_at: string | null;
  answer_updated_at: string | null;
  replay_question_id: string | null;
  roster_count: number | string | bigint | null;
};

function saveState(attempt: AttemptRow, questionId: string, row: AnswerColumns): SaveState {
  const existing =
    row.answer_revision === null
      ? undefined
      : {
          attempt_id: attempt.id,
          question_id: questionId,
          response: row.answer_response!,
          score: row.answer_score!,
          is_correct: row.answer_is_correct!,
          first_score: row.answer_first_score!,
          tries: row.answer_tries!,
          revision: row.answer_revision,
          question_revision: row.answer_question_revision ?? 1,
          key_shown_after: row.answer_key_shown_after,
          revealed_at: row.answer_revealed_at,
          created_at: row.answer_created_at!,
          updated_at: row.answer_updated_at!,
        };
  const isOnRoster = attempt.assignment_id === null || Number(row.roster_count ?? 0) > 0;
  return { attempt, existing, replayQuestionId: row.replay_question_id ?? undefined, isOnRoster };
}
