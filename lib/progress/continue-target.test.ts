import { describe, expect, it } from 'vitest';
import { continueTarget } from './continue-target';
import { emptyProgressSummary, type ProgressSummary } from './progress-summary';

const ids = ['a', 'b', 'c'];

function progress(read: string[], quizzes: Record<string, number> = {}, finalTaken = 0): ProgressSummary {
  const empty = emptyProgressSummary(ids);
  return {
    readModuleIds: read,
    modules: empty.modules.map((m) => ({ ...m, quizzesTaken: quizzes[m.moduleId] ?? 0 })),
    finalTaken,
  };
}

describe('continueTarget', () => {
  it('starts a new learner at the first lesson', () => {
    expect(continueTarget(ids, progress([]))).toEqual({ step: 'start', moduleId: 'a' });
  });

  it("takes a returning learner to a read module's quiz before the next lesson", () => {
    expect(continueTarget(ids, progress(['a']))).toEqual({ step: 'quiz', moduleId: 'a' });
    expect(continueTarget(ids, progress(['a'], { a: 1 }))).toEqual({ step: 'lesson', moduleId: 'b' });
  });

  it('goes back to the first lesson skipped, even after later work', () => {
    expect(continueTarget(ids, progress(['b'], { b: 2 }))).toEqual({ step: 'lesson', moduleId: 'a' });
    expect(continueTarget(ids, progress([], { c: 1 }))).toEqual({ step: 'lesson', moduleId: 'a' });
  });

  it('ends with the final test, then says the course is done', () => {
    const all = { a: 1, b: 1, c: 3 };
    expect(continueTarget(ids, progress(ids, all))).toEqual({ step: 'final' });
    expect(continueTarget(ids, progress(ids, all, 1))).toEqual({ step: 'done' });
  });
});
