import { describe, expect, it } from 'vitest';
import { gradeMatching } from './matching';
import { options, question } from '@/scripts/testing/grading/question';

const KEY = { l1: 'r2', l2: 'r4', l3: 'r1', l4: 'r3' };
const q = question('matching', {
  options: { left: options('l1', 'l2', 'l3', 'l4'), right: options('r1', 'r2', 'r3', 'r4', 'r5') },
  answer: KEY,
});
const grade = (pairs: Record<string, string>) => gradeMatching(q, { type: 'matching', pairs });

describe('gradeMatching', () => {
  it('is correct when every left item is matched to its key', () => {
    expect(grade({ ...KEY })).toEqual({ score: 1, isCorrect: true });
  });

  it('gives credit for each left item matched to its key: 2 of 4 is 0.5', () => {
    expect(grade({ l1: 'r2', l2: 'r4', l3: 'r3', l4: 'r1' })).toEqual({ score: 0.5, isCorrect: false });
    expect(grade({ l1: 'r2', l2: 'r4', l3: 'r1', l4: 'r5' })).toEqual({ score: 0.75, isCorrect: false });
    expect(grade({ l1: 'r2' })).toEqual({ score: 0.25, isCorrect: false });
  });

  it('gives nothing for no pairs or all wrong pairs', () => {
    expect(grade({})).toEqual({ score: 0, isCorrect: false });
    expect(grade({ l1: 'r1', l2: 'r2', l3: 'r3', l4: 'r4' })).toEqual({ score: 0, isCorrect: false });
  });

  it('counts a left item matched to an unknown right id as wrong', () => {
    expect(grade({ ...KEY, l4: 'r9' })).toEqual({ score: 0.75, isCorrect: false });
    expect(grade({ ...KEY, l4: 'R3' })).toEqual({ score: 0.75, isCorrect: false });
  });

  it('ignores pairs naming unknown left ids', () => {
    expect(grade({ ...KEY, l9: 'r5', x: 'r1' })).toEqual({ score: 1, isCorrect: true });
    expect(grade({ l1: 'r2', l2: 'r4', L3: 'r1', l5: 'r3' })).toEqual({ score: 0.5, isCorrect: false });
  });

  it('is not fooled by inherited properties', () => {
    const inherited = Object.create({ l1: 'r2', l2: 'r4', l3: 'r1', l4: 'r3' }) as Record<string, string>;
    expect(grade(inherited)).toEqual({ score: 0, isCorrect: false });
  });

  it('divides by the left items of the key', () => {
    const three = question('matching', {
      options: { left: options('l1', 'l2', 'l3'), right: options('r1', 'r2', 'r3') },
      answer: { l1: 'r1', l2: 'r2', l3: 'r3' },
    });
    const result = gradeMatching(three, { type: 'matching', pairs: { l1: 'r1', l2: 'r3', l3: 'r2' } });
    expect(result).toEqual({ score: 1 / 3, isCorrect: false });
  });
});
