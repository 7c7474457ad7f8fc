import type { QuestionView } from '@/lib/attempts/views';
import type { Response } from '@/lib/grading/response';

export type AnswerState = 'answered' | 'partial' | 'unanswered';

/**
 * How far the learner has answered a question, from their response as held in the browser. A
 * matching question with some items still unmatched is 'partial', so the review screen can say so.
 */
export function answerState(question: QuestionView, response: Response | undefined): AnswerState {
  if (!response || response.type !== question.type) return 'unanswered';
  switch (response.type) {
    case 'single-choice':
    case 'find-evidence':
    case 'who-says-so':
    case 'true-false':
    case 'ordering':
      return 'answered';
    case 'multiple-select':
      return response.choices.length > 0 ? 'answered' : 'unanswered';
    case 'fill-blank':
      return response.text.trim() ? 'answered' : 'unanswered';
    case 'matching': {
      if (question.type !== 'matching') return 'unanswered';
      const matched = question.left.filter((l) => Object.hasOwn(response.pairs, l.token)).length;
      if (matched === 0) return 'unanswered';
      return matched === question.left.length ? 'answered' : 'partial';
    }
  }
}

export const ANSWER_STATE_TEXT: Record<AnswerState, string> = {
  answered: 'Answered',
  partial: 'Partly answered',
  unanswered: 'Not answered',
};

export const ANSWER_STATE_ICON: Record<AnswerState, string> = {
  answered: '✓',
  partial: '◐',
  unanswered: '○',
};
