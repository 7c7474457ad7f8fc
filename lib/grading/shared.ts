import type { Question, QuestionType } from '../content/schema';
import type { Grade } from './response';

/** The question of one type, as the content schema defines it. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** The grade of a question that is either wholly right or wholly wrong. */
export function allOrNothing(isCorrect: boolean): Grade {
  return { score: isCorrect ? 1 : 0, isCorrect };
}
