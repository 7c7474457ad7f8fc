import { describe, expect, it } from 'vitest';
import {
  computeMastery,
  masteryLevel,
  MASTERY_LEVELS,
  MASTERY_RULE,
  OCCASION_HOURS,
  questionScore,
  sharePercent,
} from './mastery';
import type { Try } from './tries';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();
const objective = (n: number) => ({ objectiveId: 'o', questionIds: Array.from({ length: n }, (_, i) => `q${i + 1}`) });
/** One first try per value, q1, q2, …, all at the same moment (one occasion). */
const firstTries = (values: number[], hours = 0): Try[] =>
  values.map((score, i) => ({ questionId: `q${i + 1}`, score, at: at(hours), isFromMemory: true }));
const levelOf = (total: number, ...values: number[]) => computeMastery([objective(total)], firstTries(values))[0]!;
/** The same first tries on two occasions a day apart. */
const twiceOf = (total: number, ...values: number[]) =>
  computeMastery([objective(total)], [...firstTries(values), ...firstTries(values, 24)])[0]!;

describe('mastery levels', () => {
  it('is not started with no answers, whatever the objective holds', () => {
    expect(levelOf(4)).toMatchObject({ answered: 0, total: 4, share: null, percent: null, level: 'not-started' });
    // Answers to questions of other objectives do not count.
    const elsewhere: Try = { questionId: 'elsewhere', score: 1, at: at(0), isFromMemory: true };
    expect(computeMastery([objective(2)], [elsewhere])[0]!.level).toBe('not-started');
  });

  it('is attempted below 50% and familiar from exactly 50%', () => {
    expect(levelOf(4, 0).level).toBe('attempted');
    expect(levelOf(4, 0.49).level).toBe('attempted');
    expect(levelOf(4, 0.5).level).toBe('familiar');
    expect(levelOf(4, 1, 0).level).toBe('familiar');
  });

  it('is proficient from 80% only with at least half the questions answered', () => {
    expect(levelOf(4, 1, 0.6).level).toBe('proficient'); // 80%, 2 of 4
    expect(levelOf(4, 1, 0.58).level).toBe('familiar'); // 79%
    expect(levelOf(5, 1, 1).level).toBe('familiar'); // 100%, but 2 of 5 is under half
    expect(levelOf(5, 1, 1, 1).level).toBe('proficient'); // 3 of 5
    expect(levelOf(3, 1, 0.6, 0.8).level).toBe('proficient'); // 80% of three partial answers
  });

  it('is mastered from 90% with every question answered, only on two occasions', () => {
    expect(levelOf(3, 1, 1, 1)).toMatchObject({ percent: 100, occasions: 1, level: 'proficient' });
    expect(twiceOf(3, 1, 1, 1)).toMatchObject({ answered: 3, total: 3, percent: 100, occasions: 2, level: 'mastered' });
    expect(twiceOf(2, 1, 0.8).level).toBe('mastered'); // exactly 90%
    expect(twiceOf(2, 1, 0.78).level).toBe('proficient'); // 89%
    expect(twiceOf(3, 1, 1).level).toBe('proficient'); // 100%, 2 of 3
  });

  it('rounds the percent down, so the shown number never claims a threshold not reached', () => {
    expect(sharePercent(0.895)).toBe(89);
    expect(sharePercent(0.29)).toBe(29);
    expect(sharePercent(0.8)).toBe(80);
    expect(levelOf(2, 1, 0.79)).toMatchObject({ percent: 89, level: 'proficient' });
  });

  it('counts each question once and keeps the level function total', () => {
    const tries = [...firstTries([1, 1]), ...firstTries([1, 1], 24)];
    expect(computeMastery([{ objectiveId: 'o', questionIds: ['q1', 'q1', 'q2'] }], tries)[0]).toMatchObject({
      answered: 2,
      total: 2,
      level: 'mastered',
    });
    expect(masteryLevel(0, 0, null, 0)).toBe('not-started');
  });
});

describe('first tries and tries after seeing the answer', () => {
  const tryAt = (score: number, hours: number, isFromMemory: boolean): Try => ({
    questionId: 'q1',
    score,
    at: at(hours),
    isFromMemory,
  });

  it('scores a question by its latest first try, a later try after seeing the answer counting a third', () => {
    expect(questionScore([tryAt(0, 0, true)])).toBe(0);
    expect(questionScore([tryAt(0, 0, true), tryAt(1, 0.1, false)])).toBeCloseTo(1 / 3);
    expect(questionScore([tryAt(1, 0, true), tryAt(0, 0.1, false)])).toBeCloseTo(2 / 3);
    // A first try a day later replaces what came before it.
    expect(questionScore([tryAt(0, 0, true), tryAt(1, 0.1, false), tryAt(1, 24, true)])).toBe(1);
    expect(questionScore([tryAt(1, 0, true), tryAt(0, 24, true)])).toBe(0);
    // Only the latest try after seeing the answer counts, and only if it came after the first try.
    expect(questionScore([tryAt(0, 0, true), tryAt(0, 0.1, false), tryAt(1, 0.2, false)])).toBeCloseTo(1 / 3);
    expect(questionScore([tryAt(1, 0.1, false), tryAt(0.5, 24, true)])).toBe(0.5);
  });

  it('counts right first tries less than OCCASION_HOURS apart as one occasion, and says when the next can be', () => {
    const justUnder = computeMastery([objective(1)], [tryAt(1, 0, true), tryAt(1, OCCASION_HOURS - 0.01, true)])[0]!;
    expect(justUnder).toMatchObject({ occasions: 1, level: 'proficient', nextOccasionAt: at(OCCASION_HOURS) });
    const apart = computeMastery([objective(1)], [tryAt(1, 0, true), tryAt(1, OCCASION_HOURS, true)])[0]!;
    expect(apart).toMatchObject({ occasions: 2, level: 'mastered', nextOccasionAt: null });
    // A right try after seeing the answer is no occasion, and a wrong first try is none either.
    const notFromMemory = computeMastery(
      [objective(1)],
      [tryAt(0, 0, true), tryAt(1, 0.1, false), tryAt(0, 30, true), tryAt(1, 60, true)],
    )[0]!;
    expect(notFromMemory).toMatchObject({ occasions: 1, percent: 100, level: 'proficient' });
  });
});

describe('the rule as the dashboard states it', () => {
  it('names every level, the weighting and the occasions', () => {
    const text = MASTERY_RULE.join(' ');
    for (const { label } of MASTERY_LEVELS) expect(text).toContain(`${label}:`);
    expect(text).toMatch(/not submitted do not count/);
    expect(text).toContain('counts for a third');
    expect(text).toContain(`${OCCASION_HOURS} hours or more apart are on different occasions`);
    expect(text).toMatch(/Mastered: .*two occasions/);
  });
});
