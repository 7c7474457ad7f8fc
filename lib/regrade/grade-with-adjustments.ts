import type { Selectable } from 'kysely';
import type { Question } from '@/lib/content/schema';
import type { QuestionAdjustmentsTable } from '@/lib/db/schema';
import { gradeResponse, type Grade } from '@/lib/grading';
import type { Response } from '@/lib/grading/response';

// A teacher's adjustments are applied on top of the question's own grading, so a save, a content
// regrade and a teacher regrade all grade the same way. Adjustments only ever add credit.

export type AdjustmentKind = 'full-credit' | 'accept';

export type Adjustment = {
  id: string;
  questionId: string;
  kind: AdjustmentKind;
  accepted: readonly string[];
  reason: string;
};

export type AdjustedGrade = Grade & {
  /** The adjustment that raised this grade, or null when the question's own grade stands. */ adjustmentId:
    string | null;
};

export function toAdjustment(row: Selectable<QuestionAdjustmentsTable>): Adjustment {
  return {
    id: row.id,
    questionId: row.question_id,
    kind: row.kind === 'accept' ? 'accept' : 'full-credit',
    accepted: JSON.parse(row.accepted) as string[],
    reason: row.reason,
  };
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

/** The question's grade, raised to full marks by the first of its adjustments that credits this response. */
export function gradeWithAdjustments(
  question: Question,
  response: Response,
  adjustments: readonly Adjustment[],
): AdjustedGrade {
  const grade = gradeResponse(question, response);
  if (grade.isCorrect && grade.score >= 1) return { ...grade, adjustmentId: null };
  const choice = choiceOf(response);
  const crediting = adjustments.find(
    (a) =>
      a.questionId === question.id &&
      (a.kind === 'full-credit' || (choice !== undefined && a.accepted.includes(choice))),
  );
  return crediting ? { score: 1, isCorrect: true, adjustmentId: crediting.id } : { ...grade, adjustmentId: null };
}
