import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { getCourseArticle, getQuestionIndex } from '@/lib/content/course';
import { WHO_SAYS_SO_IDS, type Article, type Question } from '@/lib/content/schema';
import type { Database } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { assignmentArchivedForTeacher, assignmentNotFound } from '@/lib/gradebook/errors';
import { loadOwnedAssignment, type OwnedAssignment } from '@/lib/gradebook/load-owned';
import { ResponseSchema } from '@/lib/grading/response';
import { applyAttemptPlan } from './apply-attempt-plan';
import { gradeWithAdjustments, type Adjustment, type ClassWideKind } from './grade-with-adjustments';
import { loadAdjustments } from './load-adjustments';
import { planAttempt, type Regrader } from './plan-attempt';

// A teacher's correction of one question on one assignment: give everyone who answered it full
// credit, or accept another choice. It only raises scores, is recorded in question_adjustments,
// regrades the assignment's attempts now and is honoured by every later save (save-answer.ts).

export const AdjustmentInputSchema = z.strictObject({
  assignmentId: z.string().min(1).max(100),
  questionId: z.string().min(1).max(120),
  kind: z.enum(['full-credit', 'accept']),
  accepted: z.array(z.string().min(1).max(120)).max(12).optional(),
});

export type AdjustmentInput = z.input<typeof AdjustmentInputSchema> & { teacherId: string };

export type AdjustmentPreviewRow = {
  studentId: string;
  studentName: string;
  attemptId: string;
  attemptNumber: number | null;
  oldScore: number;
  newScore: number;
  /** The attempt's total before and after; null while it is not submitted. */
  oldAttemptScore: number | null;
  newAttemptScore: number | null;
};

export type AdjustmentPreview = {
  assignmentId: string;
  questionId: string;
  kind: ClassWideKind;
  accepted: string[];
  rows: AdjustmentPreviewRow[];
};

/** Who would gain, and how much, if the teacher made this adjustment now. Changes nothing. */
export async function previewAdjustment(db: Kysely<Database>, input: AdjustmentInput): Promise<AdjustmentPreview> {
  const checked = await checkAdjustment(db, input);
  const proposed: Adjustment = {
    id: 'preview',
    questionId: checked.question.id,
    kind: checked.kind,
    accepted: checked.accepted,
    reason: '',
    attemptId: null,
    score: null,
    sequence: null,
  };
  const attempts = await db
    .selectFrom('attempts')
    .selectAll()
    .where('assignment_id', '=', checked.assignment.id)
    .execute();
  const answers =
    attempts.length === 0
      ? []
      : await db
          .selectFrom('answers')
          .selectAll()
          .where(
            'attempt_id',
            'in',
            attempts.map((a) => a.id),
          )
          .execute();
  const names = await studentNames(
    db,
    attempts.map((a) => a.owner_id),
  );
  const regrader = teacherRegrader(checked.question, [...checked.existing, proposed], '');
  const rows: AdjustmentPreviewRow[] = [];
  for (const attempt of attempts) {
    const plan = planAttempt(
      attempt,
      answers.filter((a) => a.attempt_id === attempt.id && a.question_id === checked.question.id),
      regrader,
      { allowLower: false },
    );
    const change = plan.changes[0];
    if (!change) continue;
    // The total as submit sums it, over every answer of the attempt.
    const ids = new Set(JSON.parse(attempt.question_ids) as string[]);
    const total =
      attempt.score === null
        ? null
        : answers
            .filter((a) => a.attempt_id === attempt.id && ids.has(a.question_id))
            .reduce((sum, a) => sum + (a.question_id === change.questionId ? change.newScore : a.score), 0);
    rows.push({
      studentId: attempt.owner_id,
      studentName: names.get(attempt.owner_id) ?? 'Unknown student',
      attemptId: attempt.id,
      attemptNumber: attempt.attempt_number,
      oldScore: change.oldScore,
      newScore: change.newScore,
      oldAttemptScore: attempt.score,
      newAttemptScore: total,
    });
  }
  rows.sort((a, b) => a.studentName.localeCompare(b.studentName) || (a.attemptNumber ?? 0) - (b.attemptNumber ?? 0));
  return {
    assignmentId: checked.assignment.id,
    questionId: checked.question.id,
    kind: checked.kind,
    accepted: checked.accepted,
    rows,
  };
}

