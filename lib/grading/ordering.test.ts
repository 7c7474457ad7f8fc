import { describe, expect, it } from 'vitest';
import { gradeOrdering } from './ordering';
import { options, question } from '@/scripts/testing/grading/question';

const q = question('ordering', { options: options('a', 'b', 'c', 'd'), answer: ['c', 'd', 'a', 'b'] });
const grade = (order: string[]) => gradeOrdering(q, { type: 'ordering', order });

describe('gradeOrdering', () => {
  it('is correct when the order is the key', () => {
    expect(grade(['c', 'd', 'a', 'b'])).toEqual({ score: 1, isCorrect: true });
  });

  it('gives nothing for a nearly right order (all or nothing)', () => {
    expect(grade(['c', 'd', 'b', 'a'])).toEqual({ score: 0, isCorrect: false });
    expect(grade(['d', 'a', 'b', 'c'])).toEqual({ score: 0, isCorrect: false });
    expect(grade(['b', 'a', 'd', 'c'])).toEqual({ score: 0, isCorrect: false });
  });

  it('is wrong when the order is shorter, longer or empty', () => {
    expect(grade(['c', 'd', 'a'])).toEqual({ score: 0, isCorrect: false });
    expect(grade(['c', 'd', 'a', 'b', 'b'])).toEqual({ score: 0, isCorrect: false });
    expect(grade(['c', 'd', 'a', 'b', 'z'])).toEqual({ score: 0, isCorrect: false });
    expect(grade([])).toEqual({ score: 0, isCorrect: false });
  });

  it('is wrong with a duplicate or an unknown id in place of an option', () => {
    expect(grade(['c', 'd', 'a', 'a'])).toEqual({ score: 0, isCorrect: false });
    expect(grade(['c', 'd', 'a', 'z'])).toEqual({ score: 0, isCorrect: false });
  });
});
