'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/action';
import { withFieldError } from '@/lib/actions/field-error';
import { IdFieldSchema } from '@/lib/classes/class-inputs';
import { systemClock } from '@/lib/clock';
import { MAX_REASON_LENGTH, overrideGrade, type GradeOverrideInput } from '@/lib/gradebook/override-grade';

// The gradebook's "Change grade" form: one select for what to do, a score box and a reason, made
// into POST /api/assignments/[id]/overrides's body; overrideGrade checks it with the same schema.

const OverrideFieldsSchema = z
  .strictObject({
    assignmentId: IdFieldSchema,
    studentId: IdFieldSchema,
    action: z.enum(['score', 'excuse', 'clear']),
    score: z.string().max(40).optional(),
    reason: z
      .string()
      .trim()
      .min(1, 'Give a reason for the change; it is kept in the history.')
      .max(MAX_REASON_LENGTH, `Keep the reason to ${MAX_REASON_LENGTH} characters.`),
  })
  .superRefine((fields, context) => {
    if (fields.action === 'score' && !Number.isFinite(scoreOf(fields.score)))
      context.addIssue({ code: 'custom', path: ['score'], message: 'Enter the score as a number.' });
  });

function scoreOf(text: string | undefined): number {
  return text?.trim() ? Number(text.trim()) : Number.NaN;
}

export const overrideGradeAction = defineAction(
  { auth: { can: 'class.write' }, schema: OverrideFieldsSchema },
  async ({ user, input, db }) => {
    const { studentId, reason } = input;
    const override: GradeOverrideInput =
      input.action === 'score'
        ? { studentId, score: scoreOf(input.score), reason }
        : input.action === 'excuse'
          ? { studentId, excused: true, reason }
          : { studentId, clear: true, reason };
    // Its one refusal of a value is a score out of range.
    await withFieldError('score', () => overrideGrade(db, user.id, input.assignmentId, override, systemClock()));
    // Every class's gradebook page: the form knows the assignment, and its page is the one showing.
    revalidatePath('/teach/classes/[classId]/gradebook', 'page');
  },
);
