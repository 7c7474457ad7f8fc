// Turns the assign form's fields into POST /api/assignments's body (NewAssignmentSchema), or into
// messages beside the fields. datetime-local values have no zone: `when` reads them in the
// viewer's (lib/time/local-date-time.ts; by default this engine's own), and toISOString() carries it.

import { z } from 'zod';

const field = z.string().max(200).optional();

/** The assign form's fields as posted: text, read by parseAssignFields. */
export const AssignFieldsSchema = z.strictObject({
  classId: z.string().min(1).max(100),
  courseId: z.string().min(1).max(100),
  kind: field,
  moduleId: field,
  questionPool: field,
  questionCount: field,
  opensAt: field,
  dueAt: field,
  closesAt: field,
  attemptsAllowed: field,
  grading: field,
  timeLimitMinutes: field,
  reviewScore: field,
  reviewAnswers: field,
  reviewCorrect: field,
  /** The IANA zone the form's wall-clock times were entered in (the teacher's browser's). */
  timeZone: field,
});

export type AssignFields = Partial<Record<string, string>>;
export type AssignParse = { ok: true; body: Record<string, unknown> } | { ok: false; errors: Record<string, string> };

function engineLocal(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function parseAssignFields(
  f: AssignFields,
  classId: string,
  courseId: string,
  when: (value: string | undefined) => Date | undefined = engineLocal,
): AssignParse {
  const errors: Record<string, string> = {};
  const opensAt = when(f.opensAt);
  const dueAt = when(f.dueAt);
  const closesAt = when(f.closesAt);
  if (!opensAt) errors.opensAt = 'Enter the date and time the assignment opens.';
  if (!dueAt) errors.dueAt = 'Enter the date and time the assignment is due.';
  else if (opensAt && dueAt <= opensAt) errors.dueAt = 'The due date must be after the open date.';
  if (f.closesAt && !closesAt) errors.closesAt = 'Enter a full date and time, or leave this empty.';
  else if (closesAt && dueAt && closesAt < dueAt) errors.closesAt = 'The close date cannot be before the due date.';
  const limit = f.timeLimitMinutes?.trim() ?? '';
  const minutes = limit === '' ? null : Number(limit);
  if (minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > 600))
    errors.timeLimitMinutes = 'Enter whole minutes from 1 to 600, or leave this empty.';
  if (f.kind !== 'final' && !f.moduleId) errors.moduleId = 'Choose the module to assign.';
  const countText = f.questionCount?.trim() ?? '';
  const count = countText === '' ? null : Number(countText);
  if (count !== null && (!Number.isInteger(count) || count < 1 || count > 40))
    errors.questionCount = 'Enter a whole number of questions from 1 to 40, or leave this empty.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      classId,
      courseId,
      kind: f.kind,
      moduleId: f.kind === 'final' ? null : f.moduleId,
      opensAt: opensAt!.toISOString(),
      dueAt: dueAt!.toISOString(),
      closesAt: closesAt ? closesAt.toISOString() : null,
      attemptsAllowed: f.attemptsAllowed === 'unlimited' ? null : Number(f.attemptsAllowed),
      grading: f.grading === 'last' ? 'last' : 'highest',
      timeLimitMinutes: minutes,
      questionPool: f.questionPool === 'practice' ? 'practice' : 'assessment',
      questionCount: count,
      reviewPolicy: { score: f.reviewScore, answers: f.reviewAnswers, correctAnswers: f.reviewCorrect },
    },
  };
}
