import 'server-only';
import type { Kysely } from 'kysely';
import { newAttemptRow, newSeed } from '@/lib/attempts/create-attempt';
import { assignmentArchived } from '@/lib/attempts/errors';
import { isPostgres } from '@/lib/attempts/lock';
import { AppError } from '@/lib/errors';
import { drawOf, resolveTarget } from '@/lib/attempts/targets';
import type { Database } from '@/lib/db/schema';
import { finalizeIfExpired } from './finalize-expired';
import { loadAssignmentForStudent } from './load-assignment';
import type { DisclosedAttempt } from './disclosure';
import { loadDisclosures } from './load-disclosure';
import { parseReviewPolicy } from './review-policy';
import { deadlineFor } from './rules';

/**
 * A policy that shows the correct answers "after the due date" is a summative one; late work may
 * still be accepted (no close date), but not from a student who has been shown the keys: once one
 * of their submitted attempts shows them, they start no more. (Keys shown "immediately" are the
 * teacher's choice of a formative quiz, where further attempts are the point.)
 */
async function refuseOnceKeysReleasedAtDue(
  db: Kysely<Database>,
  assignment: { review_policy: string; kind: string },
  studentId: string,
  mine: DisclosedAttempt[],
  now: Date,
) {
  if (assignment.kind === 'practice' || parseReviewPolicy(assignment.review_policy).correctAnswers !== 'after_due')
    return;
  const submitted = mine.filter((a) => a.status === 'submitted');
  if (submitted.length === 0) return;
  const disclose = await loadDisclosures(db, studentId, submitted, now);
  if (submitted.some((a) => disclose(a).correctAnswers)) {
    throw new AppError(
      'conflict',
      'The correct answers of this assignment have been shown to you, so it takes no more attempts from you.',
    );
  }
}

/**
 * Starts a student's attempt at an assigned quiz, practice set or final test under its rules:
 * only for a member of the class, only between the open and close dates, only while attempts
 * remain, with the deadline fixed at the start. An attempt in progress is resumed instead. Races
 * are settled by unique indexes (attempt number per student and assignment; one in progress):
 * of 50 simultaneous starts with one attempt allowed, one inserts and all return that attempt.
 */
export async function startAssignmentAttempt(
  db: Kysely<Database>,
  assignmentId: string,
  studentId: string,
  now = new Date(),
): Promise<string> {
  let { assignment, rules } = await loadAssignmentForStudent(db, assignmentId, studentId);
  const targetKey = `assignment:${assignment.id}`;
  for (let round = 0; round < 5; round++) {
    if (round > 0) ({ assignment, rules } = await loadAssignmentForStudent(db, assignmentId, studentId));
    // This student's attempts at the assignment (a handful at most): the one in progress, if any,
    // and how many attempts are used, in one query.
    const mine = await db
      .selectFrom('attempts')
      .selectAll()
      .where('assignment_id', '=', assignment.id)
      .where('owner_id', '=', studentId)
      .execute();
    const inProgress = mine.find((a) => a.status === 'in_progress' && a.target_key === targetKey);
    if (inProgress && !(await finalizeIfExpired(db, inProgress, now))) return inProgress.id;
    // Finalised just now: it still counts as used.
    const used = mine.length;

    if (now < rules.opensAt) throw new AppError('conflict', `This assignment opens at ${rules.opensAt.toISOString()}.`);
    if (rules.closesAt && now >= rules.closesAt)
      throw new AppError('conflict', 'This assignment has closed; no more attempts can be started.');
    await refuseOnceKeysReleasedAtDue(db, assignment, studentId, mine, now);
    if (rules.attemptsAllowed !== null && used >= rules.attemptsAllowed) {
      // A start racing this one may have just created the attempt in progress: go round and resume it.
      const raced = await db
        .selectFrom('attempts')
        .select('id')
        .where('owner_id', '=', studentId)
        .where('target_key', '=', targetKey)
        .where('status', '=', 'in_progress')
        .executeTakeFirst();
      if (raced) continue;
      throw new AppError(
        'conflict',
        `You have used all ${rules.attemptsAllowed} attempt${rules.attemptsAllowed === 1 ? '' : 's'} at this assignment.`,
      );
    }
    const seed = newSeed();
    const resolved = resolveTarget(
      {
        courseId: assignment.course_id,
        kind: assignment.kind as 'quiz' | 'practice' | 'final',
        moduleId: assignment.module_id,
      },
      seed,
      drawOf(assignment),
    );
    const row = newAttemptRow({
      ownerId: studentId,
      courseId: assignment.course_id,
      moduleId: resolved.moduleId,
      kind: assignment.kind,
      targetKey,
      seed,
      questionIds: resolved.questionIds,
      now,
      assignment: { id: assignment.id, attemptNumber: used + 1, deadlineAt: deadlineFor(rules, now) },
    });
    const inserted = await db.transaction().execute(async (trx) => {
      // The assignment as it is now, held (FOR SHARE) until the insert commits: an edit or archive
      // waits for this start, or this start sees it. Archived: refused. Edited since it was read:
      // go round, so the attempt gets the new rules and draw.
      let current = trx.selectFrom('assignments').select(['archived_at', 'updated_at']).where('id', '=', assignment.id);
      if (isPostgres(trx)) current = current.forShare();
      const held = await current.executeTakeFirst();
      if (!held || held.archived_at !== null) throw assignmentArchived();
      if (held.updated_at !== assignment.updated_at) return 'edited';
      const result = await trx
        .insertInto('attempts')
        .values(row)
        // Any unique index hit (same number, or one already in progress) means another start won:
        // go round and resume (or count) what it made.
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? 'inserted' : 'raced';
    });
    if (inserted === 'inserted') return row.id;
  }
  throw new AppError('conflict', 'Could not start the attempt; please try again.');
}
