import 'server-only';
import { sql, type Kysely, type Transaction } from 'kysely';
import { getCourseArticle, getQuestionIndex } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { gradeWithAdjustments, type Adjustment } from '@/lib/regrade/grade-with-adjustments';
import { loadAdjustmentsForSave } from '@/lib/regrade/load-adjustments';
import type { Response } from '@/lib/grading/response';
import { buildAnswerView, questionIdsOf, type AnswerRow, type AttemptRow } from './attempt-view';
import {
  CHECKED_AS_YOU_GO_KINDS,
  DISCLOSE_NOTHING,
  discloseAttempt,
  keyShownAfter,
  type Disclosure,
} from '@/lib/assignments/disclosure';
import { loadDisclosure } from '@/lib/assignments/load-disclosure';
import { isPastDeadline } from '@/lib/assignments/rules';
import { AppError } from '@/lib/errors';
import { attemptNotFound, removedFromClass, retakeHeldBack } from './errors';
import {
  closedToOwner,
  isPostgres,
  lockOwnedAttemptForSave,
  readOwnedAttemptForSave,
  type SaveOwner,
  type SaveState,
} from './lock';
import { ResponseShapeError, responseFromTokens } from './student-view';
import type { AnswerView } from './views';

export type SaveAnswerInput = SaveOwner & {
  attemptId: string;
  questionId: string;
  response: Response;
  idempotencyKey: string;
};

/**
 * Records one answer (in the attempt's tokens), graded on the server. Idempotent: the first save
 * with a key is applied; a retry with the same key changes nothing and returns the answer as it
 * stands. An answer racing a submit is either saved before the submit counts it or refused with
 * 409, never lost silently.
 *
 * Two ways to the same rules (`decide`, then one write):
 * - Under the attempt's lock, in one transaction: read, decide, write. SQLite always (its writes are
 *   serialised and share a commit, lib/db/group-commit.ts, so this costs no round trips).
 * - Optimistically, on PostgreSQL: one read, then one statement that writes only if the attempt is
 *   still in progress and this question's answer is still the revision read (two round trips, and no
 *   connection held while the server grades; a transaction took seven). When something changed in
 *   between (another save of this question, a submit) it writes nothing and the save starts over;
 *   after OPTIMISTIC_TRIES it falls back to the lock, so a save under contention still goes through.
 */
export async function saveAnswer(db: Kysely<Database>, input: SaveAnswerInput, now = new Date()): Promise<SaveResult> {
  // A teacher's adjustments of this question on the attempt's assignment (none for self-study),
  // read once, before and outside the save's own read and transaction: they are append-only.
  const adjustments = loadAdjustmentsForSave(db, input.attemptId, input.questionId);
  if (isPostgres(db)) {
    for (let i = 0; i < OPTIMISTIC_TRIES; i++) {
      const [state, adjusted] = await Promise.all([
        readOwnedAttemptForSave(db, input, input.attemptId, input.questionId, input.idempotencyKey),
        adjustments,
      ]);
      if (state && !state.isOnRoster) throw await closedToOwner(db, state.attempt);
      const decision = decide(state, input, now, await disclosureForSave(db, state, now), adjusted);
      if (decision.kind === 'replay') return decision.result;
      if (await writeIfUnchanged(db, decision, input)) return { answer: decision.answer, isReplay: false };
    }
  }
  const adjusted = await adjustments;
  return db.transaction().execute(async (trx) => {
    const state = await lockOwnedAttemptForSave(trx, input, input.attemptId, input.questionId, input.idempotencyKey);
    if (state && !state.isOnRoster) throw await closedToOwner(trx, state.attempt);
    const decision = decide(state, input, now, await disclosureForSave(trx, state, now), adjusted);
    if (decision.kind === 'replay') return decision.result;
    await writeUnderLock(trx, decision, input);
    return { answer: decision.answer, isReplay: false };
  });
}

type SaveResult = { answer: AnswerView; isReplay: boolean };

/** Three reads that find a change in between are rare (one learner saving one question again and again at once). */
const OPTIMISTIC_TRIES = 3;

type Write = { kind: 'write'; attempt: AttemptRow; row: AnswerRow; previousRevision: number; answer: AnswerView };

