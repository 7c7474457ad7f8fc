import { describe, expect, it } from 'vitest';
import { computeMastery, masteryLevel, MASTERY_LEVELS, MASTERY_RULE, sharePercent } from './mastery';

const objective = (n: number) => ({ objectiveId: 'o', questionIds: Array.from({ length: n }, (_, i) => `q${i + 1}`) });
const scores = (...values: number[]) => new Map(values.map((v, i) => [`q${i + 1}`, v]));
const levelOf = (total: number, ...values: number[]) => computeMastery([objective(total)], scores(...values))[0]!;

describe('mastery levels', () => {
  it('is not started with no answers, whatever the objective holds', () => {
    expect(levelOf(4)).toMatchObject({ answered: 0, total: 4, share: null, percent: null, level: 'not-started' });
    // Answers to questions of other objectives do not count.
    expect(computeMastery([objective(2)], new Map([['elsewhere', 1]]))[0]!.level).toBe('not-started');
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

  it('is mastered from 90% only with every question answered', () => {
    expect(levelOf(2, 1, 0.8).level).toBe('mastered'); // exactly 90%
    expect(levelOf(2, 1, 0.78).level).toBe('proficient'); // 89%
    expect(levelOf(3, 1, 1).level).toBe('proficient'); // 100%, 2 of 3
    expect(levelOf(3, 1, 1, 1)).toMatchObject({ answered: 3, total: 3, share: 1, percent: 100, level: 'mastered' });
  });

  it('rounds the percent down, so the shown number never claims a threshold not reached', () => {
    expect(sharePercent(0.895)).toBe(89);
    expect(sharePercent(0.29)).toBe(29);
    expect(sharePercent(0.8)).toBe(80);
    expect(levelOf(2, 1, 0.79)).toMatchObject({ percent: 89, level: 'proficient' });
  });

  it('counts each question once and keeps scores within 0..1', () => {
    expect(computeMastery([{ objectiveId: 'o', questionIds: ['q1', 'q1', 'q2'] }], scores(1, 1))[0]).toMatchObject({
      answered: 2,
      total: 2,
      level: 'mastered',
    });
    expect(levelOf(1, 7).share).toBe(1);
    expect(masteryLevel(0, 0, null)).toBe('not-started');
  });

  it('states the rule, naming every level', () => {
    const text = MASTERY_RULE.join(' ');
    for (const { label } of MASTERY_LEVELS) expect(text).toContain(`${label}:`);
    expect(text).toMatch(/not submitted do not count/);
  });
});
