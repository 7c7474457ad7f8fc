import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/schema';
import { options, question } from '@/scripts/testing/grading/question';
import { describeResponse } from './describe-response';

const article: Article = {
  id: 'a',
  language: 'en',
  source: 'article.txt',
  paragraphs: [
    {
      id: 'p1',
      sentences: [
        { id: 'p1s1', text: 'First.' },
        { id: 'p1s2', text: 'Second, with a comma.' },
      ],
    },
  ],
};

describe('describeResponse: a response in the words a teacher reads', () => {
  it('names chosen options by their text, in the order chosen', () => {
    const single = question('single-choice', { options: options('a', 'b'), answer: 'a' });
    expect(describeResponse(single, article, { type: 'single-choice', choice: 'b' })).toBe('Option b');
    const multiple = question('multiple-select', { options: options('a', 'b', 'c'), answer: ['a'] });
    expect(describeResponse(multiple, article, { type: 'multiple-select', choices: ['c', 'a'] })).toBe(
      'Option c; Option a',
    );
    expect(describeResponse(multiple, article, { type: 'multiple-select', choices: [] })).toBe('(none chosen)');
    const ordering = question('ordering', { options: options('x', 'y', 'z'), answer: ['x', 'y', 'z'] });
    expect(describeResponse(ordering, article, { type: 'ordering', order: ['z', 'x', 'y'] })).toBe(
      '1. Option z; 2. Option x; 3. Option y',
    );
  });

  it('writes true/false, typed text, pairs, sentences and categories', () => {
    expect(
      describeResponse(question('true-false', { answer: true }), article, { type: 'true-false', value: false }),
    ).toBe('False');
    expect(
      describeResponse(question('fill-blank', { answer: ['pact'] }), article, { type: 'fill-blank', text: '=1+1' }),
    ).toBe('=1+1');
    const matching = question('matching', {
      options: { left: options('l1', 'l2'), right: options('r1', 'r2') },
      answer: { l1: 'r1', l2: 'r2' },
    });
    expect(describeResponse(matching, article, { type: 'matching', pairs: { l2: 'r1' } })).toBe(
      'Option l2 → Option r1',
    );
    const evidence = question('find-evidence', { paragraph: 'p1', answer: 'p1s1' });
    expect(describeResponse(evidence, article, { type: 'find-evidence', choice: 'p1s2' })).toBe(
      'Sentence 1.2: “Second, with a comma.”',
    );
    expect(
      describeResponse(question('who-says-so', { answer: 'pact' }), article, {
        type: 'who-says-so',
        choice: 'analysis',
      }),
    ).toBe('What analysts think');
  });

  it('says so when an option is unknown or the response is for another type', () => {
    const single = question('single-choice', { options: options('a', 'b'), answer: 'a' });
    expect(describeResponse(single, article, { type: 'single-choice', choice: 'gone' })).toBe('Unknown option (gone)');
    expect(describeResponse(single, article, { type: 'true-false', value: true })).toBe(
      '(an answer for a true-false question)',
    );
  });
});
