import 'server-only';
import type { Question } from '@/lib/content/schema';
import type { Response } from '@/lib/grading/response';
import { optionToken } from './seeded';

/**
 * Which of the parts a learner chose were right, keyed as the browser knows them (option tokens,
 * matching's left tokens, 'true' / 'false'). Only chosen parts are marked, so a wrong try learns
 * which of its choices to keep but never an option it left out. A response graded correct (by the
 * key or a teacher's adjustment) has every part right. Fill-blank and ordering have no parts
 * to mark: their verdict says it all without telling a word or a position.
 */
export function markParts(
  question: Question,
  response: Response,
  seed: string,
  isCorrect: boolean,
): Record<string, boolean> | undefined {
  const token = (namespace: string, id: string) => optionToken(seed, question.id, namespace, id);
  const isRight = (fromKey: boolean) => isCorrect || fromKey;
  if (question.type === 'multiple-select' && response.type === 'multiple-select')
    return Object.fromEntries(
      response.choices.map((id) => [token('option', id), isRight(question.answer.includes(id))]),
    );
  if (question.type === 'matching' && response.type === 'matching')
    return Object.fromEntries(
      Object.entries(response.pairs).map(([left, right]) => [
        token('left', left),
        isRight(question.answer[left] === right),
      ]),
    );
  if (question.type === 'true-false' && response.type === 'true-false') return { [String(response.value)]: isCorrect };
  if (
    (question.type === 'single-choice' || question.type === 'who-says-so' || question.type === 'find-evidence') &&
    response.type === question.type
  )
    return { [token('option', response.choice)]: isCorrect };
  return undefined;
}
