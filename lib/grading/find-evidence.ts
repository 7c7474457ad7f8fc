import type { Grade, ResponseOf } from './response';
import { allOrNothing, type QuestionOf } from './shared';

/** Correct iff the chosen sentence id is the key. */
export function gradeFindEvidence(question: QuestionOf<'find-evidence'>, response: ResponseOf<'find-evidence'>): Grade {
  return allOrNothing(response.choice === question.answer);
}