/** Records the adjustment and regrades every affected answer of the assignment's attempts; returns what changed. */
export async function applyAdjustment(
  db: Kysely<Database>,
  input: AdjustmentInput & { reason: string },
  now = new Date(),
): Promise<AdjustmentPreview & { adjustmentId: string }> {
  const reason = z
    .string()
    .trim()
    .min(1, 'give a reason for the adjustment')
    .max(500, 'keep the reason to 500 characters')
    .safeParse(input.reason);
  if (!reason.success)
    throw new AppError('invalid', `The adjustment is not valid: ${reason.error.issues[0]?.message ?? 'reason'}.`);
  const checked = await checkAdjustment(db, input);
  const id = `qa_${randomBytes(12).toString('base64url')}`;
  await db
    .insertInto('question_adjustments')
    .values({
      id,
      assignment_id: checked.assignment.id,
      question_id: checked.question.id,
      kind: checked.kind,
      accepted: JSON.stringify(checked.accepted),
      reason: reason.data,
      teacher_id: input.teacherId,
      created_at: now.toISOString(),
      attempt_id: null,
      score: null,
      sequence: null,
    })
    .execute();
  const attempts = await db
    .selectFrom('attempts')
    .select('id')
    .where('assignment_id', '=', checked.assignment.id)
    .orderBy('created_at')
    .execute();
  const names = new Map<string, string>();
  const rows: AdjustmentPreviewRow[] = [];
  for (const { id: attemptId } of attempts) {
    const written = await applyAttemptPlan(
      db,
      attemptId,
      async (trx) =>
        teacherRegrader(
          checked.question,
          (await loadAdjustments(trx, [checked.assignment.id])).get(checked.assignment.id) ?? [],
          reason.data,
        ),
      { source: 'teacher', allowLower: false, questionId: checked.question.id },
      now,
    );
    const change = written?.changes[0];
    if (!written || !change) continue;
    rows.push({
      studentId: written.ownerId,
      studentName: '',
      attemptId,
      attemptNumber: null,
      oldScore: change.oldScore,
      newScore: change.newScore,
      oldAttemptScore: written.oldScore,
      newAttemptScore: written.newScore,
    });
  }
  for (const [studentId, name] of await studentNames(
    db,
    rows.map((r) => r.studentId),
  ))
    names.set(studentId, name);
  const numbers = new Map(
    (rows.length
      ? await db
          .selectFrom('attempts')
          .select(['id', 'attempt_number'])
          .where(
            'id',
            'in',
            rows.map((r) => r.attemptId),
          )
          .execute()
      : []
    ).map((a) => [a.id, a.attempt_number]),
  );
  for (const row of rows)
    Object.assign(row, {
      studentName: names.get(row.studentId) ?? 'Unknown student',
      attemptNumber: numbers.get(row.attemptId) ?? null,
    });
  rows.sort((a, b) => a.studentName.localeCompare(b.studentName) || (a.attemptNumber ?? 0) - (b.attemptNumber ?? 0));
  return {
    adjustmentId: id,
    assignmentId: checked.assignment.id,
    questionId: checked.question.id,
    kind: checked.kind,
    accepted: checked.accepted,
    rows,
  };
}

/** Raise-only: an answer to this question that the adjustments credit more than it scores now. */
function teacherRegrader(question: Question, adjustments: readonly Adjustment[], reason: string): Regrader {
  return (answer) => {
    if (answer.question_id !== question.id) return undefined;
    const grade = gradeWithAdjustments(
      question,
      ResponseSchema.parse(JSON.parse(answer.response)),
      adjustments,
      answer.attempt_id,
    );
    if (grade.score <= answer.score) return undefined;
    const adjustment = adjustments.find((a) => a.id === grade.adjustmentId);
    return { grade, toRevision: question.revision, reason: adjustment?.reason || reason };
  };
}

type CheckedAdjustment = {
  assignment: OwnedAssignment;
  question: Question;
  kind: ClassWideKind;
  accepted: string[];
  existing: Adjustment[];
};

/** Parses, authorises (the assignment's class is the teacher's, in the query), refuses an archived assignment, and validates an adjustment. */
async function checkAdjustment(db: Kysely<Database>, input: AdjustmentInput): Promise<CheckedAdjustment> {
  const parsed = AdjustmentInputSchema.safeParse({
    assignmentId: input.assignmentId,
    questionId: input.questionId,
    kind: input.kind,
    accepted: input.accepted,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'invalid',
      `The adjustment is not valid: ${issue?.path.length ? `${issue.path.join('.')}: ` : ''}${issue?.message ?? 'unexpected shape'}.`,
    );
  }
  const assignment = await loadOwnedAssignment(db, input.teacherId, parsed.data.assignmentId);
  if (!assignment) throw assignmentNotFound();
  // Here, so the preview, the apply, the JSON route and the statistics page's actions all refuse it.
  if (assignment.archived_at !== null) throw assignmentArchivedForTeacher();
  const { questionId, kind } = parsed.data;
  const attempts = await db
    .selectFrom('attempts')
    .select('question_ids')
    .where('assignment_id', '=', assignment.id)
    .execute();
  const question = getQuestionIndex(assignment.course_id)?.get(questionId)?.question;
  if (!question || !attempts.some((a) => (JSON.parse(a.question_ids) as string[]).includes(questionId))) {
    throw new AppError('invalid', `Question "${questionId}" is not in any attempt at this assignment.`);
  }
  const accepted = kind === 'accept' ? [...new Set(parsed.data.accepted ?? [])] : [];
  if (kind === 'accept') {
    const choices = choicesOf(question, getCourseArticle(assignment.course_id));
    if (!choices)
      throw new AppError(
        'invalid',
        `Accepting another answer works for single-choice, true-false, find-evidence and who-says-so questions; give everyone credit for this ${question.type} question instead.`,
      );
    if (accepted.length === 0) throw new AppError('invalid', 'Choose at least one answer to accept.');
    const unknown = accepted.filter((c) => !choices.includes(c));
    if (unknown.length > 0)
      throw new AppError(
        'invalid',
        `Not an option of this question: ${unknown.join(', ')}. Its options are ${choices.join(', ')}.`,
      );
  }
  const existing = ((await loadAdjustments(db, [assignment.id])).get(assignment.id) ?? []).filter(
    (a) => a.questionId === questionId,
  );
  return { assignment, question, kind, accepted, existing };
}

/** The choice ids an 'accept' adjustment may name, or undefined for a question without single choices. */
export function choicesOf(question: Question, article: Article | undefined): string[] | undefined {
  switch (question.type) {
    case 'single-choice':
      return question.options.map((o) => o.id);
    case 'who-says-so':
      return [...WHO_SAYS_SO_IDS];
    case 'true-false':
      return ['true', 'false'];
    case 'find-evidence':
      return article?.paragraphs.find((p) => p.id === question.paragraph)?.sentences.map((s) => s.id) ?? [];
    default:
      return undefined;
  }
}

async function studentNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
