import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { MAX_QUESTION_COUNT } from '@/lib/attempts/targets';
import { getCourse } from '@/lib/content/course';
import { ASSIGNABLE_POOLS } from '@/lib/content/schema';
import type { Database } from '@/lib/db/schema';
import { checkDraw } from './check-draw';
import { DEFAULT_REVIEW_POLICY, ReviewPolicySchema } from './review-policy';

export const NewAssignmentSchema = z
  .strictObject({
    classId: z.string().min(1).max(100),
    courseId: z.string().min(1).max(100),
    kind: z.enum(['quiz', 'practice', 'final']),
    moduleId: z.string().min(1).max(100).nullable().optional(),
    opensAt: z.iso.datetime({ offset: true }),
    dueAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }).nullable().optional(),
    attemptsAllowed: z.number().int().min(1).max(100).nullable(),
    grading: z.enum(['highest', 'last']),
    timeLimitMinutes: z.number().int().min(1).max(600).nullable(),
    reviewPolicy: ReviewPolicySchema.default(DEFAULT_REVIEW_POLICY),
    /** Which pool of the bank each student draws from: assessment (the default) for a grade, or the practice set. */
    questionPool: z.enum(ASSIGNABLE_POOLS).optional(),
    /** Questions each student draws; by default 12 from a module, 3 per module for a final test. */
    questionCount: z
      .number()
      .int()
      .min(1, 'Ask at least 1 question.')
      .max(MAX_QUESTION_COUNT, `Ask at most ${MAX_QUESTION_COUNT} questions.`)
      .nullable()
      .optional(),
  })
  .refine((a) => new Date(a.dueAt) > new Date(a.opensAt), {
    message: 'The due date must be after the open date.',
    path: ['dueAt'],
  })
  .refine((a) => !a.closesAt || new Date(a.closesAt) >= new Date(a.dueAt), {
    message: 'The close date cannot be before the due date.',
    path: ['closesAt'],
  })
  .refine((a) => a.kind === 'final' || Boolean(a.moduleId), {
    message: 'Choose the module to assign.',
    path: ['moduleId'],
  });

export type NewAssignment = z.infer<typeof NewAssignmentSchema>;

/** Assigns work to a class the teacher owns (ownership in the WHERE clause; another's class is not found). */
export async function createAssignment(
  db: Kysely<Database>,
  teacherId: string,
  input: NewAssignment,
  now = new Date(),
): Promise<string> {
  const owned = await db
    .selectFrom('classes')
    .select('id')
    .where('id', '=', input.classId)
    .where('teacher_id', '=', teacherId)
    .executeTakeFirst();
  if (!owned) throw new AppError('not_found', 'No such class.');
  const course = getCourse(input.courseId);
  if (!course) throw new AppError('not_found', `There is no course "${input.courseId}".`);
  if (input.kind !== 'final' && !course.moduleList.some((m) => m.id === input.moduleId)) {
    throw new AppError('not_found', `Course "${course.id}" has no module "${input.moduleId}".`);
  }
  const questionPool = input.questionPool ?? 'assessment';
  const count = checkDraw(course, { ...input, questionPool });
  const id = `as_${randomBytes(12).toString('base64url')}`;
  const stamp = now.toISOString();
  await db
    .insertInto('assignments')
    .values({
      id,
      class_id: owned.id,
      course_id: course.id,
      kind: input.kind,
      module_id: input.kind === 'final' ? null : (input.moduleId ?? null),
      opens_at: new Date(input.opensAt).toISOString(),
      due_at: new Date(input.dueAt).toISOString(),
      closes_at: input.closesAt ? new Date(input.closesAt).toISOString() : null,
      attempts_allowed: input.attemptsAllowed,
      grading: input.grading,
      time_limit_seconds: input.timeLimitMinutes === null ? null : input.timeLimitMinutes * 60,
      review_policy: JSON.stringify(input.reviewPolicy),
      question_pool: questionPool,
      question_count: count,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  return id;
}
