import type { Grade, ResponseOf } from './response';
import { allOrNothing, type QuestionOf } from './shared';

/**
 * All or nothing: correct iff the order is the key exactly — the same length and the same ids in
 * the same places. A nearly right order earns nothing.
 */
export function gradeOrdering(question: QuestionOf<'ordering'>, response: ResponseOf<'ordering'>): Grade {
  const key = question.answer;
  const order = response.order;
  return allOrNothing(order.length === key.length && key.every((id, index) => order[index] === id));
}
