import { describe, expect, it } from 'vitest';
import { gradeSingleChoice } from './single-choice';
import { options, question } from '@/scripts/testing/grading/question';

const q = question('single-choice', { options: options('a', 'b', 'c', 'd'), answer: 'b' });

describe('gradeSingleChoice', () => {
  it('is correct when the choice is the key', () => {
    expect(gradeSingleChoice(q, { type: 'single-choice', choice: 'b' })).toEqual({ score: 1, isCorrect: true });
  });

  it('is wrong for any other option', () => {
    for (const choice of ['a', 'c', 'd']) {
      expect(gradeSingleChoice(q, { type: 'single-choice', choice })).toEqual({ score: 0, isCorrect: false });
    }
  });

  it('is wrong for an id the question does not have, and compares ids exactly', () => {
    expect(gradeSingleChoice(q, { type: 'single-choice', choice: 'z' })).toEqual({ score: 0, isCorrect: false });
    expect(gradeSingleChoice(q, { type: 'single-choice', choice: 'B' })).toEqual({ score: 0, isCorrect: false });
    expect(gradeSingleChoice(q, { type: 'single-choice', choice: ' b' })).toEqual({ score: 0, isCorrect: false });
  });
});
