import type { Selectable } from 'kysely';
import type { Question } from '@/lib/content/schema';
import type { QuestionAdjustmentsTable } from '@/lib/db/schema';
import { gradeResponse, type Grade } from '@/lib/grading';
import type { Response } from '@/lib/grading/response';

// A teacher's adjustments are applied on top of the question's own grading, so a save, a content
// regrade and a teacher regrade all grade the same way, in one order:
//   1. the question's own grade (its current revision);
//   2. class-wide adjustments of the assignment ('full-credit', 'accept'), which only add credit;
//   3. the teacher's per-question credit on this one attempt ('set-score', the latest set), which
//      replaces the result of 1 and 2 for that answer, higher or lower.
// So a mark the teacher gave one student's answer stands through a later content regrade or
// class-wide adjustment, until the teacher changes it on that attempt.

export type ClassWideKind = 'full-credit' | 'accept';
export type AdjustmentKind = ClassWideKind | 'set-score';

export type Adjustment = {
  id: string;
  questionId: string;
  kind: AdjustmentKind;
  accepted: readonly string[];
  reason: string;
  /** The attempt a 'set-score' is for; null for the class-wide kinds. */
  attemptId: string | null;
  /** The score a 'set-score' gives; null otherwise. */
  score: number | null;
  /** A 'set-score's number among its attempt's changes of its question; null otherwise. */
  sequence: number | null;
};

export type ClassWideAdjustment = Adjustment & { kind: ClassWideKind; attemptId: null };

export const isClassWide = (a: Adjustment): a is ClassWideAdjustment => a.attemptId === null && a.kind !== 'set-score';

export type AdjustedGrade = Grade & {
  /** The adjustment that set this grade, or null when the question's own grade stands. */ adjustmentId: string | null;
};

export function toAdjustment(row: Selectable<QuestionAdjustmentsTable>): Adjustment {
  const kind: AdjustmentKind =
    row.kind === 'accept'
      ? 'accept'
      : row.kind === 'set-score' && row.attempt_id !== null
        ? 'set-score'
        : 'full-credit';
  return {
    id: row.id,
    questionId: row.question_id,
    kind,
    accepted: JSON.parse(row.accepted) as string[],
    reason: row.reason,
    attemptId: kind === 'set-score' ? row.attempt_id : null,
    score: kind === 'set-score' ? Number(row.score ?? 0) : null,
    sequence: kind === 'set-score' ? Number(row.sequence ?? 0) : null,
  };
}

/** The teacher's latest per-question credit on this attempt's answer to this question, if any. */
export function creditOf(
  adjustments: readonly Adjustment[],
  questionId: string,
  attemptId: string | null,
): Adjustment | undefined {
  if (attemptId === null) return undefined;
  let latest: Adjustment | undefined;
  for (const a of adjustments)
    if (a.kind === 'set-score' && a.attemptId === attemptId && a.questionId === questionId)
      if (!latest || (a.sequence ?? 0) > (latest.sequence ?? 0)) latest = a;
  return latest;
}

/** The one choice a response makes, for the types an 'accept' adjustment applies to; true-false as 'true' / 'false'. */
export function choiceOf(response: Response): string | undefined {
  switch (response.type) {
    case 'single-choice':
    case 'who-says-so':
    case 'find-evidence':
      return response.choice;
    case 'true-false':
      return String(response.value);
    default:
      return undefined;
  }
}

/**
 * The grade of this response in this attempt (null for one outside any attempt): the question's
 * own, raised to full marks by the first class-wide adjustment that credits it, then replaced by
 * the teacher's latest credit on this attempt's answer when there is one.
 */
export function gradeWithAdjustments(
  question: Question,
  response: Response,
  adjustments: readonly Adjustment[],
  attemptId: string | null,
): AdjustedGrade {
  const credit = creditOf(adjustments, question.id, attemptId);
  if (credit) {
    const score = credit.score ?? 0;
    return { score, isCorrect: score >= 1, adjustmentId: credit.id };
  }
  const grade = gradeResponse(question, response);
  if (grade.isCorrect && grade.score >= 1) return { ...grade, adjustmentId: null };
  const choice = choiceOf(response);
  const crediting = adjustments.find(
    (a) =>
      isClassWide(a) &&
      a.questionId === question.id &&
      (a.kind === 'full-credit' || (choice !== undefined && a.accepted.includes(choice))),
  );
  return crediting ? { score: 1, isCorrect: true, adjustmentId: crediting.id } : { ...grade, adjustmentId: null };
}
