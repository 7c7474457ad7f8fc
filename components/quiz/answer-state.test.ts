import { describe, expect, it } from 'vitest';
import type { QuestionView } from '@/lib/attempts/views';
import { answerState } from './answer-state';

const multi: QuestionView = {
  id: 'm',
  type: 'multiple-select',
  prompt: 'p',
  number: 1,
  options: [{ token: 't', text: 'T' }],
};
const blank: QuestionView = { id: 'f', type: 'fill-blank', prompt: 'p', number: 2 };
const matching: QuestionView = {
  id: 'x',
  type: 'matching',
  prompt: 'p',
  number: 3,
  left: [
    { token: 'l1', text: 'L1' },
    { token: 'l2', text: 'L2' },
  ],
  right: [{ token: 'r', text: 'R' }],
};

describe('answerState', () => {
  it('is unanswered with no response, or a response of another type', () => {
    expect(answerState(blank, undefined)).toBe('unanswered');
    expect(answerState(blank, { type: 'true-false', value: true })).toBe('unanswered');
  });

  it('needs a choice for multiple-select and some text for fill-blank', () => {
    expect(answerState(multi, { type: 'multiple-select', choices: [] })).toBe('unanswered');
    expect(answerState(multi, { type: 'multiple-select', choices: ['t'] })).toBe('answered');
    expect(answerState(blank, { type: 'fill-blank', text: ' ' })).toBe('unanswered');
    expect(answerState(blank, { type: 'fill-blank', text: 'pact' })).toBe('answered');
  });

  it('is partial while some matching items are unmatched', () => {
    expect(answerState(matching, { type: 'matching', pairs: {} })).toBe('unanswered');
    expect(answerState(matching, { type: 'matching', pairs: { l1: 'r' } })).toBe('partial');
    expect(answerState(matching, { type: 'matching', pairs: { l1: 'r', l2: 'r' } })).toBe('answered');
  });
});
