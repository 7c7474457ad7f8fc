import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { loadDisclosure } from '@/lib/assignments/load-disclosure';
import { buildAttemptView, questionIdsOf } from './attempt-view';
import { AppError } from '@/lib/errors';
import { attemptNotFound, retakeHeldBack } from './errors';
import { closedToOwner, isOwnerOnRoster, lockOwnedAttempt } from './lock';
import type { AttemptView } from './views';

/** A conflict that carries the one result, so a client that submitted twice shows it instead of an error. */
export class AlreadySubmittedError extends AppError {
  constructor(readonly attempt: AttemptView) {
    super('conflict', 'This attempt was already submitted; here is its result.', { details: { attempt } });
  }
}

/**
 * in progress → submitted, exactly once. Under the attempt's lock the status is checked, the score
 * summed from the saved answers, and the row updated only while still in progress; a second or
 * parallel submit finds it submitted and gets AlreadySubmittedError carrying the one result.
 * A student removed from the class cannot submit its assigned work, nor anyone a retake whose
 * questions its policy holds back. `isTimeUp`: the server handing in a timed attempt at its
 * deadline (finalize-expired.ts), which it does even for a student since removed from the class,
 * so the teacher keeps what was saved in time.
 */
export async function submitAttempt(
  db: Kysely<Database>,
  attemptId: string,
  ownerId: string,
  now = new Date(),
  options: { isTimeUp?: boolean } = {},
): Promise<AttemptView> {
  return db.transaction().execute(async (trx) => {
    const attempt = await lockOwnedAttempt(trx, attemptId, ownerId);
    if (!attempt) throw attemptNotFound();
    if (attempt.status === 'in_progress' && !options.isTimeUp && !(await isOwnerOnRoster(trx, attempt)))
      throw await closedToOwner(trx, attempt);
    if (
      attempt.status === 'in_progress' &&
      attempt.kind === 'retake' &&
      (await loadDisclosure(trx, attempt, now)).hidesQuestions
    )
      throw retakeHeldBack();
    const answers = await trx.selectFrom('answers').selectAll().where('attempt_id', '=', attempt.id).execute();
    if (attempt.status !== 'in_progress')
      throw new AlreadySubmittedError(buildAttemptView(attempt, answers, await loadDisclosure(trx, attempt, now)));
    const ids = new Set(questionIdsOf(attempt));
    const score = answers.filter((a) => ids.has(a.question_id)).reduce((sum, a) => sum + a.score, 0);
    const stamp = now.toISOString();
    const updated = await trx
      .updateTable('attempts')
      .set({ status: 'submitted', score, submitted_at: stamp, updated_at: stamp })
      .where('id', '=', attempt.id)
      .where('status', '=', 'in_progress')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new Error(`Attempt ${attempt.id} changed status while locked`);
    const submitted = { ...attempt, status: 'submitted', score, submitted_at: stamp, updated_at: stamp };
    return buildAttemptView(submitted, answers, await loadDisclosure(trx, submitted, now));
  });
}
