import type { ProgressSummary } from './progress-summary';

// Where "Continue where you left off" leads: the first step not done yet, in course order, where a
// module's steps are its lesson and then its quiz, and the final test comes last. Someone who has
// done nothing yet starts the course; someone who has done everything is told so.

export type ContinueTarget =
  | { step: 'start'; moduleId: string }
  | { step: 'lesson' | 'quiz'; moduleId: string }
  | { step: 'final' }
  | { step: 'done' };

export function continueTarget(moduleIds: readonly string[], progress: ProgressSummary): ContinueTarget {
  const read = new Set(progress.readModuleIds);
  const taken = new Map(progress.modules.map((m) => [m.moduleId, m.quizzesTaken]));
  const hasBegun = read.size > 0 || progress.finalTaken > 0 || [...taken.values()].some((n) => n > 0);
  if (!hasBegun) return { step: 'start', moduleId: moduleIds[0] ?? '' };
  for (const moduleId of moduleIds) {
    if (!read.has(moduleId)) return { step: 'lesson', moduleId };
    if ((taken.get(moduleId) ?? 0) === 0) return { step: 'quiz', moduleId };
  }
  return progress.finalTaken === 0 ? { step: 'final' } : { step: 'done' };
}
