import type { Grade, ResponseOf } from './response';
import { allOrNothing, type QuestionOf } from './shared';

/** Correct iff the chosen value is the key. */
export function gradeTrueFalse(question: QuestionOf<'true-false'>, response: ResponseOf<'true-false'>): Grade {
  return allOrNothing(response.value === question.answer);
}
