import type { Grade, ResponseOf } from './response';
import { allOrNothing, type QuestionOf } from './shared';

/** Correct iff the chosen option is the key. */
export function gradeSingleChoice(question: QuestionOf<'single-choice'>, response: ResponseOf<'single-choice'>): Grade {
  return allOrNothing(response.choice === question.answer);
}
