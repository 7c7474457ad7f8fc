import 'server-only';
import type { Article, Question } from '@/lib/content/schema';
import type { Response } from '@/lib/grading/response';
import { choiceOf } from '@/lib/regrade/grade-with-adjustments';
import { keyOf, labelsOf } from '@/lib/regrade/question-key';
import type { OptionCount } from './views';

/**
 * How the responses spread over a question's options, every option listed (also those nobody
 * chose), in the question's order: one choice per response for single choice, true/false, who
 * says so and find the evidence; each ticked option for multiple select. Other types (a typed
 * answer, pairs, an order) have no options to count: empty.
 */
export function optionSpread(question: Question, article: Article, responses: readonly Response[]): OptionCount[] {
  if (question.type === 'multiple-select') {
    const ticked = responses.flatMap((r) => (r.type === 'multiple-select' ? [...new Set(r.choices)] : []));
    return question.options.map((o) => ({
      label: o.text,
      count: ticked.filter((c) => c === o.id).length,
      isKey: question.answer.includes(o.id),
    }));
  }
  const labels = labelsOf(question, article);
  if (!labels) return [];
  const key = keyOf(question);
  const chosen = responses.map(choiceOf);
  return [...labels].map(([choice, label]) => ({
    label,
    count: chosen.filter((c) => c === choice).length,
    isKey: key.includes(choice),
  }));
}
