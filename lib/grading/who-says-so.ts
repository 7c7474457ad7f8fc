import type { Grade, ResponseOf } from './response';
import { allOrNothing, type QuestionOf } from './shared';

/** Correct iff the chosen category id ('pact', 'claim' or 'analysis') is the key. */
export function gradeWhoSaysSo(question: QuestionOf<'who-says-so'>, response: ResponseOf<'who-says-so'>): Grade {
  return allOrNothing(response.choice === question.answer);
}
