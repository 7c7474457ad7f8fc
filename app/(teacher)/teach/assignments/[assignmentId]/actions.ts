'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/action';
import { withFieldError } from '@/lib/actions/field-error';
import { EXTRA_TIME } from '@/lib/assignments/accommodation-options';
import { removeAccommodation, setAccommodation } from '@/lib/assignments/set-accommodation';
import { IdFieldSchema } from '@/lib/classes/class-inputs';
import { systemClock } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import { AdjustmentInputSchema, applyAdjustment, previewAdjustment } from '@/lib/regrade/adjustments';
import { localDateTimeToDate } from '@/lib/time/local-date-time';
import { getViewerTimeZone } from '@/lib/time/viewer-zone';

// The assignment page's forms: accommodations, and the regrade panel's preview and apply. Each
// lib/ function loads the teacher's own assignment in its WHERE, as the JSON routes do.

const assignmentPath = (assignmentId: string) => `/teach/assignments/${assignmentId}`;

const AccommodationFieldsSchema = z.strictObject({
  assignmentId: IdFieldSchema,
  studentId: IdFieldSchema,
  // An untimed assignment's form has no extra-time select.
  extraTime: z.enum(EXTRA_TIME).default('none'),
  dueAt: z.string().max(40).optional(),
});

export const setAccommodationAction = defineAction(
  { auth: { can: 'class.write' }, schema: AccommodationFieldsSchema },
  async ({ user, input, db }) => {
    const { assignmentId, studentId, extraTime } = input;
    let dueAt: string | null = null;
    if (input.dueAt) {
      const later = localDateTimeToDate(input.dueAt, await getViewerTimeZone());
      if (!later)
        throw new AppError('invalid', 'Enter a full date and time, or leave this empty.', {
          fieldErrors: { dueAt: 'Enter a full date and time, or leave this empty.' },
        });
      dueAt = later.toISOString();
    }
    // Its refusals of a value are both about the due date (before the class's; extra time on an untimed assignment names a date too).
    const accommodation = await withFieldError('dueAt', () =>
      setAccommodation(db, user.id, assignmentId, { studentId, extraTime, dueAt }, systemClock()),
    );
    revalidatePath(assignmentPath(assignmentId));
    return { studentId, isRemoved: accommodation === null };
  },
);

export const removeAccommodationAction = defineAction(
  { auth: { can: 'class.write' }, schema: z.strictObject({ assignmentId: IdFieldSchema, studentId: IdFieldSchema }) },
  async ({ user, input, db }) => {
    await removeAccommodation(db, user.id, input.assignmentId, input.studentId);
    revalidatePath(assignmentPath(input.assignmentId));
  },
);

// The panel sends its choice as fields; `accepted` is one option (the panel offers one at a time).
// They become the adjustments route's body, checked by the same AdjustmentInputSchema.
const adjustmentFields = {
  assignmentId: z.string(),
  questionId: z.string(),
  kind: z.string(),
  accepted: z.string().optional(),
};

function toAdjustment({
  accepted,
  ...rest
}: {
  assignmentId: string;
  questionId: string;
  kind: string;
  accepted?: string;
}) {
  return { ...rest, ...(accepted ? { accepted: [accepted] } : {}) };
}

const PreviewFieldsSchema = z.strictObject(adjustmentFields).transform(toAdjustment).pipe(AdjustmentInputSchema);

const ApplyFieldsSchema = z
  .strictObject({
    ...adjustmentFields,
    reason: z
      .string()
      .trim()
      .min(1, 'Give a reason; students whose score changes read it.')
      .max(500, 'Keep the reason to 500 characters.'),
  })
  .transform(({ reason, ...fields }) => ({ reason, adjustment: toAdjustment(fields) }))
  .pipe(z.object({ reason: z.string(), adjustment: AdjustmentInputSchema }));

export const previewAdjustmentAction = defineAction(
  { auth: { can: 'class.write' }, schema: PreviewFieldsSchema },
  async ({ user, input, db }) => ({
    preview: await previewAdjustment(db, { ...input, teacherId: user.id }),
  }),
);

export const applyAdjustmentAction = defineAction(
  { auth: { can: 'class.write' }, schema: ApplyFieldsSchema },
  async ({ user, input, db }) => {
    const { reason, adjustment } = input;
    const applied = await applyAdjustment(db, { ...adjustment, teacherId: user.id, reason }, systemClock());
    revalidatePath(assignmentPath(adjustment.assignmentId));
    revalidatePath(`${assignmentPath(adjustment.assignmentId)}/statistics`);
    return { applied };
  },
);
