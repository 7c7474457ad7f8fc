import { describe, expect, it } from 'vitest';
import type { AnswerView, QuestionView } from '@/lib/attempts/views';
import { moduleHref, summarizeResults } from './results-summary';

const questions: QuestionView[] = [
  { id: 'q1', type: 'true-false', prompt: 'One', number: 1 },
  { id: 'q2', type: 'true-false', prompt: 'Two', number: 2 },
];
const scored = (questionId: string, score: number): AnswerView => ({
  questionId,
  response: { type: 'true-false', value: true },
  revision: 1,
  tries: 1,
  feedback: { verdict: score === 1 ? 'correct' : 'incorrect', score, correctAnswer: [], explanation: '', evidence: [] },
});

describe('summarizeResults', () => {
  it("uses the server's result, and the feedback scores when it is missing", () => {
    const result = { score: 1.5, max: 2, objectives: [], submittedAt: '2025-01-01T00:00:00Z', unanswered: {} };
    expect(summarizeResults({ questions, answers: [], result })).toMatchObject({ score: 1.5, max: 2 });
    expect(summarizeResults({ questions, answers: [scored('q1', 1), scored('q2', 0.5)] })).toMatchObject({
      score: 1.5,
      max: 2,
    });
  });
});

it('links back to the module, or the course when the attempt has no module', () => {
  expect(moduleHref({ courseId: 'c', moduleId: 'm' })).toBe('/courses/c/m');
  expect(moduleHref({ courseId: 'c', moduleId: null })).toBe('/courses/c');
});
