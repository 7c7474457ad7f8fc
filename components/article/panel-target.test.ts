import { describe, expect, it } from 'vitest';
import type { FeedbackView, QuestionView } from '@/lib/attempts/views';
import { disclosedTarget } from './panel-target';

const choice: QuestionView = { id: 'q1', type: 'true-false', prompt: 'Is it so?', number: 1 };
const findEvidence: QuestionView = {
  id: 'q2',
  type: 'find-evidence',
  prompt: 'Which sentence says so?',
  number: 2,
  paragraphNumber: 4,
  options: [],
};
const lookAt = [{ number: 3, text: 'The paragraph.', href: '/articles/a#p3s1' }];
const held: FeedbackView = {
  verdict: 'incorrect',
  score: 0,
  correctAnswer: [],
  explanation: '',
  evidence: [],
  lookAt,
};
const shown: FeedbackView = {
  verdict: 'correct',
  score: 1,
  correctAnswer: ['True'],
  explanation: 'Because.',
  evidence: [
    {
      sentenceId: 'p5s2',
      label: '5.2',
      href: '/articles/a#p5s2',
      paragraph: {
        number: 5,
        sentences: [
          { id: 'p5s1', text: 'One.', isCited: false },
          { id: 'p5s2', text: 'Two.', isCited: true },
        ],
      },
    },
  ],
};

describe('where the article panel opens for a question', () => {
  it('opens at the top while nothing about the question has been shown', () => {
    expect(disclosedTarget(choice, undefined, undefined)).toBeUndefined();
  });

  it('opens at the paragraph to read again, with no sentence marked', () => {
    expect(disclosedTarget(choice, held, undefined)).toEqual({
      paragraphs: [3],
      citedIds: [],
      label: 'The paragraph to read again',
    });
    // Trying again: the feedback is gone, the paragraph stays on screen.
    expect(disclosedTarget(choice, undefined, lookAt)?.paragraphs).toEqual([3]);
  });

  it('opens at the evidence only once the feedback shows it, marking the cited sentence', () => {
    expect(disclosedTarget(choice, shown, undefined)).toEqual({
      paragraphs: [5],
      citedIds: ['p5s2'],
      label: 'Cited in the feedback',
    });
  });

  it('a find-evidence question opens at the paragraph it names itself, and nothing more', () => {
    expect(disclosedTarget(findEvidence, undefined, undefined)).toEqual({
      paragraphs: [4],
      citedIds: [],
      label: 'The paragraph this question is about',
    });
  });
});
