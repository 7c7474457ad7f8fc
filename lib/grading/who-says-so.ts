import type { Grade, ResponseOf } from './response';
import { allOrNothing, type QuestionOf } from './shared';

/** Correct iff the chosen category is the key or one the question also accepts. */
export function gradeWhoSaysSo(question: QuestionOf<'who-says-so'>, response: ResponseOf<'who-says-so'>): Grade {
  const accepted: string[] = [question.answer, ...(question.alsoAccepted ?? [])];
  return allOrNothing(accepted.includes(response.choice));
}