/**
 * What the reply to a save may show. Most attempts need no query: practice shows each verdict and
 * each key once earned (disclosure.ts), a quiz in
 * progress nothing. A review asks which of its questions' keys a policy holds back; a retake of
 * assigned work whether its policy still shows the correct answers (else it takes no answers).
 */
async function disclosureForSave(
  db: Kysely<Database> | Transaction<Database>,
  state: SaveState | undefined,
  now: Date,
): Promise<Disclosure> {
  if (!state) return DISCLOSE_NOTHING;
  const { attempt } = state;
  if (attempt.kind === 'review' || attempt.kind === 'retake') return loadDisclosure(db, attempt, now);
  return discloseAttempt(attempt, undefined, 'student', now);
}

/** The rules of a save, on the state read: refuse, replay the key's first use, or the row to write. */
function decide(
  state: SaveState | undefined,
  input: SaveAnswerInput,
  now: Date,
  disclosure: Disclosure,
  adjustments: readonly Adjustment[],
): { kind: 'replay'; result: SaveResult } | Write {
  if (!state) throw attemptNotFound();
  const { attempt, existing, replayQuestionId, isOnRoster } = state;
  if (!isOnRoster) throw removedFromClass();
  if (disclosure.hidesQuestions) throw retakeHeldBack();
  if (attempt.status === 'superseded') {
    throw new AppError(
      'conflict',
      'This attempt was replaced by another one in progress for the same work; continue that one instead.',
    );
  }
  if (attempt.status !== 'in_progress') {
    throw new AppError('conflict', 'This attempt has been submitted, so its answers can no longer change.');
  }
  if (isPastDeadline(attempt.deadline_at, now)) {
    throw new AppError('conflict', 'Time is up for this attempt: answers after the deadline are not saved.');
  }
  if (!questionIdsOf(attempt).includes(input.questionId)) {
    throw new AppError('not_found', `Question "${input.questionId}" is not part of this attempt.`);
  }
  const question = getQuestionIndex(attempt.course_id)?.get(input.questionId)?.question;
  const article = getCourseArticle(attempt.course_id);
  if (!question || !article) throw new Error(`Attempt ${attempt.id} refers to content that is not installed`);

  if (replayQuestionId !== undefined) {
    if (replayQuestionId !== input.questionId) {
      throw new AppError(
        'invalid',
        'This idempotency key was already used for another question; send a new key for a new answer.',
      );
    }
    if (!existing) throw new Error(`Save ${input.idempotencyKey} was recorded without its answer`);
    return { kind: 'replay', result: { answer: buildAnswerView(attempt, existing, disclosure), isReplay: true } };
  }

  let response: Response;
  try {
    response = responseFromTokens(question, attempt.seed, article, input.response);
  } catch (error) {
    if (error instanceof ResponseShapeError) throw new AppError('invalid', error.message);
    throw error;
  }
  const grade = gradeWithAdjustments(question, response, adjustments, attempt.id);
  const stamp = now.toISOString();
  const previousRevision = existing?.revision ?? 0;
  const tries = (existing?.tries ?? 0) + 1;
  const isCheckedAsYouGo = (CHECKED_AS_YOU_GO_KINDS as readonly string[]).includes(attempt.kind);
  const row: AnswerRow = {
    attempt_id: attempt.id,
    question_id: input.questionId,
    response: JSON.stringify(response),
    score: grade.score,
    is_correct: grade.isCorrect ? 1 : 0,
    first_score: existing?.first_score ?? grade.score,
    tries,
    revision: previousRevision + 1,
    question_revision: question.revision,
    // A quiz's saves are drafts until submit; only a checked answer's key is ever shown during an attempt.
    key_shown_after: isCheckedAsYouGo
      ? keyShownAfter(existing?.key_shown_after ?? null, tries, grade.isCorrect)
      : (existing?.key_shown_after ?? null),
    revealed_at: existing?.revealed_at ?? null,
    created_at: existing?.created_at ?? stamp,
    updated_at: stamp,
  };
  return { kind: 'write', attempt, row, previousRevision, answer: buildAnswerView(attempt, row, disclosure) };
}

