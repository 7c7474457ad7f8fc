import { describe, expect, it } from 'vitest';
import { AFTER_KEY_HOURS, listTries, type AnswerRecord } from './tries';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();

const quizAnswer = (questionId: string, score: number, hours: number, submittedHours: number): AnswerRecord => ({
  questionId,
  score,
  isCheckedAsYouGo: false,
  firstScore: score,
  tries: 3, // changed twice before submitting: still one try
  firstAnsweredAt: at(hours - 0.1),
  answeredAt: at(hours),
  keyShownAt: at(submittedHours),
  startedAfterKeyAt: null,
});

const practiceAnswer = (questionId: string, first: number, last: number, hours: number, lastHours: number) => ({
  questionId,
  score: last,
  isCheckedAsYouGo: true,
  firstScore: first,
  tries: 2,
  firstAnsweredAt: at(hours),
  answeredAt: at(lastHours),
  keyShownAt: at(hours),
  startedAfterKeyAt: null,
});

const marks = (records: AnswerRecord[]) => listTries(records).map((t) => [t.questionId, t.score, t.isFromMemory]);

describe('which tries are from memory', () => {
  it('a quiz answer is one first try; a retake straight after its results is a try after seeing the answer', () => {
    const retake: AnswerRecord = { ...quizAnswer('q1', 1, 0.2, 0.3), startedAfterKeyAt: at(0.15) };
    expect(marks([quizAnswer('q1', 0, 0, 0.1), retake])).toEqual([
      ['q1', 0, true],
      ['q1', 1, false],
    ]);
  });

  it('a practice try again after the feedback is not from memory, unless it comes AFTER_KEY_HOURS later', () => {
    expect(marks([practiceAnswer('q1', 0, 1, 0, 0.01)])).toEqual([
      ['q1', 0, true],
      ['q1', 1, false],
    ]);
    expect(marks([practiceAnswer('q1', 0, 1, 0, AFTER_KEY_HOURS)])).toEqual([
      ['q1', 0, true],
      ['q1', 1, true],
    ]);
  });

  it('seeing one question’s answer says nothing of another’s, and a key held back shows nothing', () => {
    const heldBack = { ...quizAnswer('q1', 0, 0, 0.1), keyShownAt: null };
    expect(marks([quizAnswer('q2', 0, 0, 0.1), { ...quizAnswer('q1', 1, 1, 1.1) }])).toEqual([
      ['q2', 0, true],
      ['q1', 1, true],
    ]);
    expect(marks([heldBack, quizAnswer('q1', 1, 1, 1.1)])).toEqual([
      ['q1', 0, true],
      ['q1', 1, true],
    ]);
  });

  it('a key seen earlier the same day makes a later quiz’s answer a try after seeing it', () => {
    expect(marks([practiceAnswer('q1', 1, 1, 0, 0), quizAnswer('q1', 1, 3, 3.5)]).at(-1)).toEqual(['q1', 1, false]);
    expect(marks([practiceAnswer('q1', 1, 1, 0, 0), quizAnswer('q1', 1, 13, 13.5)]).at(-1)).toEqual(['q1', 1, true]);
  });
});
