import { describe, expect, it } from 'vitest';
import type { FeedbackView } from '@/lib/attempts/views';
import { feedbackAnnouncement, formatPercent, formatPoints, formatScore, verdictText } from './format';

const feedback = (f: Partial<FeedbackView>): FeedbackView => ({
  verdict: 'incorrect',
  score: 0,
  correctAnswer: [],
  explanation: '',
  evidence: [],
  ...f,
});

describe('score formatting', () => {
  it('writes whole scores plainly and fractional ones with one decimal', () => {
    expect(formatScore(8, 12)).toBe('8 of 12 (67%)');
    expect(formatScore(7.5, 12)).toBe('7.5 of 12 (63%)');
    expect(formatPoints(22 / 3)).toBe('7.3');
    expect(formatPoints(2.9999999)).toBe('3');
  });

  it('never shows 100% for a score short of full marks, and copes with nothing to score', () => {
    expect(formatPercent(199.5, 200)).toBe('99%');
    expect(formatPercent(12, 12)).toBe('100%');
    expect(formatPercent(0, 0)).toBe('0%');
  });
});

describe('verdictText', () => {
  it('names the verdict in words', () => {
    expect(verdictText(feedback({ verdict: 'correct', score: 1 }))).toBe('Correct');
    expect(verdictText(feedback({ verdict: 'incorrect' }))).toBe('Not quite');
  });

  it('counts parts of a partly correct answer from its lines', () => {
    expect(verdictText(feedback({ verdict: 'partial', score: 2 / 3, correctAnswer: ['a', 'b', 'c'] }))).toBe(
      'Partly correct — 2 of 3 parts',
    );
  });

  it('falls back to a percentage when the score is not a whole number of parts', () => {
    expect(verdictText(feedback({ verdict: 'partial', score: 0.4, correctAnswer: ['a', 'b', 'c'] }))).toBe(
      'Partly correct — 40%',
    );
  });
});

describe('feedbackAnnouncement', () => {
  it('is short when correct and gives the answer otherwise', () => {
    expect(feedbackAnnouncement(feedback({ verdict: 'correct', score: 1, correctAnswer: ['True'] }))).toBe('Correct.');
    expect(feedbackAnnouncement(feedback({ correctAnswer: ['Alden', 'Brook'] }))).toBe(
      'Not quite. The answer: Alden; Brook.',
    );
  });
});
