import { describe, expect, it } from 'vitest';
import { getQuestionIndex } from '@/lib/content/course';
import type { Question } from '@/lib/content/schema';
import { markParts } from './mark-parts';
import { optionToken } from './seeded';

const SEED = 'seed-for-marks';
const questions = [...getQuestionIndex('nk-russia-pact')!.values()].map((e) => e.question);
const first = <T extends Question['type']>(type: T) =>
  questions.find((q): q is Extract<Question, { type: T }> => q.type === type)!;

describe('marks on the parts a learner chose', () => {
  it('multiple-select marks each chosen option right or wrong, and never an option left out', () => {
    const question = first('multiple-select');
    const right = question.answer[0]!;
    const wrong = question.options.find((o) => !question.answer.includes(o.id))!.id;
    const marks = markParts(question, { type: 'multiple-select', choices: [right, wrong] }, SEED, false)!;
    const token = (id: string) => optionToken(SEED, question.id, 'option', id);
    expect(marks).toEqual({ [token(right)]: true, [token(wrong)]: false });
    for (const missed of question.answer.slice(1)) expect(marks).not.toHaveProperty(token(missed));
  });

  it('matching marks each pair made, by its left item', () => {
    const question = first('matching');
    const [a, b] = Object.keys(question.answer);
    const pairs = { [a!]: question.answer[a!]!, [b!]: question.answer[a!]! };
    const marks = markParts(question, { type: 'matching', pairs }, SEED, false)!;
    const token = (id: string) => optionToken(SEED, question.id, 'left', id);
    expect(marks).toEqual({ [token(a!)]: true, [token(b!)]: false });
  });

  it('a one-answer question marks the chosen option with its verdict; an adjusted right answer is right', () => {
    const question = first('single-choice');
    const wrong = question.options.find((o) => o.id !== question.answer)!.id;
    const token = optionToken(SEED, question.id, 'option', wrong);
    expect(markParts(question, { type: 'single-choice', choice: wrong }, SEED, false)).toEqual({ [token]: false });
    expect(markParts(question, { type: 'single-choice', choice: wrong }, SEED, true)).toEqual({ [token]: true });
    expect(markParts(first('true-false'), { type: 'true-false', value: true }, SEED, false)).toEqual({ true: false });
  });

  it('fill-blank and ordering have no parts to mark', () => {
    expect(markParts(first('fill-blank'), { type: 'fill-blank', text: 'x' }, SEED, false)).toBeUndefined();
    const ordering = first('ordering');
    expect(markParts(ordering, { type: 'ordering', order: [...ordering.answer] }, SEED, true)).toBeUndefined();
  });
});
