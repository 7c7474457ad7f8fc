import 'server-only';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { getCourse } from '@/lib/content/course';
import type { AccommodationsTable, AssignmentsTable, Database } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { assignmentArchivedForTeacher, assignmentNotFound } from '@/lib/gradebook/errors';
import { EDITABLE_FIELDS, recordAssignmentHistory, type FieldChanges, type FieldValue } from './assignment-history';
import { checkDraw } from './check-draw';
import { NewAssignmentSchema, type NewAssignment } from './create-assignment';
import { lockOwnedAssignment } from './lock-owned-assignment';
import { parseReviewPolicy } from './review-policy';
import { effectiveRules, isPastDeadline } from './rules';

// A teacher's change to an assignment already set. The rules for work already started (stated on
// the edit form in the same words, components/teacher/edit-assignment-rules.tsx):
// - Dates apply to everyone at once. An attempt in progress whose deadline is the close date moves
//   with it (later or earlier, per-student accommodations still applied), but an earlier close
//   never ends one before the moment of the change, so no answer already saved is lost.
// - The time limit applies to attempts started after the change: a running attempt keeps the
//   deadline it was given at its start, so a shorter limit never cuts it.
// - Fewer attempts allowed than a student has used: they keep theirs and start no more.
// - The review policy is read live by every surface (disclosure.ts), so it applies from the next view.
// - The draw (pool and count) applies to attempts started after the change; started and submitted
//   attempts keep the questions they hold.
// - Which attempt counts is read live by the gradebook, so it regrades at once.
// - What was assigned (kind, module, class, course) cannot change: delete and assign again.

export type EditResult = { changes: FieldChanges; movedDeadlines: number };

type Row = Selectable<AssignmentsTable>;

/** The editable fields of a row, in the units the form shows. */
function fieldsOf(row: Row): Record<(typeof EDITABLE_FIELDS)[number], FieldValue> {
  const policy = parseReviewPolicy(row.review_policy);
  return {
    opensAt: row.opens_at,
    dueAt: row.due_at,
    closesAt: row.closes_at,
    attemptsAllowed: row.attempts_allowed,
    grading: row.grading,
    timeLimitMinutes: row.time_limit_seconds === null ? null : Math.round(row.time_limit_seconds / 60),
    reviewScore: policy.score,
    reviewAnswers: policy.answers,
    reviewCorrect: policy.correctAnswers,
    questionPool: row.question_pool,
    questionCount: row.question_count,
  };
}

function diff(before: Row, after: Row): FieldChanges {
  const [from, to] = [fieldsOf(before), fieldsOf(after)];
  const changes: FieldChanges = {};
  for (const field of EDITABLE_FIELDS)
    if (from[field] !== to[field]) changes[field] = { from: from[field], to: to[field] };
  return changes;
}

/**
 * Applies the changed rules of the teacher's own assignment (another teacher's is not found, and
 * nothing changes), in one transaction with its history row and the moved deadlines of attempts
 * in progress. Kind, module and class are checked to be unchanged. Saving without a change records nothing.
 */
export async function editAssignment(
  db: Kysely<Database>,
  teacherId: string,
  assignmentId: string,
  changed: NewAssignment,
  now = new Date(),
): Promise<EditResult> {
  const input = parseChanges(changed);
  return db.transaction().execute(async (trx) => {
    const before = await lockOwnedAssignment(trx, teacherId, assignmentId);
    if (!before) throw assignmentNotFound();
    if (before.archived_at !== null) throw assignmentArchivedForTeacher();
    if (
      input.classId !== before.class_id ||
      input.courseId !== before.course_id ||
      input.kind !== before.kind ||
      (input.kind !== 'final' && input.moduleId !== before.module_id)
    ) {
      throw new AppError(
        'invalid',
        'What was assigned (the kind of work, its module and class) cannot change; delete this assignment and assign the work again.',
      );
    }
    const course = getCourse(before.course_id);
    if (!course) throw new Error(`Assignment ${before.id} names a course that is not installed`);
    const questionPool = input.questionPool ?? 'assessment';
    const questionCount = checkDraw(course, { ...input, questionPool });
    const after: Row = {
      ...before,
      opens_at: new Date(input.opensAt).toISOString(),
      due_at: new Date(input.dueAt).toISOString(),
      closes_at: input.closesAt ? new Date(input.closesAt).toISOString() : null,
      attempts_allowed: input.attemptsAllowed,
      grading: input.grading,
      time_limit_seconds: input.timeLimitMinutes === null ? null : input.timeLimitMinutes * 60,
      review_policy: JSON.stringify(input.reviewPolicy),
      question_pool: questionPool,
      question_count: questionCount,
      updated_at: now.toISOString(),
    };
    const changes = diff(before, after);
    if (Object.keys(changes).length === 0) return { changes, movedDeadlines: 0 };
    // A later "updated_at" is what a start racing this edit looks at (start-assignment-attempt.ts).
    if (after.updated_at <= before.updated_at)
      after.updated_at = new Date(Date.parse(before.updated_at) + 1).toISOString();
    await trx
      .updateTable('assignments')
      .set({
        opens_at: after.opens_at,
        due_at: after.due_at,
        closes_at: after.closes_at,
        attempts_allowed: after.attempts_allowed,
        grading: after.grading,
        time_limit_seconds: after.time_limit_seconds,
        review_policy: after.review_policy,
        question_pool: after.question_pool,
        question_count: after.question_count,
        updated_at: after.updated_at,
      })
      .where('id', '=', before.id)
      .execute();
    const movedDeadlines = changes.closesAt || changes.dueAt ? await moveCloseDeadlines(trx, before, after, now) : 0;
    await recordAssignmentHistory(trx, {
      assignmentId: before.id,
      teacherId,
      action: 'edit',
      details: movedDeadlines > 0 ? { changes, movedDeadlines } : { changes },
      now,
    });
    return { changes, movedDeadlines };
  });
}

