import type { Selectable } from 'kysely';
import type { QuestionEntry } from '@/lib/content/course';
import type { AnswersTable, AttemptsTable } from '@/lib/db/schema';
import { ResponseSchema } from '@/lib/grading/response';
import { gradeWithAdjustments, type Adjustment } from './grade-with-adjustments';

// How one attempt's answers regrade, as a pure function of what is stored, the content and the
// adjustments. Planning and applying both call it (applying on rows re-read under the attempt's
// lock), so a dry run lists exactly what applying changes.

export type AttemptRow = Selectable<AttemptsTable>;
export type AnswerRow = Selectable<AnswersTable>;

export type AnswerChange = {
  questionId: string;
  fromRevision: number;
  toRevision: number;
  oldScore: number;
  newScore: number;
  isCorrect: boolean;
  /** The answer's save counter when read: the write applies only if no save came in between. */
  saveRevision: number;
  reason: string;
  adjustmentId: string | null;
};

export type AttemptPlan = {
  attemptId: string;
  ownerId: string;
  assignmentId: string | null;
  /** Null while the attempt is not submitted: it has no total yet. */
  oldScore: number | null;
  newScore: number | null;
  /** Answers whose score changes. */
  changes: AnswerChange[];
  /** Answers regraded at the same score: only their question revision is raised. */
  unchanged: AnswerChange[];
  /** Answers that would score lower, left as they are (no allowLower). */
  skipped: AnswerChange[];
};

/** How a regrade treats one answer: the new grade and why, or undefined to leave it alone. */
export type Regrader = (
  answer: AnswerRow,
) =>
  | { grade: { score: number; isCorrect: boolean; adjustmentId: string | null }; toRevision: number; reason: string }
  | undefined;

export function planAttempt(
  attempt: AttemptRow,
  answers: readonly AnswerRow[],
  regrade: Regrader,
  options: { allowLower: boolean },
): AttemptPlan {
  const plan: AttemptPlan = {
    attemptId: attempt.id,
    ownerId: attempt.owner_id,
    assignmentId: attempt.assignment_id,
    oldScore: attempt.score,
    newScore: attempt.score,
    changes: [],
    unchanged: [],
    skipped: [],
  };
  for (const answer of answers) {
    const next = regrade(answer);
    if (!next) continue;
    const change: AnswerChange = {
      questionId: answer.question_id,
      fromRevision: answer.question_revision,
      toRevision: next.toRevision,
      oldScore: answer.score,
      newScore: next.grade.score,
      isCorrect: next.grade.isCorrect,
      saveRevision: answer.revision,
      reason: next.reason,
      adjustmentId: next.grade.adjustmentId,
    };
    if (change.newScore === change.oldScore) plan.unchanged.push(change);
    else if (change.newScore > change.oldScore || options.allowLower) plan.changes.push(change);
    else plan.skipped.push(change);
  }
  if (attempt.score !== null && plan.changes.length > 0) {
    // As submit sums it: the scores of the answers to the attempt's own questions.
    const ids = new Set(JSON.parse(attempt.question_ids) as string[]);
    const changed = new Map(plan.changes.map((c) => [c.questionId, c.newScore]));
    plan.newScore = answers
      .filter((a) => ids.has(a.question_id))
      .reduce((sum, a) => sum + (changed.get(a.question_id) ?? a.score), 0);
  }
  return plan;
}

/**
 * A content regrade of one answer: its question's current revision, with the attempt's assignment's
 * adjustments (a teacher's credit on this answer still stands over the new grade).
 */
export function contentRegrader(
  questions: ReadonlyMap<string, QuestionEntry>,
  adjustments: readonly Adjustment[],
): Regrader {
  return (answer) => {
    const question = questions.get(answer.question_id)?.question;
    if (!question || question.revision === answer.question_revision) return undefined;
    const response = ResponseSchema.parse(JSON.parse(answer.response));
    const note = question.history?.find((h) => h.revision === question.revision)?.note;
    return {
      grade: gradeWithAdjustments(question, response, adjustments, answer.attempt_id),
      toRevision: question.revision,
      reason: note ?? `The question was revised (revision ${question.revision}).`,
    };
  };
}
