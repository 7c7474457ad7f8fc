import type { Grade, ResponseOf } from './response';
import type { QuestionOf } from './shared';

/**
 * Partial credit: score = max(0, (correct options selected − wrong options selected) / number of
 * correct options), so every wrong option ticked cancels a right one and ticking everything earns
 * little (nothing once there are as many distractors as right options). Correct iff the selected set is the key
 * exactly. A choice made twice counts once; an id that is not in the key (a distractor or an id
 * the question does not have) is a wrong selection.
 */
export function gradeMultipleSelect(
  question: QuestionOf<'multiple-select'>,
  response: ResponseOf<'multiple-select'>,
): Grade {
  const key = new Set(question.answer);
  // The schema requires at least one correct option; a key with none cannot be answered.
  if (key.size === 0) return { score: 0, isCorrect: false };
  let right = 0;
  let wrong = 0;
  for (const choice of new Set(response.choices)) {
    if (key.has(choice)) right += 1;
    else wrong += 1;
  }
  // One division of two integers, so 1/3 is the nearest double to a third and never the sum of
  // rounded parts.
  const score = right > wrong ? (right - wrong) / key.size : 0;
  return { score, isCorrect: wrong === 0 && right === key.size };
}
