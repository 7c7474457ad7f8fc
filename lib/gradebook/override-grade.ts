import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@/lib/db/schema';
import { describeAssignment } from './describe-assignment';
import { AppError } from '@/lib/errors';
import { assignmentNotFound, studentNotFound } from './errors';
import { toOverrideEntry } from './grade-cell';
import { loadOwnedAssignment } from './load-owned';
import type { OverrideEntry } from './views';

export const MAX_REASON_LENGTH = 500;

/** Exactly one of: a score, an excusal, or clearing the earlier override; always with a reason. */
export const GradeOverrideSchema = z
  .strictObject({
    studentId: z.string().min(1).max(100),
    score: z.number().finite().optional(),
    excused: z.literal(true).optional(),
    clear: z.literal(true).optional(),
    reason: z
      .string()
      .trim()
      .min(1, 'give a reason for the change')
      .max(MAX_REASON_LENGTH, `keep the reason to ${MAX_REASON_LENGTH} characters`),
  })
  .refine((o) => [o.score !== undefined, o.excused === true, o.clear === true].filter(Boolean).length === 1, {
    message: 'send exactly one of score, excused: true or clear: true',
  });

export type GradeOverrideInput = z.input<typeof GradeOverrideSchema>;

/**
 * Records a teacher's override of one student's grade on an assignment of their own class, as a
 * new row of the append-only log: earlier entries are never updated or deleted, and the latest
 * entry decides the grade. Another teacher's assignment, or a student not in the class, is not found.
 */
export async function overrideGrade(
  db: Kysely<Database>,
  teacherId: string,
  assignmentId: string,
  input: GradeOverrideInput,
  now = new Date(),
): Promise<OverrideEntry> {
  const parsed = GradeOverrideSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'invalid',
      `The override is not valid: ${issue?.path.length ? `${issue.path.join('.')}: ` : ''}${issue?.message ?? 'unexpected shape'}.`,
    );
  }
  const override = parsed.data;
  const assignment = await loadOwnedAssignment(db, teacherId, assignmentId);
  if (!assignment) throw assignmentNotFound();
  const member = await db
    .selectFrom('class_members')
    .innerJoin('classes', 'classes.id', 'class_members.class_id')
    .select('class_members.student_id')
    .where('class_members.class_id', '=', assignment.class_id)
    .where('class_members.student_id', '=', override.studentId)
    .where('classes.teacher_id', '=', teacherId)
    .executeTakeFirst();
  if (!member) throw studentNotFound();
  const { max } = describeAssignment(assignment);
  if (override.score !== undefined && (override.score < 0 || override.score > max)) {
    throw new AppError('invalid', `The score must be between 0 and ${max}.`);
  }
  const teacher = await db.selectFrom('users').select('name').where('id', '=', teacherId).executeTakeFirstOrThrow();
  const row = {
    id: `go_${randomBytes(12).toString('base64url')}`,
    assignment_id: assignment.id,
    student_id: member.student_id,
    teacher_id: teacherId,
    score: override.score ?? null,
    is_excused: override.excused ? 1 : 0,
    reason: override.reason,
    created_at: now.toISOString(),
  };
  await db.insertInto('grade_overrides').values(row).execute();
  return toOverrideEntry({ ...row, teacher_name: teacher.name });
}
