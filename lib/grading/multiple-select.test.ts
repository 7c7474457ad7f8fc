import { describe, expect, it } from 'vitest';
import { gradeMultipleSelect } from './multiple-select';
import { options, question } from '@/scripts/testing/grading/question';

// Key: a, c, d of a–e.
const q = question('multiple-select', { options: options('a', 'b', 'c', 'd', 'e'), answer: ['a', 'c', 'd'] });
const grade = (...choices: string[]) => gradeMultipleSelect(q, { type: 'multiple-select', choices });

describe('gradeMultipleSelect', () => {
  it('is correct when the selection is the key, in any order', () => {
    expect(grade('a', 'c', 'd')).toEqual({ score: 1, isCorrect: true });
    expect(grade('d', 'a', 'c')).toEqual({ score: 1, isCorrect: true });
  });

  it('gives partial credit for some of the key and nothing wrong', () => {
    expect(grade('a', 'c')).toEqual({ score: 2 / 3, isCorrect: false });
    expect(grade('d')).toEqual({ score: 1 / 3, isCorrect: false });
  });

  it('takes a wrong selection off: 2 of 3 right with 1 wrong is 1/3', () => {
    const result = grade('a', 'c', 'b');
    expect(result).toEqual({ score: 1 / 3, isCorrect: false });
    expect(result.score).toBe(0.3333333333333333);
  });

  it('is not correct for the whole key plus a distractor', () => {
    expect(grade('a', 'c', 'd', 'e')).toEqual({ score: 2 / 3, isCorrect: false });
  });

  it('never goes below zero', () => {
    expect(grade('a', 'b', 'e')).toEqual({ score: 0, isCorrect: false });
    expect(grade('b', 'e')).toEqual({ score: 0, isCorrect: false });
    expect(grade('a', 'b', 'c', 'd', 'e')).toEqual({ score: 1 / 3, isCorrect: false });
    expect(Object.is(grade('b').score, 0)).toBe(true);
  });

  it('gives nothing for an empty selection', () => {
    expect(grade()).toEqual({ score: 0, isCorrect: false });
  });

  it('counts a repeated choice once', () => {
    expect(grade('a', 'a', 'a')).toEqual({ score: 1 / 3, isCorrect: false });
    expect(grade('a', 'c', 'd', 'd')).toEqual({ score: 1, isCorrect: true });
    expect(grade('a', 'c', 'b', 'b')).toEqual({ score: 1 / 3, isCorrect: false });
  });

  it('counts an id the question does not have as a wrong selection', () => {
    expect(grade('a', 'c', 'd', 'z')).toEqual({ score: 2 / 3, isCorrect: false });
    expect(grade('a', 'c', 'A')).toEqual({ score: 1 / 3, isCorrect: false });
  });

  it('keeps simple fractions exact for other key sizes', () => {
    const ten = question('multiple-select', {
      options: options('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      answer: ['a', 'b', 'c', 'd', 'e'],
    });
    const result = gradeMultipleSelect(ten, { type: 'multiple-select', choices: ['a', 'b', 'c', 'f'] });
    expect(result.score).toBe(0.4); // (3 − 1) / 5, not 0.6 − 0.2 = 0.39999999999999997
    const two = question('multiple-select', { options: options('a', 'b', 'c'), answer: ['a', 'b'] });
    expect(gradeMultipleSelect(two, { type: 'multiple-select', choices: ['b'] })).toEqual({
      score: 0.5,
      isCorrect: false,
    });
  });
});
