'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/action';
import { setAssignmentArchived } from '@/lib/assignments/archive-assignment';
import { AssignFieldsSchema, parseAssignFields } from '@/lib/assignments/assignment-fields';
import { NewAssignmentSchema } from '@/lib/assignments/create-assignment';
import { editAssignment } from '@/lib/assignments/edit-assignment';
import { IdFieldSchema } from '@/lib/classes/class-inputs';
import { systemClock } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import { assignmentNotFound } from '@/lib/gradebook/errors';
import { loadOwnedAssignment } from '@/lib/gradebook/load-owned';
import { FIELDS_MESSAGE, parseInput } from '@/lib/http/body';
import { localDateTimeToDate } from '@/lib/time/local-date-time';
import { getViewerTimeZone } from '@/lib/time/viewer-zone';

// Editing and deleting (archiving) an assignment. The edit form posts the assign form's fields
// but for what was assigned (kind, module, class), which it cannot change: those come from the
// teacher's own assignment, loaded with the teacher in its WHERE, so another's is not found.

const EditFieldsSchema = AssignFieldsSchema.omit({ classId: true, courseId: true, kind: true, moduleId: true }).extend({
  assignmentId: IdFieldSchema,
});

const MINUTE_MS = 60_000;

/**
 * The form shows dates to the minute; a date posted back as the minute it was shown is the stored
 * one, seconds and all (an assignment made through the API may have them), so it is not a change.
 */
function keepShownMinute(posted: string | null | undefined, stored: string | null): string | null | undefined {
  if (!posted || !stored) return posted;
  const shown = Math.floor(Date.parse(stored) / MINUTE_MS) * MINUTE_MS;
  return Date.parse(posted) === shown ? stored : posted;
}

function revalidateAssignment(assignmentId: string, classId: string) {
  revalidatePath(`/teach/assignments/${assignmentId}`);
  revalidatePath(`/teach/classes/${classId}`);
  revalidatePath(`/teach/classes/${classId}/gradebook`);
}

export const editAssignmentAction = defineAction(
  { auth: { can: 'class.write' }, schema: EditFieldsSchema, revalidate: ['/teach', '/work'] },
  async ({ user, input, db }) => {
    const { assignmentId, ...fields } = input;
    const owned = await loadOwnedAssignment(db, user.id, assignmentId);
    if (!owned) throw assignmentNotFound();
    const timeZone = await getViewerTimeZone();
    const parsed = parseAssignFields(
      { ...fields, kind: owned.kind, moduleId: owned.module_id ?? undefined },
      owned.class_id,
      owned.course_id,
      (value) => localDateTimeToDate(value, timeZone),
    );
    if (!parsed.ok) throw new AppError('invalid', FIELDS_MESSAGE, { fieldErrors: parsed.errors });
    const body = parsed.body as { opensAt: string; dueAt: string; closesAt: string | null };
    const changes = parseInput(
      NewAssignmentSchema,
      {
        ...parsed.body,
        opensAt: keepShownMinute(body.opensAt, owned.opens_at),
        dueAt: keepShownMinute(body.dueAt, owned.due_at),
        closesAt: keepShownMinute(body.closesAt, owned.closes_at),
      },
      'fields',
    );
    const result = await editAssignment(db, user.id, owned.id, changes, systemClock());
    revalidateAssignment(owned.id, owned.class_id);
    return { changed: Object.keys(result.changes).length, movedDeadlines: result.movedDeadlines };
  },
);

export const archiveAssignmentAction = defineAction(
  {
    auth: { can: 'class.write' },
    schema: z.strictObject({ assignmentId: IdFieldSchema, archived: z.enum(['true', 'false']) }),
    revalidate: ['/teach', '/work'],
  },
  async ({ user, input, db }) => {
    const result = await setAssignmentArchived(
      db,
      user.id,
      input.assignmentId,
      input.archived === 'true',
      systemClock(),
    );
    const owned = await loadOwnedAssignment(db, user.id, input.assignmentId);
    if (owned) revalidateAssignment(owned.id, owned.class_id);
    return result;
  },
);