async function writeUnderLock(
  trx: Transaction<Database>,
  { attempt, row, previousRevision }: Write,
  input: SaveAnswerInput,
): Promise<void> {
  if (previousRevision > 0) {
    await trx
      .updateTable('answers')
      .set(row)
      .where('attempt_id', '=', attempt.id)
      .where('question_id', '=', input.questionId)
      .execute();
  } else {
    await trx.insertInto('answers').values(row).execute();
  }
  await trx
    .insertInto('answer_saves')
    .values({
      attempt_id: attempt.id,
      idempotency_key: input.idempotencyKey,
      question_id: input.questionId,
      revision: row.revision,
      created_at: row.updated_at,
    })
    .execute();
  await trx.updateTable('attempts').set({ updated_at: row.updated_at }).where('id', '=', attempt.id).execute();
}

/**
 * PostgreSQL: the whole write as one statement, applied only if nothing changed since the read.
 * - `touched` updates the attempt only while it is in progress. That takes its row lock: a submit
 *   holding it makes this wait, then find the attempt submitted and write nothing; a submit that
 *   comes after waits for this statement's commit, then counts this answer.
 * - `answer` inserts or updates this question's answer only if its revision is still the one read
 *   (none, for a first answer): a save of the same question committed in between wins, and this
 *   one writes nothing and starts over.
 * - the key is recorded with the answer; a key taken in between is a unique violation that undoes
 *   the whole statement, and the next read sees it as a replay.
 * True when written; false when the save must read again.
 */
async function writeIfUnchanged(
  db: Kysely<Database>,
  { attempt, row, previousRevision }: Write,
  input: SaveAnswerInput,
): Promise<boolean> {
  try {
    const written = await db
      .with('touched', (qb) =>
        qb
          .updateTable('attempts')
          .set({ updated_at: row.updated_at })
          .where('id', '=', attempt.id)
          .where('owner_id', '=', input.ownerId)
          .where('status', '=', 'in_progress')
          .returning('id'),
      )
      .with('answer', (qb) =>
        qb
          .insertInto('answers')
          .columns([
            'attempt_id',
            'question_id',
            'response',
            'score',
            'is_correct',
            'first_score',
            'tries',
            'revision',
            'question_revision',
            'key_shown_after',
            'created_at',
            'updated_at',
          ])
          .expression((eb) =>
            eb
              .selectFrom('touched')
              .select([
                'touched.id',
                sql<string>`${row.question_id}::text`.as('question_id'),
                sql<string>`${row.response}::text`.as('response'),
                sql<number>`${row.score}::real`.as('score'),
                sql<number>`${row.is_correct}::integer`.as('is_correct'),
                sql<number>`${row.first_score}::real`.as('first_score'),
                sql<number>`${row.tries}::integer`.as('tries'),
                sql<number>`${row.revision}::integer`.as('revision'),
                sql<number>`${row.question_revision}::integer`.as('question_revision'),
                sql<number | null>`${row.key_shown_after}::integer`.as('key_shown_after'),
                sql<string>`${row.created_at}::text`.as('created_at'),
                sql<string>`${row.updated_at}::text`.as('updated_at'),
              ]),
          )
          .onConflict((oc) =>
            oc
              .columns(['attempt_id', 'question_id'])
              .doUpdateSet((eb) => ({
                response: eb.ref('excluded.response'),
                score: eb.ref('excluded.score'),
                is_correct: eb.ref('excluded.is_correct'),
                first_score: eb.ref('excluded.first_score'),
                tries: eb.ref('excluded.tries'),
                revision: eb.ref('excluded.revision'),
                question_revision: eb.ref('excluded.question_revision'),
                // A "Show me" committed since the read keeps its number (reveal-answer.ts writes it alone).
                key_shown_after: eb.fn.coalesce('answers.key_shown_after', 'excluded.key_shown_after'),
                updated_at: eb.ref('excluded.updated_at'),
              }))
              .where('answers.revision', '=', previousRevision),
          )
          .returning(['attempt_id', 'revision']),
      )
      .insertInto('answer_saves')
      .columns(['attempt_id', 'idempotency_key', 'question_id', 'revision', 'created_at'])
      .expression((eb) =>
        eb
          .selectFrom('answer')
          .select([
            'answer.attempt_id',
            sql<string>`${input.idempotencyKey}::text`.as('idempotency_key'),
            sql<string>`${input.questionId}::text`.as('question_id'),
            'answer.revision',
            sql<string>`${row.updated_at}::text`.as('created_at'),
          ]),
      )
      .returning('revision')
      .executeTakeFirst();
    return written !== undefined;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** PostgreSQL's unique_violation (SQLSTATE 23505). */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
