import { describe, expect, it } from 'vitest';
import type { Question } from '../content/schema';
import type { Response } from '../grading/response';
import { options, question } from '@/scripts/testing/grading/question';
import { analyzeItems, FLAG_REASONS, flagsFor, type ScoredAttempt } from './item-analysis';

const q1 = { ...question('single-choice', { options: options('a', 'b', 'c'), answer: 'a' }), id: 'q1' };
const q2 = { ...question('true-false', { answer: true }), id: 'q2' };
const q3 = { ...question('fill-blank', { answer: ['alliance'] }), id: 'q3' };
const QUESTIONS: Question[] = [q1, q2, q3];

/** A response worth the score: right for 1, wrong for 0. */
function responseFor(questionId: string, score: number): Response {
  if (questionId === 'q1') return { type: 'single-choice', choice: score === 1 ? 'a' : 'b' };
  if (questionId === 'q2') return { type: 'true-false', value: score === 1 };
  return { type: 'fill-blank', text: score === 1 ? 'alliance' : 'treaty' };
}

/** An attempt answering every question listed, with total = the sum of the scores. */
function attempt(studentId: string, scores: Record<string, number>): ScoredAttempt {
  const answers = Object.entries(scores).map(([questionId, score]) => ({
    questionId,
    score,
    response: responseFor(questionId, score),
  }));
  return { studentId, total: answers.reduce((sum, answer) => sum + answer.score, 0), answers };
}

const byId = (stats: ReturnType<typeof analyzeItems>, id: string) => stats.find((item) => item.questionId === id)!;

describe('analyzeItems: facility and discrimination', () => {
  // Four students, three questions; totals 3, 2, 1, 1.
  //        q1  q2  q3  total
  //   s1    1   1   1    3
  //   s2    1   0   1    2
  //   s3    0   1   0    1
  //   s4    0   0   1    1
  const stats = analyzeItems(
    [
      attempt('s1', { q1: 1, q2: 1, q3: 1 }),
      attempt('s2', { q1: 1, q2: 0, q3: 1 }),
      attempt('s3', { q1: 0, q2: 1, q3: 0 }),
      attempt('s4', { q1: 0, q2: 0, q3: 1 }),
    ],
    QUESTIONS,
  );

  it('reports every question in order with its counts', () => {
    expect(stats.map((item) => [item.questionId, item.questionType, item.attempts, item.responses])).toEqual([
      ['q1', 'single-choice', 4, 4],
      ['q2', 'true-false', 4, 4],
      ['q3', 'fill-blank', 4, 4],
    ]);
  });

  it('q1: facility 2/4 = 0.5; rest [2,1,1,1], r = 0.5 / √(1 · 0.75) = 1/√3 ≈ 0.577', () => {
    // dx = [.5, .5, −.5, −.5], dR = [.75, −.25, −.25, −.25]: Σdx·dR = 0.5, Σdx² = 1, ΣdR² = 0.75.
    expect(byId(stats, 'q1').facility).toBe(0.5);
    expect(byId(stats, 'q1').discrimination).toBeCloseTo(1 / Math.sqrt(3), 12);
    expect(byId(stats, 'q1').flags).toEqual([]);
  });

  it('q2: facility 0.5; rest [2,2,0,1], r = −0.5 / √(1 · 2.75) = −1/√11 ≈ −0.302, flagged negative', () => {
    // dx = [.5, −.5, .5, −.5], dR = [.75, .75, −1.25, −.25]: Σdx·dR = −0.5, ΣdR² = 2.75.
    const item = byId(stats, 'q2');
    expect(item.facility).toBe(0.5);
    expect(item.discrimination).toBeCloseTo(-1 / Math.sqrt(11), 12);
    expect(item.flags).toEqual([
      { flag: 'negative-discrimination', flagReason: FLAG_REASONS['negative-discrimination'] },
    ]);
  });

  it('q3: facility 3/4 = 0.75; rest [2,1,1,0], Σdx·dR = 0.25 − 0.25 = 0, so r = 0 (4 responses: not flagged)', () => {
    const item = byId(stats, 'q3');
    expect(item.facility).toBe(0.75);
    expect(item.discrimination).toBe(0);
    expect(item.flags).toEqual([]);
  });

  it('counts a skipped question as 0 for facility but not as a response', () => {
    const skipped = analyzeItems(
      [
        attempt('s1', { q1: 1, q2: 1 }),
        {
          studentId: 's2',
          total: 1,
          answers: [
            { questionId: 'q2', score: 1, response: responseFor('q2', 1) },
            { questionId: 'q1', score: 0, response: null },
          ],
        },
      ],
      QUESTIONS,
    );
    expect(byId(skipped, 'q1')).toMatchObject({ facility: 0.5, responses: 1, attempts: 2 });
    expect(byId(skipped, 'q3')).toMatchObject({ facility: 0, responses: 0, discrimination: null, mostChosenWrong: [] });
  });

  it('averages partial scores', () => {
    const partial = analyzeItems(
      [
        { studentId: 's1', total: 0.25, answers: [{ questionId: 'q1', score: 0.25, response: responseFor('q1', 0) }] },
        { studentId: 's2', total: 0.5, answers: [{ questionId: 'q1', score: 0.5, response: responseFor('q1', 0) }] },
      ],
      [q1],
    );
    expect(partial[0]!.facility).toBe(0.375);
  });
});

