'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/action';
import { withFieldError } from '@/lib/actions/field-error';
import { AssignFieldsSchema, parseAssignFields } from '@/lib/assignments/assignment-fields';
import { NewAssignmentSchema, createAssignment } from '@/lib/assignments/create-assignment';
import { StudentNamesSchema, addStudentsByName } from '@/lib/classes/add-students-by-name';
import { setClassArchived } from '@/lib/classes/archive-class';
import { issueNewSignInCard } from '@/lib/classes/issue-new-sign-in-card';
import { ClassNameSchema, IdFieldSchema } from '@/lib/classes/class-inputs';
import { removeStudent } from '@/lib/classes/remove-student';
import { renameClass } from '@/lib/classes/rename-class';
import { AppError } from '@/lib/errors';
import { FIELDS_MESSAGE, parseInput } from '@/lib/http/body';
import { localDateTimeToDate } from '@/lib/time/local-date-time';
import { getViewerTime } from '@/lib/time/viewer-zone';
import { isTimeZone } from '@/lib/time/wall-clock';
import { describeAssignRules } from '@/lib/assignments/describe-rules';
import { attemptTitle } from '@/lib/attempts/targets';
import { getCourse } from '@/lib/content/course';

// The class page's forms. Each mutation names the teacher in its WHERE (lib/classes), so another
// teacher's class is "not found" here exactly as through PATCH /api/classes/[classId].

const classPath = (classId: string) => `/teach/classes/${classId}`;

export const renameClassAction = defineAction(
  {
    auth: { can: 'class.write' },
    schema: z.strictObject({ classId: IdFieldSchema, name: ClassNameSchema }),
    revalidate: ['/teach'],
  },
  async ({ user, input, db }) => {
    const name = await withFieldError('name', () => renameClass(db, user.id, input.classId, input.name));
    revalidatePath(classPath(input.classId));
    return { name };
  },
);

export const archiveClassAction = defineAction(
  {
    auth: { can: 'class.write' },
    schema: z.strictObject({ classId: IdFieldSchema, archived: z.enum(['true', 'false']) }),
    revalidate: ['/teach'],
  },
  async ({ user, input, db }) => {
    const isArchived = input.archived === 'true';
    await setClassArchived(db, user.id, input.classId, isArchived);
    revalidatePath(classPath(input.classId));
    return { isArchived };
  },
);

export const removeStudentAction = defineAction(
  {
    auth: { can: 'class.write' },
    schema: z.strictObject({ classId: IdFieldSchema, studentId: IdFieldSchema }),
    revalidate: ['/teach'],
  },
  async ({ user, input, db }) => {
    await removeStudent(db, user.id, input.classId, input.studentId);
    revalidatePath(classPath(input.classId));
  },
);

/** Students without email: accounts made by name, answered with their sign-in cards (the one time their codes are shown). */
export const addStudentsByNameAction = defineAction(
  {
    auth: { can: 'class.write' },
    schema: z.strictObject({ classId: IdFieldSchema, names: StudentNamesSchema }),
    revalidate: ['/teach'],
  },
  async ({ user, input, db }) => {
    const cards = await addStudentsByName(db, user.id, input.classId, input.names);
    revalidatePath(classPath(input.classId));
    return { cards };
  },
);

/** A new sign-in card for a student whose account this teacher made: the old code stops working. */
export const newSignInCardAction = defineAction(
  { auth: { can: 'class.write' }, schema: z.strictObject({ classId: IdFieldSchema, studentId: IdFieldSchema }) },
  async ({ user, input, db }) => ({ card: await issueNewSignInCard(db, user.id, input.classId, input.studentId) }),
);

/**
 * The assign form: its text fields become POST /api/assignments's body, checked by the same schema
 * and createAssignment. Its dates are wall-clock times in the zone the form says it was filled in
 * (its browser's), else the zone the teacher's pages are shown in; the answer repeats the rules as
 * the server read them, for the confirmation.
 */
export const createAssignmentAction = defineAction(
  { auth: { can: 'class.write' }, schema: AssignFieldsSchema, revalidate: ['/teach'] },
  async ({ user, input, db }) => {
    const viewer = await getViewerTime();
    const timeZone = isTimeZone(input.timeZone) ? input.timeZone : viewer.timeZone;
    const parsed = parseAssignFields(input, input.classId, input.courseId, (value) =>
      localDateTimeToDate(value, timeZone),
    );
    if (!parsed.ok) throw new AppError('invalid', FIELDS_MESSAGE, { fieldErrors: parsed.errors });
    const assignment = parseInput(NewAssignmentSchema, parsed.body, 'fields');
    // The one refusal of a value createAssignment makes is a pool too small for the count asked.
    const assignmentId = await withFieldError('questionCount', () => createAssignment(db, user.id, assignment));
    revalidatePath(classPath(input.classId));
    const course = getCourse(assignment.courseId);
    const savedAt = new Date();
    return {
      assignmentId,
      title: course ? attemptTitle(course, assignment.kind, assignment.moduleId ?? null) : 'The assignment',
      rules: describeAssignRules(input, { ...viewer, timeZone }, savedAt),
      savedAt: savedAt.toISOString(),
    };
  },
);
