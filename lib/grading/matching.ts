import type { Grade, ResponseOf } from './response';
import type { QuestionOf } from './shared';

/**
 * Partial credit: score = (left items matched to their key) / (left items in the key); correct iff
 * every left item is matched to its key. Pairs naming a left id the key does not have are ignored;
 * a left item left unmatched, or matched to a wrong or unknown right id, counts as wrong.
 */
export function gradeMatching(question: QuestionOf<'matching'>, response: ResponseOf<'matching'>): Grade {
  const key = Object.entries(question.answer);
  // The content check requires a match for every left option; a key with none cannot be answered.
  if (key.length === 0) return { score: 0, isCorrect: false };
  const pairs = response.pairs;
  const matched = key.filter(([left, right]) => Object.hasOwn(pairs, left) && pairs[left] === right).length;
  return { score: matched / key.length, isCorrect: matched === key.length };
}
