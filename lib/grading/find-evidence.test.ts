import { describe, expect, it } from 'vitest';
import { gradeFindEvidence } from './find-evidence';
import { question } from '@/scripts/testing/grading/question';

const q = question('find-evidence', { paragraph: 'p2', answer: 'p2s3' });

describe('gradeFindEvidence', () => {
  it('is correct when the chosen sentence is the key', () => {
    expect(gradeFindEvidence(q, { type: 'find-evidence', choice: 'p2s3' })).toEqual({ score: 1, isCorrect: true });
  });

  it('is wrong for another sentence of the paragraph, of another paragraph, or an unknown id', () => {
    for (const choice of ['p2s1', 'p2s2', 'p3s3', 'p2s30', 'p2', 'nonsense']) {
      expect(gradeFindEvidence(q, { type: 'find-evidence', choice })).toEqual({ score: 0, isCorrect: false });
    }
  });
});
