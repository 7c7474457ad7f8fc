import { describe, expect, it } from 'vitest';
import type { Response } from '../grading/response';
import { options, question } from '@/scripts/testing/grading/question';
import { tallyWrongResponses } from './wrong-responses';

const choice = (id: string): Response => ({ type: 'single-choice', choice: id });

describe('tallyWrongResponses', () => {
  it('single-choice: counts each wrong option by its text, unknown ids say so, the key is not counted', () => {
    const q = question('single-choice', {
      options: [
        { id: 'a', text: 'A defence pact' },
        { id: 'b', text: 'A trade deal' },
        { id: 'c', text: 'A ceasefire' },
      ],
      answer: 'a',
    });
    expect(tallyWrongResponses(q, ['b', 'b', 'c', 'a', 'zz'].map(choice))).toEqual([
      { key: 'b', label: 'A trade deal', count: 2 },
      { key: 'c', label: 'A ceasefire', count: 1 },
      { key: 'zz', label: 'Unknown option (zz)', count: 1 },
    ]);
  });

  it('keeps the top 3, most frequent first, ties in label order', () => {
    const q = question('single-choice', { options: options('a', 'b', 'c', 'd', 'e'), answer: 'a' });
    const result = tallyWrongResponses(q, ['e', 'd', 'b', 'c', 'b', 'c', 'b'].map(choice));
    expect(result.map(({ label, count }) => [label, count])).toEqual([
      ['Option b', 3],
      ['Option c', 2],
      ['Option d', 1],
    ]);
  });

  it('multiple-select: counts each chosen option outside the key, once per response', () => {
    const q = question('multiple-select', { options: options('a', 'b', 'c', 'd'), answer: ['a', 'b'] });
    const responses: Response[] = [['a', 'c'], ['c', 'd', 'c'], ['a', 'b'], ['d']].map((choices) => ({
      type: 'multiple-select',
      choices,
    }));
    expect(tallyWrongResponses(q, responses)).toEqual([
      { key: 'c', label: 'Option c', count: 2 },
      { key: 'd', label: 'Option d', count: 2 },
    ]);
  });

  it('true-false: counts the wrong value as True or False', () => {
    const q = question('true-false', { answer: true });
    const responses: Response[] = [false, false, true].map((value) => ({ type: 'true-false', value }));
    expect(tallyWrongResponses(q, responses)).toEqual([{ key: 'false', label: 'False', count: 2 }]);
    const falseKey = question('true-false', { answer: false });
    expect(tallyWrongResponses(falseKey, responses)).toEqual([{ key: 'true', label: 'True', count: 1 }]);
  });

  it('fill-blank: groups wrong texts by their normalised form; accepted variants and blanks', () => {
    const q = question('fill-blank', { answer: ['alliance', 'an alliance'] });
    const texts = ['Alliance.', 'AN alliance', '  Treaty ', '“treaty”', '', '   ', 'pact'];
    const responses: Response[] = texts.map((text) => ({ type: 'fill-blank', text }));
    expect(tallyWrongResponses(q, responses)).toEqual([
      { key: '', label: '(left blank)', count: 2 },
      { key: 'treaty', label: '“treaty”', count: 2 },
      { key: 'pact', label: '“pact”', count: 1 },
    ]);
  });

  it('matching: counts each wrong pair as “left” → “right”, not unmatched items or unknown left ids', () => {
    const q = question('matching', {
      options: {
        left: [
          { id: 'l1', text: 'Alden' },
          { id: 'l2', text: 'Brook' },
        ],
        right: [
          { id: 'r1', text: 'Shares water' },
          { id: 'r2', text: 'Hosts the committee' },
          { id: 'r3', text: 'Signs first' },
        ],
      },
      answer: { l1: 'r1', l2: 'r2' },
    });
    const pairs: Record<string, string>[] = [
      { l1: 'r2', l2: 'r1' },
      { l1: 'r2', l2: 'r2' },
      { l1: 'r1' },
      { l9: 'r3' },
    ];
    const responses: Response[] = pairs.map((p) => ({ type: 'matching', pairs: p }));
    expect(tallyWrongResponses(q, responses)).toEqual([
      { key: '["l1","r2"]', label: '“Alden” → “Hosts the committee”', count: 2 },
      { key: '["l2","r1"]', label: '“Brook” → “Shares water”', count: 1 },
    ]);
  });

  it('ordering: counts whole wrong orders, labelled by option text (ties in label order)', () => {
    const q = question('ordering', {
      options: [
        { id: 'a', text: 'Talks' },
        { id: 'b', text: 'Signing' },
        { id: 'c', text: 'Ratification' },
      ],
      answer: ['a', 'b', 'c'],
    });
    const orders = [['b', 'a', 'c'], ['b', 'a', 'c'], ['a', 'c', 'b'], ['a', 'b', 'c'], [], ['a', 'b']];
    const responses: Response[] = orders.map((order) => ({ type: 'ordering', order }));
    expect(tallyWrongResponses(q, responses)).toEqual([
      { key: '["b","a","c"]', label: '“Signing” → “Talks” → “Ratification”', count: 2 },
      { key: '[]', label: '(no order given)', count: 1 },
      { key: '["a","c","b"]', label: '“Talks” → “Ratification” → “Signing”', count: 1 },
    ]);
  });

  it('find-evidence: labels a wrong sentence by its text when given, else by its id', () => {
    const q = question('find-evidence', { paragraph: 'p1', answer: 'p1s1' });
    const responses: Response[] = ['p1s2', 'p1s3', 'p1s2', 'p1s1'].map((id) => ({ type: 'find-evidence', choice: id }));
    const sentences = new Map([['p1s2', 'It also sets up a joint committee.']]);
    expect(tallyWrongResponses(q, responses, { sentences })).toEqual([
      { key: 'p1s2', label: '“It also sets up a joint committee.”', count: 2 },
      { key: 'p1s3', label: 'Sentence p1s3', count: 1 },
    ]);
  });

  it('who-says-so: labels a wrong category by its name', () => {
    const q = question('who-says-so', { answer: 'claim' });
    const responses: Response[] = ['analysis', 'pact', 'analysis', 'claim'].map((id) => ({
      type: 'who-says-so',
      choice: id,
    }));
    expect(tallyWrongResponses(q, responses)).toEqual([
      { key: 'analysis', label: 'What analysts think', count: 2 },
      { key: 'pact', label: 'What the pact provides (as reported)', count: 1 },
    ]);
  });

  it('who-says-so: a category the question also accepts is not a wrong answer', () => {
    const q = question('who-says-so', { answer: 'pact', alsoAccepted: ['claim'] });
    const responses: Response[] = ['claim', 'claim', 'writer'].map((id) => ({ type: 'who-says-so', choice: id }));
    expect(tallyWrongResponses(q, responses)).toEqual([
      { key: 'writer', label: "The article's own judgment", count: 1 },
    ]);
  });

  it('counts nothing for a response of another type than the question', () => {
    const q = question('single-choice', { options: options('a', 'b'), answer: 'a' });
    expect(
      tallyWrongResponses(q, [
        { type: 'true-false', value: false },
        { type: 'who-says-so', choice: 'b' },
      ]),
    ).toEqual([]);
  });
});
