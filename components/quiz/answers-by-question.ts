import type { AnswerView } from '@/lib/attempts/views';
import type { Response } from '@/lib/grading/response';

export function answersByQuestion(answers: AnswerView[]): Record<string, AnswerView> {
  return Object.fromEntries(answers.map((a) => [a.questionId, a]));
}

/** The learner's responses as last saved: the starting point of the in-browser state. */
export function responsesByQuestion(answers: AnswerView[]): Record<string, Response> {
  return Object.fromEntries(answers.map((a) => [a.questionId, a.response]));
}
