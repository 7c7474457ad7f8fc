'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/action';
import { IdFieldSchema } from '@/lib/classes/class-inputs';
import { systemClock } from '@/lib/clock';
import { QUESTION_MAX, setQuestionCredit } from '@/lib/regrade/set-question-credit';

// The attempt page's credit form: "full credit", "no credit" or a score, and a reason. The page
// re-renders from this action's answer (revalidatePath), so the new total shows at once.

const CreditFieldsSchema = z
  .strictObject({
    attemptId: IdFieldSchema,
    questionId: z.string().min(1).max(120),
    credit: z.enum(['full', 'none', 'score'], { message: 'Choose full credit, no credit or a score.' }),
    score: z.string().max(40).optional(),
    reason: z.string().max(2000),
  })
  .superRefine((fields, context) => {
    if (fields.credit === 'score' && !Number.isFinite(scoreOf(fields.score)))
      context.addIssue({
        code: 'custom',
        path: ['score'],
        message: `Enter the score as a number from 0 to ${QUESTION_MAX}, such as 0.5.`,
      });
  });

function scoreOf(text: string | undefined): number {
  return text?.trim() ? Number(text.trim().replace(',', '.')) : Number.NaN;
}

export const setQuestionCreditAction = defineAction(
  { auth: { can: 'class.write' }, schema: CreditFieldsSchema },
  async ({ user, input, db }) => {
    const score = input.credit === 'full' ? QUESTION_MAX : input.credit === 'none' ? 0 : scoreOf(input.score);
    const credit = await setQuestionCredit(
      db,
      { teacherId: user.id, attemptId: input.attemptId, questionId: input.questionId, score, reason: input.reason },
      systemClock(),
    );
    revalidatePath(`/teach/attempts/${input.attemptId}`);
    revalidatePath('/teach/classes/[classId]/gradebook', 'page');
    return { credit };
  },
);
