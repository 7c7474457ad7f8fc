import { describe, expect, it } from 'vitest';
import { WHO_SAYS_SO_CATEGORIES } from '../content/schema';
import { question } from '@/scripts/testing/grading/question';
import { gradeWhoSaysSo } from './who-says-so';

describe('gradeWhoSaysSo', () => {
  it('is correct only for the key category, for every key', () => {
    for (const key of WHO_SAYS_SO_CATEGORIES) {
      const q = question('who-says-so', { answer: key.id });
      for (const category of WHO_SAYS_SO_CATEGORIES) {
        const expected = category.id === key.id ? { score: 1, isCorrect: true } : { score: 0, isCorrect: false };
        expect(gradeWhoSaysSo(q, { type: 'who-says-so', choice: category.id })).toEqual(expected);
      }
    }
  });

  it('is wrong for an unknown category', () => {
    const q = question('who-says-so', { answer: 'claim' });
    expect(gradeWhoSaysSo(q, { type: 'who-says-so', choice: 'opinion' })).toEqual({ score: 0, isCorrect: false });
    expect(gradeWhoSaysSo(q, { type: 'who-says-so', choice: 'Claim' })).toEqual({ score: 0, isCorrect: false });
  });
});
