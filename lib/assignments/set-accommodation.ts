import 'server-only';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { assignmentArchivedForTeacher, assignmentNotFound, studentNotFound } from '@/lib/gradebook/errors';
import { loadOwnedAssignment } from '@/lib/gradebook/load-owned';
import { EXTRA_TIME, extraTimeColumns, type ExtraTime } from './accommodation-options';

// A teacher's accommodation for one student on one assignment (Moodle's "user override"): extra
// time on the time limit, no limit at all, and/or a later due date, which effectiveRules also
// treats as keeping the assignment open for that student. One row per student and assignment,
// replaced on every save; "no extra time and no later due date" is no accommodation, so it deletes.

export const AccommodationSchema = z.strictObject({
  studentId: z.string().min(1).max(100),
  extraTime: z.enum(EXTRA_TIME),
  dueAt: z.iso
    .datetime({ offset: true, message: 'give the later due date as an ISO date and time with its offset' })
    .nullable(),
});

export type AccommodationInput = z.input<typeof AccommodationSchema>;

export type AccommodationView = {
  studentId: string;
  studentName: string;
  extraTime: ExtraTime;
  dueAt: string | null;
  updatedAt: string;
};

const invalid = (message: string) => new AppError('invalid', message);

/** Loads the teacher's own assignment and a current member of its class, or refuses (404). */
async function loadOwnedTarget(db: Kysely<Database>, teacherId: string, assignmentId: string, studentId: string) {
  const assignment = await loadOwnedAssignment(db, teacherId, assignmentId);
  if (!assignment) throw assignmentNotFound();
  const student = await db
    .selectFrom('class_members')
    .innerJoin('classes', 'classes.id', 'class_members.class_id')
    .innerJoin('users', 'users.id', 'class_members.student_id')
    .select(['users.id', 'users.name'])
    .where('class_members.class_id', '=', assignment.class_id)
    .where('class_members.student_id', '=', studentId)
    .where('classes.teacher_id', '=', teacherId)
    .executeTakeFirst();
  if (!student) throw studentNotFound();
  return { assignment, student };
}

/** Sets (or replaces, or with nothing to grant removes) one student's accommodation. Bad input changes nothing. */
export async function setAccommodation(
  db: Kysely<Database>,
  teacherId: string,
  assignmentId: string,
  input: AccommodationInput,
  now = new Date(),
): Promise<AccommodationView | null> {
  const parsed = AccommodationSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(
      `The accommodation is not valid: ${issue?.path.length ? `${issue.path.join('.')}: ` : ''}${issue?.message ?? 'unexpected shape'}.`,
    );
  }
  const { studentId, extraTime, dueAt } = parsed.data;
  const { assignment, student } = await loadOwnedTarget(db, teacherId, assignmentId, studentId);
  // A deleted assignment is kept read-only, for the record.
  if (assignment.archived_at !== null) throw assignmentArchivedForTeacher();
  if (extraTime === 'none' && dueAt === null) {
    await removeAccommodation(db, teacherId, assignment.id, student.id);
    return null;
  }
  // Extra time on an untimed assignment would be stored and shown but change nothing: say so instead.
  if (extraTime !== 'none' && assignment.time_limit_seconds === null) {
    throw invalid('This assignment has no time limit, so there is no time to extend. Give a later due date instead.');
  }
  const due = dueAt === null ? null : new Date(dueAt);
  if (due && due <= new Date(assignment.due_at))
    throw invalid('The later due date must be after the assignment’s own due date.');
  const row = { ...extraTimeColumns(extraTime), due_at: due ? due.toISOString() : null, updated_at: now.toISOString() };
  await db
    .insertInto('accommodations')
    .values({ assignment_id: assignment.id, student_id: student.id, closes_at: null, ...row })
    // Portable upsert (ON CONFLICT on both SQLite and PostgreSQL); closes_at is not set from here.
    .onConflict((oc) => oc.columns(['assignment_id', 'student_id']).doUpdateSet(row))
    .execute();
  return { studentId: student.id, studentName: student.name, extraTime, dueAt: row.due_at, updatedAt: row.updated_at };
}

/**
 * Removes one student's accommodation on the teacher's own assignment; false when there was none
 * (a retried removal changes nothing). The student need not still be in the class.
 */
export async function removeAccommodation(
  db: Kysely<Database>,
  teacherId: string,
  assignmentId: string,
  studentId: string,
): Promise<boolean> {
  const assignment = await loadOwnedAssignment(db, teacherId, assignmentId);
  if (!assignment) throw assignmentNotFound();
  const result = await db
    .deleteFrom('accommodations')
    .where('assignment_id', '=', assignment.id)
    .where('student_id', '=', studentId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
