import { normalizeFreeText } from './normalize';
import type { Grade, ResponseOf } from './response';
import { allOrNothing, type QuestionOf } from './shared';

/**
 * Correct iff the answer, normalised (see `normalizeFreeText`: case, spacing, quote style, one
 * trailing full stop, surrounding quotation marks), equals the normalised form of any accepted
 * variant. An empty or blank answer is wrong.
 *
 * There is deliberately no fuzzy matching (no edit distance, no stemming): "allianc" is wrong.
 * Accepted variants are the content author's job — every spelling a learner may fairly give
 * ("multipolar", "multi-polar", "multi polar") is listed in the question's answer.
 */
export function gradeFillBlank(question: QuestionOf<'fill-blank'>, response: ResponseOf<'fill-blank'>): Grade {
  const given = normalizeFreeText(response.text);
  return allOrNothing(given !== '' && question.answer.some((variant) => normalizeFreeText(variant) === given));
}
