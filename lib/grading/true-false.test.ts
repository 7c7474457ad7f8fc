import { describe, expect, it } from 'vitest';
import { question } from '@/scripts/testing/grading/question';
import { gradeTrueFalse } from './true-false';

describe('gradeTrueFalse', () => {
  it('is correct when the value is the key, for either key', () => {
    for (const answer of [true, false]) {
      const q = question('true-false', { answer });
      expect(gradeTrueFalse(q, { type: 'true-false', value: answer })).toEqual({ score: 1, isCorrect: true });
    }
  });

  it('is wrong when the value is the other one', () => {
    for (const answer of [true, false]) {
      const q = question('true-false', { answer });
      expect(gradeTrueFalse(q, { type: 'true-false', value: !answer })).toEqual({ score: 0, isCorrect: false });
    }
  });
});
