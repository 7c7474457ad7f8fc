import type { AttemptView } from '@/lib/attempts/views';
import { answerState } from './answer-state';

/**
 * Where a returning learner starts: in practice, the first question not yet answered correctly;
 * in a quiz, the first question not fully answered. 'end' when there is none (the practice
 * summary, or the quiz's review screen).
 */
export function resumeAt(attempt: Pick<AttemptView, 'kind' | 'questions' | 'answers'>): number | 'end' {
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
  const index = attempt.questions.findIndex((q) => {
    const answer = answers.get(q.id);
    if (attempt.kind === 'practice' || attempt.kind === 'review') return answer?.feedback?.verdict !== 'correct';
    return answerState(q, answer?.response) !== 'answered';
  });
  return index === -1 ? 'end' : index;
}