/** The same schema as assigning; a refusal names each field, and nothing is written. */
function parseChanges(changed: NewAssignment): NewAssignment {
  const parsed = NewAssignmentSchema.safeParse(changed);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    fieldErrors[field] ??= issue.message;
  }
  throw new AppError('invalid', Object.values(fieldErrors)[0] ?? 'Check the fields.', { fieldErrors });
}

const earlier = (a: Date | null, b: Date | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/**
 * The deadline an attempt in progress keeps when the close date moves: the part its time limit set
 * at its start stays, the part the close date set follows the new one (never before `now`).
 */
export function movedDeadline(
  attempt: { deadline_at: string | null; created_at: string },
  before: Row,
  after: Row,
  accommodation: Selectable<AccommodationsTable> | undefined,
  now: Date,
): string | null {
  const old = effectiveRules(before, accommodation);
  const next = effectiveRules(after, accommodation);
  const deadline = attempt.deadline_at === null ? null : new Date(attempt.deadline_at);
  let byLimit: Date | null;
  if (deadline === null) byLimit = null;
  else if (old.closesAt === null || deadline < old.closesAt) byLimit = deadline;
  else
    byLimit =
      old.timeLimitSeconds === null
        ? null
        : new Date(new Date(attempt.created_at).getTime() + old.timeLimitSeconds * 1000);
  const byClose = next.closesAt && next.closesAt < now ? now : next.closesAt;
  const moved = earlier(byLimit, byClose);
  return moved === null ? null : moved.toISOString();
}

async function moveCloseDeadlines(trx: Transaction<Database>, before: Row, after: Row, now: Date): Promise<number> {
  const running = await trx
    .selectFrom('attempts')
    .leftJoin('accommodations', (join) =>
      join
        .onRef('accommodations.assignment_id', '=', 'attempts.assignment_id')
        .onRef('accommodations.student_id', '=', 'attempts.owner_id'),
    )
    .select(['attempts.id', 'attempts.deadline_at', 'attempts.created_at', 'attempts.owner_id'])
    .select([
      'accommodations.time_multiplier',
      'accommodations.is_untimed',
      'accommodations.due_at as acc_due_at',
      'accommodations.closes_at as acc_closes_at',
      'accommodations.updated_at as acc_updated_at',
    ])
    .where('attempts.assignment_id', '=', before.id)
    .where('attempts.status', '=', 'in_progress')
    .execute();
  let moved = 0;
  for (const row of running) {
    // Already over (handed in at its deadline the next time anyone looks): a later date does not reopen it.
    if (isPastDeadline(row.deadline_at, now)) continue;
    const accommodation =
      row.acc_updated_at === null
        ? undefined
        : {
            assignment_id: before.id,
            student_id: row.owner_id,
            time_multiplier: row.time_multiplier,
            is_untimed: row.is_untimed!,
            due_at: row.acc_due_at,
            closes_at: row.acc_closes_at,
            updated_at: row.acc_updated_at,
          };
    const deadline = movedDeadline(row, before, after, accommodation, now);
    if (deadline === row.deadline_at) continue;
    const updated = await trx
      .updateTable('attempts')
      .set({ deadline_at: deadline })
      .where('id', '=', row.id)
      .where('status', '=', 'in_progress')
      .executeTakeFirst();
    moved += Number(updated.numUpdatedRows);
  }
  return moved;
}
