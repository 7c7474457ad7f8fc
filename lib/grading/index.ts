import type { Question, QuestionType } from '../content/schema';
import { gradeFillBlank } from './fill-blank';
import { gradeFindEvidence } from './find-evidence';
import { gradeMatching } from './matching';
import { gradeMultipleSelect } from './multiple-select';
import { gradeOrdering } from './ordering';
import type { Grade, Response, ResponseOf } from './response';
import { gradeSingleChoice } from './single-choice';
import { gradeTrueFalse } from './true-false';
import { gradeWhoSaysSo } from './who-says-so';

// How answers are graded. Pure functions of (question, response); responses carry content ids.
// A grade is { score in [0, 1], isCorrect }; the verdict is correct iff isCorrect, partial iff
// 0 < score < 1, otherwise incorrect.
// - single-choice: correct iff the chosen option is the key.
// - multiple-select: score = max(0, (correct chosen − wrong chosen) / correct options); correct iff the chosen set is the key exactly; repeats count once, unknown ids are wrong choices.
// - true-false: correct iff the value is the key.
// - fill-blank: correct iff the answer equals an accepted variant after normalising case, spacing (incl. no-break spaces), quote style, one trailing full stop, surrounding quotes and Unicode (NFKC); blank is wrong; no fuzzy matching.
// - matching: score = left items matched to their key / left items in the key; correct iff all are; pairs for unknown left ids are ignored.
// - ordering: all or nothing; correct iff the order is the key exactly.
// - find-evidence: correct iff the chosen sentence is the key.
// - who-says-so: correct iff the chosen category (pact, claim, analysis, writer) is the key or one it also accepts.

export { gradeFillBlank } from './fill-blank';
export { gradeFindEvidence } from './find-evidence';
export { gradeMatching } from './matching';
export { gradeMultipleSelect } from './multiple-select';
export { normalizeFreeText } from './normalize';
export { gradeOrdering } from './ordering';
export type { Grade, Response, ResponseOf } from './response';
export { gradeSingleChoice } from './single-choice';
export type { QuestionOf } from './shared';
export { gradeTrueFalse } from './true-false';
export { gradeWhoSaysSo } from './who-says-so';

/** A response of one type was given to a question of another; a caller's bug, never a wrong answer. */
export class ResponseTypeMismatchError extends Error {
  readonly questionId: string;
  readonly questionType: QuestionType;
  readonly responseType: Response['type'];

  constructor(question: Question, response: Response) {
    super(`question ${question.id} is ${question.type} but the response is ${response.type}`);
    this.name = 'ResponseTypeMismatchError';
    this.questionId = question.id;
    this.questionType = question.type;
    this.responseType = response.type;
  }
}

export type Verdict = 'correct' | 'partial' | 'incorrect';

/** Grades a response to a question; throws `ResponseTypeMismatchError` when their types differ. */
export function gradeResponse(question: Question, response: Response): Grade {
  switch (question.type) {
    case 'single-choice':
      return gradeSingleChoice(question, responseOf(question, response, question.type));
    case 'multiple-select':
      return gradeMultipleSelect(question, responseOf(question, response, question.type));
    case 'true-false':
      return gradeTrueFalse(question, responseOf(question, response, question.type));
    case 'fill-blank':
      return gradeFillBlank(question, responseOf(question, response, question.type));
    case 'matching':
      return gradeMatching(question, responseOf(question, response, question.type));
    case 'ordering':
      return gradeOrdering(question, responseOf(question, response, question.type));
    case 'find-evidence':
      return gradeFindEvidence(question, responseOf(question, response, question.type));
    case 'who-says-so':
      return gradeWhoSaysSo(question, responseOf(question, response, question.type));
    default: {
      const unknown: never = question;
      throw new Error(`unknown question type ${(unknown as Question).type}`);
    }
  }
}

/** The response, narrowed to the question's type, or a `ResponseTypeMismatchError`. */
function responseOf<T extends QuestionType>(question: Question, response: Response, type: T): ResponseOf<T> {
  if (response.type !== type) throw new ResponseTypeMismatchError(question, response);
  return response as ResponseOf<T>;
}

/** correct iff isCorrect; partial iff 0 < score < 1; otherwise incorrect. */
export function verdictOf(grade: Grade): Verdict {
  if (grade.isCorrect) return 'correct';
  if (grade.score > 0 && grade.score < 1) return 'partial';
  return 'incorrect';
}
