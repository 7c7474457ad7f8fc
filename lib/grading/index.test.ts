import { describe, expect, it } from 'vitest';
import type { Question } from '../content/schema';
import { gradeResponse, ResponseTypeMismatchError, verdictOf } from './index';
import type { Response } from './response';
import { options, question } from '@/scripts/testing/grading/question';

const QUESTIONS: Question[] = [
  question('single-choice', { options: options('a', 'b'), answer: 'a' }),
  question('multiple-select', { options: options('a', 'b', 'c'), answer: ['a', 'b'] }),
  question('true-false', { answer: true }),
  question('fill-blank', { answer: ['alliance'] }),
  question('matching', {
    options: { left: options('l1', 'l2'), right: options('r1', 'r2') },
    answer: { l1: 'r1', l2: 'r2' },
  }),
  question('ordering', { options: options('a', 'b', 'c'), answer: ['c', 'a', 'b'] }),
  question('find-evidence', { paragraph: 'p1', answer: 'p1s2' }),
  question('who-says-so', { answer: 'analysis' }),
];

/** For each type: a right response, a wrong one, and a partly right one where the type has credit. */
const CASES: { right: Response; wrong: Response; partial?: Response }[] = [
  { right: { type: 'single-choice', choice: 'a' }, wrong: { type: 'single-choice', choice: 'b' } },
  {
    right: { type: 'multiple-select', choices: ['b', 'a'] },
    wrong: { type: 'multiple-select', choices: ['c'] },
    partial: { type: 'multiple-select', choices: ['a'] },
  },
  { right: { type: 'true-false', value: true }, wrong: { type: 'true-false', value: false } },
  { right: { type: 'fill-blank', text: 'Alliance.' }, wrong: { type: 'fill-blank', text: 'allianc' } },
  {
    right: { type: 'matching', pairs: { l1: 'r1', l2: 'r2' } },
    wrong: { type: 'matching', pairs: { l1: 'r2', l2: 'r1' } },
    partial: { type: 'matching', pairs: { l1: 'r1' } },
  },
  { right: { type: 'ordering', order: ['c', 'a', 'b'] }, wrong: { type: 'ordering', order: ['a', 'b', 'c'] } },
  { right: { type: 'find-evidence', choice: 'p1s2' }, wrong: { type: 'find-evidence', choice: 'p1s1' } },
  { right: { type: 'who-says-so', choice: 'analysis' }, wrong: { type: 'who-says-so', choice: 'claim' } },
];

describe('gradeResponse', () => {
  it.each(QUESTIONS.map((q, i) => ({ type: q.type, q, c: CASES[i]! })))('dispatches a $type question', ({ q, c }) => {
    expect(c.right.type).toBe(q.type);
    expect(gradeResponse(q, c.right)).toEqual({ score: 1, isCorrect: true });
    expect(gradeResponse(q, c.wrong)).toEqual({ score: 0, isCorrect: false });
    if (c.partial) expect(gradeResponse(q, c.partial)).toEqual({ score: 0.5, isCorrect: false });
  });

  it('throws ResponseTypeMismatchError when the response is for another type, for every pair of types', () => {
    for (const q of QUESTIONS) {
      for (const { right: response } of CASES) {
        if (response.type === q.type) continue;
        expect(() => gradeResponse(q, response)).toThrow(ResponseTypeMismatchError);
      }
    }
  });

  it('says which question and types did not match', () => {
    const q = QUESTIONS[0]!;
    let error: unknown;
    try {
      gradeResponse(q, { type: 'true-false', value: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ResponseTypeMismatchError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'ResponseTypeMismatchError',
      questionId: 'test-single-choice',
      questionType: 'single-choice',
      responseType: 'true-false',
      message: 'question test-single-choice is single-choice but the response is true-false',
    });
  });

  it('does not treat look-alike types as the same (find-evidence, who-says-so and single-choice all send a choice)', () => {
    const findEvidence = QUESTIONS[6]!;
    expect(() => gradeResponse(findEvidence, { type: 'single-choice', choice: 'p1s2' })).toThrow(
      ResponseTypeMismatchError,
    );
    expect(() => gradeResponse(findEvidence, { type: 'who-says-so', choice: 'p1s2' })).toThrow(
      ResponseTypeMismatchError,
    );
  });
});

describe('verdictOf', () => {
  it('is correct iff the grade is correct', () => {
    expect(verdictOf({ score: 1, isCorrect: true })).toBe('correct');
  });

  it('is partial iff the score is strictly between 0 and 1', () => {
    expect(verdictOf({ score: 0.5, isCorrect: false })).toBe('partial');
    expect(verdictOf({ score: 1 / 3, isCorrect: false })).toBe('partial');
    expect(verdictOf({ score: Number.MIN_VALUE, isCorrect: false })).toBe('partial');
  });

  it('is incorrect otherwise', () => {
    expect(verdictOf({ score: 0, isCorrect: false })).toBe('incorrect');
    expect(verdictOf({ score: 1, isCorrect: false })).toBe('incorrect');
  });
});
