import { describe, expect, it } from 'vitest';
import type { AnswerView, AttemptView, FeedbackView, QuestionView } from '@/lib/attempts/views';
import { resumeAt } from './resume';

const questions: QuestionView[] = [
  { id: 'q1', type: 'true-false', prompt: 'One', number: 1 },
  { id: 'q2', type: 'fill-blank', prompt: 'Two ___', number: 2 },
  {
    id: 'q3',
    type: 'matching',
    prompt: 'Three',
    number: 3,
    left: [
      { token: 'l1', text: 'L1' },
      { token: 'l2', text: 'L2' },
    ],
    right: [{ token: 'r1', text: 'R1' }],
  },
];

const feedback = (verdict: FeedbackView['verdict']): FeedbackView => ({
  verdict,
  score: verdict === 'correct' ? 1 : 0,
  correctAnswer: [],
  explanation: '',
  evidence: [],
});
const answer = (questionId: string, response: AnswerView['response'], f?: FeedbackView): AnswerView => ({
  questionId,
  response,
  revision: 1,
  tries: 1,
  ...(f ? { feedback: f } : {}),
});

const attempt = (kind: AttemptView['kind'], answers: AnswerView[]) => ({ kind, questions, answers });

describe('resumeAt in practice', () => {
  it('starts at the first question not yet answered correctly', () => {
    const answers = [
      answer('q1', { type: 'true-false', value: true }, feedback('correct')),
      answer('q2', { type: 'fill-blank', text: 'x' }, feedback('incorrect')),
    ];
    expect(resumeAt(attempt('practice', answers))).toBe(1);
  });

  it('goes to the summary when everything is correct', () => {
    const all = [
      answer('q1', { type: 'true-false', value: true }, feedback('correct')),
      answer('q2', { type: 'fill-blank', text: 'x' }, feedback('correct')),
      answer('q3', { type: 'matching', pairs: { l1: 'r1', l2: 'r1' } }, feedback('correct')),
    ];
    expect(resumeAt(attempt('practice', all))).toBe('end');
  });
});

describe('resumeAt in a quiz', () => {
  it('starts at the first question without a full answer', () => {
    expect(resumeAt(attempt('quiz', []))).toBe(0);
    const answers = [
      answer('q1', { type: 'true-false', value: false }),
      answer('q2', { type: 'fill-blank', text: '  ' }),
    ];
    expect(resumeAt(attempt('final', answers))).toBe(1);
  });

  it('counts a matching question with items still unmatched as not answered', () => {
    const answers = [
      answer('q1', { type: 'true-false', value: false }),
      answer('q2', { type: 'fill-blank', text: 'pact' }),
      answer('q3', { type: 'matching', pairs: { l1: 'r1' } }),
    ];
    expect(resumeAt(attempt('retake', answers))).toBe(2);
  });

  it('goes to the review screen when every question is answered', () => {
    const answers = [
      answer('q1', { type: 'true-false', value: false }),
      answer('q2', { type: 'fill-blank', text: 'pact' }),
      answer('q3', { type: 'matching', pairs: { l1: 'r1', l2: 'r1' } }),
    ];
    expect(resumeAt(attempt('quiz', answers))).toBe('end');
  });
});
