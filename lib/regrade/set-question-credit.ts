import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { getQuestionIndex } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { assignmentArchivedForTeacher } from '@/lib/gradebook/errors';
import { ResponseSchema } from '@/lib/grading/response';
import { applyAttemptPlan } from './apply-attempt-plan';
import { gradeWithAdjustments } from './grade-with-adjustments';
import { loadAdjustments } from './load-adjustments';

// A teacher's credit on one question of one student's attempt: "set 1 of 1: accepted the spelling".
// It is a 'set-score' adjustment scoped to the attempt, applied by the regrade engine like every
// other adjustment: written to the append-only question_adjustments and regrades, the answer's and
// the attempt's scores updated in the attempt's transaction, and kept by every later regrade
// (grade-with-adjustments.ts gives the order). The gradebook reads the attempt's score; a grade
// override of the whole assignment still stands over it.

/** Each question is worth 1 (describe-assignment.ts: max = questions drawn). */
export const QUESTION_MAX = 1;

export const QuestionCreditSchema = z.strictObject({
  attemptId: z.string().min(1).max(100),
  questionId: z.string().min(1).max(120),
  score: z
    .number()
    .finite()
    .min(0, `The score must be between 0 and ${QUESTION_MAX}.`)
    .max(QUESTION_MAX, `The score must be between 0 and ${QUESTION_MAX}.`)
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9, 'Give the score to at most two decimals.'),
  reason: z
    .string()
    .trim()
    .min(1, 'Give a reason; the student reads it beside their grade.')
    .max(500, 'Keep the reason to 500 characters.'),
});

export type QuestionCreditInput = z.input<typeof QuestionCreditSchema> & { teacherId: string };

export type QuestionCreditResult = {
  adjustmentId: string;
  questionId: string;
  oldScore: number;
  newScore: number;
  /** The attempt's total before and after. */
  oldAttemptScore: number | null;
  newAttemptScore: number | null;
};

export const attemptNotFoundForTeacher = () =>
  new AppError('not_found', 'No such attempt. It may belong to another teacher’s class, or the link is wrong.');

/**
 * Sets the score of one answer of a submitted attempt of the teacher's class, with a reason.
 * Another teacher's (or a missing) attempt is not found; an archived (deleted) assignment's
 * attempt, work still in progress, a question the
 * attempt does not hold or did not answer, a score out of range or no reason are refused, and
 * nothing changes. Two changes at once are both recorded; the one applied last stands.
 */
export async function setQuestionCredit(
  db: Kysely<Database>,
  input: QuestionCreditInput,
  now = new Date(),
): Promise<QuestionCreditResult> {
  const parsed = QuestionCreditSchema.safeParse({
    attemptId: input.attemptId,
    questionId: input.questionId,
    score: input.score,
    reason: input.reason,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('invalid', issue?.message ?? 'The credit is not valid.', {
      fieldErrors: { [issue?.path[0] === 'reason' ? 'reason' : 'score']: issue?.message ?? 'Not valid.' },
    });
  }
  const { attemptId, questionId, score, reason } = parsed.data;
  // Ownership in the WHERE clause: the attempt's assignment is of one of this teacher's classes.
  const owned = await db
    .selectFrom('attempts')
    .innerJoin('assignments', 'assignments.id', 'attempts.assignment_id')
    .innerJoin('classes', 'classes.id', 'assignments.class_id')
    .select([
      'attempts.id',
      'attempts.course_id',
      'attempts.question_ids',
      'attempts.assignment_id',
      'assignments.archived_at',
    ])
    .where('attempts.id', '=', attemptId)
    .where('classes.teacher_id', '=', input.teacherId)
    .executeTakeFirst();
  if (!owned || owned.assignment_id === null) throw attemptNotFoundForTeacher();
  if (owned.archived_at !== null) throw assignmentArchivedForTeacher();
  const question = getQuestionIndex(owned.course_id)?.get(questionId)?.question;
  if (!question || !(JSON.parse(owned.question_ids) as string[]).includes(questionId))
    throw new AppError('invalid', `Question "${questionId}" is not in this attempt.`);
  const assignmentId = owned.assignment_id;
  const id = `qa_${randomBytes(12).toString('base64url')}`;

  const written = await applyAttemptPlan(
    db,
    attemptId,
    // Under the attempt's lock: checked, recorded and numbered here, so the change applied last is
    // the one with the highest number, and a submit cannot sum the answers halfway.
    async (trx, attempt) => {
      if (attempt.status !== 'submitted')
        throw new AppError(
          'conflict',
          'This attempt is not handed in yet: credit can be given once the student submits it (or its time runs out).',
        );
      const answer = await trx
        .selectFrom('answers')
        .select('question_id')
        .where('attempt_id', '=', attempt.id)
        .where('question_id', '=', questionId)
        .executeTakeFirst();
      if (!answer)
        throw new AppError(
          'invalid',
          'The student did not answer this question, so there is no answer to credit; change the whole grade in the gradebook instead.',
        );
      const last = await trx
        .selectFrom('question_adjustments')
        .select((eb) => eb.fn.max('sequence').as('sequence'))
        .where('attempt_id', '=', attempt.id)
        .where('question_id', '=', questionId)
        .executeTakeFirst();
      await trx
        .insertInto('question_adjustments')
        .values({
          id,
          assignment_id: assignmentId,
          question_id: questionId,
          kind: 'set-score',
          accepted: '[]',
          reason,
          teacher_id: input.teacherId,
          created_at: now.toISOString(),
          attempt_id: attempt.id,
          score,
          sequence: Number(last?.sequence ?? 0) + 1,
        })
        .execute();
      const adjustments = (await loadAdjustments(trx, [assignmentId])).get(assignmentId) ?? [];
      return (row) => {
        const grade = gradeWithAdjustments(
          question,
          ResponseSchema.parse(JSON.parse(row.response)),
          adjustments,
          row.attempt_id,
        );
        return { grade, toRevision: row.question_revision, reason };
      };
    },
    { source: 'teacher', allowLower: true, questionId },
    now,
  );
  if (!written) throw attemptNotFoundForTeacher();
  const change = written.changes[0] ?? written.unchanged[0];
  const answer = await db
    .selectFrom('answers')
    .select('score')
    .where('attempt_id', '=', attemptId)
    .where('question_id', '=', questionId)
    .executeTakeFirstOrThrow();
  return {
    adjustmentId: id,
    questionId,
    oldScore: change?.oldScore ?? answer.score,
    newScore: change?.newScore ?? answer.score,
    oldAttemptScore: written.oldScore,
    newAttemptScore: written.newScore,
  };
}
