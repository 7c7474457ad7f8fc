import { describe, expect, it } from 'vitest';
import { parseReviewPolicy, reviewVisibility } from './review-policy';

const due = new Date('2026-03-10T12:00:00Z');
const before = new Date('2026-03-10T11:59:59Z');

describe('reviewVisibility', () => {
  it('shows each part immediately, after the due date, or never', () => {
    const policy = { score: 'immediately', answers: 'after_due', correctAnswers: 'never' } as const;
    expect(reviewVisibility(policy, before, due)).toEqual({ showScore: true, showWhichRight: false, showCorrectAnswers: false });
    expect(reviewVisibility(policy, due, due)).toEqual({ showScore: true, showWhichRight: true, showCorrectAnswers: false });
  });
  it('correct answers imply which were right, which implies the score', () => {
    const policy = { score: 'never', answers: 'never', correctAnswers: 'after_due' } as const;
    expect(reviewVisibility(policy, before, due)).toEqual({ showScore: false, showWhichRight: false, showCorrectAnswers: false });
    expect(reviewVisibility(policy, due, due)).toEqual({ showScore: true, showWhichRight: true, showCorrectAnswers: true });
  });
  it('a stored policy that no longer parses shows nothing', () => {
    expect(parseReviewPolicy('{"score":"sometimes"}')).toEqual({ score: 'never', answers: 'never', correctAnswers: 'never' });
  });
});
