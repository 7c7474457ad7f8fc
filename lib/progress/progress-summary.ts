import type { CourseProgress } from './get-course-progress';
import type { ModuleMasteryView } from './get-mastery';
import type { MasteryLevel } from './mastery';

// The little the course and module pages show about a learner (lessons read, quizzes taken and
// their best, each objective's level), as /api/progress sends it to the pages' client islands.

export type ObjectiveLevel = { objectiveId: string; level: MasteryLevel };

export type ModuleSummary = {
  moduleId: string;
  bestPercent: number | null;
  /** Submitted quizzes of the module, counted even when a review policy holds their score back. */
  quizzesTaken: number;
  objectives: ObjectiveLevel[];
};

export type ProgressSummary = { readModuleIds: string[]; modules: ModuleSummary[]; finalTaken: number };

export function toProgressSummary(
  progress: Pick<CourseProgress, 'modules' | 'final'>,
  mastery: readonly Pick<ModuleMasteryView, 'moduleId' | 'objectives'>[] = [],
): ProgressSummary {
  const levels = new Map(mastery.map((m) => [m.moduleId, m.objectives]));
  return {
    readModuleIds: progress.modules.filter((m) => m.isRead).map((m) => m.moduleId),
    modules: progress.modules.map((m) => ({
      moduleId: m.moduleId,
      bestPercent: m.best?.percent ?? null,
      quizzesTaken: m.taken,
      objectives: (levels.get(m.moduleId) ?? []).map((o) => ({ objectiveId: o.objectiveId, level: o.level })),
    })),
    finalTaken: progress.final.taken,
  };
}

/** Someone with no identity yet: nothing read, nothing scored. */
export function emptyProgressSummary(moduleIds: readonly string[]): ProgressSummary {
  return {
    readModuleIds: [],
    modules: moduleIds.map((moduleId) => ({ moduleId, bestPercent: null, quizzesTaken: 0, objectives: [] })),
    finalTaken: 0,
  };
}