describe('analyzeItems: undefined discrimination', () => {
  it('is null when every student has the same score on the question', () => {
    const stats = analyzeItems([attempt('s1', { q1: 1, q2: 1 }), attempt('s2', { q1: 1, q2: 0 })], QUESTIONS);
    expect(byId(stats, 'q1')).toMatchObject({ facility: 1, discrimination: null });
  });

  it('is null when the rest of the test does not vary', () => {
    // Rest scores: s1 = 2 − 1 = 1, s2 = 1 − 0 = 1.
    const stats = analyzeItems([attempt('s1', { q1: 1, q2: 1 }), attempt('s2', { q1: 0, q2: 1 })], QUESTIONS);
    expect(byId(stats, 'q1')).toMatchObject({ facility: 0.5, discrimination: null });
  });

  it('is null for one student, and facility is null for none', () => {
    expect(analyzeItems([attempt('s1', { q1: 1, q2: 0 })], QUESTIONS)[0]).toMatchObject({
      facility: 1,
      discrimination: null,
    });
    expect(analyzeItems([], QUESTIONS)[0]).toMatchObject({
      attempts: 0,
      responses: 0,
      facility: null,
      discrimination: null,
      flags: [],
    });
  });
});

describe('analyzeItems: most chosen wrong answers', () => {
  it('lists the wrong answers given to each question with their labels', () => {
    const stats = analyzeItems(
      [attempt('s1', { q1: 0, q2: 0, q3: 0 }), attempt('s2', { q1: 0, q2: 1, q3: 1 })],
      QUESTIONS,
    );
    expect(byId(stats, 'q1').mostChosenWrong).toEqual([{ key: 'b', label: 'Option b', count: 2 }]);
    expect(byId(stats, 'q2').mostChosenWrong).toEqual([{ key: 'false', label: 'False', count: 1 }]);
    expect(byId(stats, 'q3').mostChosenWrong).toEqual([{ key: 'treaty', label: '“treaty”', count: 1 }]);
  });
});

describe('analyzeItems: flags from real attempts', () => {
  const cohort = (right: number, wrong: number) => [
    ...Array.from({ length: right }, (_, i) => attempt(`r${i}`, { q1: 1 })),
    ...Array.from({ length: wrong }, (_, i) => attempt(`w${i}`, { q1: 0 })),
  ];

  it('flags 1 right in 10 (facility 0.1), not 1 in 5 (facility 0.2, the threshold)', () => {
    expect(analyzeItems(cohort(1, 9), [q1])[0]!.flags.map((f) => f.flag)).toContain('very-low-facility');
    expect(analyzeItems(cohort(1, 4), [q1])[0]!.flags.map((f) => f.flag)).not.toContain('very-low-facility');
  });

  it('does not flag a very low facility on 4 responses', () => {
    expect(analyzeItems(cohort(0, 4), [q1])[0]!.flags).toEqual([]);
  });
});

describe('flagsFor: thresholds', () => {
  const kinds = (facility: number | null, discrimination: number | null, responses: number) =>
    flagsFor(facility, discrimination, responses).map((f) => f.flag);

  it('very-low-facility below 0.2 with at least 5 responses', () => {
    expect(kinds(0.19, null, 5)).toEqual(['very-low-facility']);
    expect(kinds(0.2, null, 5)).toEqual([]);
    expect(kinds(0.19, null, 4)).toEqual([]);
    expect(kinds(0, null, 100)).toEqual(['very-low-facility']);
  });

  it('treats a facility 0.2 off by float rounding as 0.2', () => {
    // (0.7 + 0.1 + 0.1 + 0.1 + 0) / 5 is 0.19999999999999998 in floats.
    expect(kinds((0.7 + 0.1 + 0.1 + 0.1 + 0) / 5, null, 5)).toEqual([]);
  });

  it('negative-discrimination below 0, whatever the number of responses', () => {
    expect(kinds(0.5, -0.01, 2)).toEqual(['negative-discrimination']);
    expect(kinds(0.5, -1, 50)).toEqual(['negative-discrimination']);
  });

  it('low-discrimination from 0 up to (not including) 0.2 with at least 5 responses', () => {
    expect(kinds(0.5, 0, 5)).toEqual(['low-discrimination']);
    expect(kinds(0.5, 0.19, 5)).toEqual(['low-discrimination']);
    expect(kinds(0.5, 0.2, 5)).toEqual([]);
    expect(kinds(0.5, 0.19, 4)).toEqual([]);
    expect(kinds(0.5, null, 50)).toEqual([]);
  });

  it('can raise a facility flag and a discrimination flag together, each with its reason', () => {
    expect(flagsFor(0.1, 0.1, 10)).toEqual([
      {
        flag: 'very-low-facility',
        flagReason: 'Fewer than 1 in 5 students got this right: check the key and the wording.',
      },
      { flag: 'low-discrimination', flagReason: FLAG_REASONS['low-discrimination'] },
    ]);
  });
});
