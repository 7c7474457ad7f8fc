import type { CourseProgress } from './get-course-progress';

// The little the course page shows about a learner (lessons read, best quiz per module), as
// /api/progress sends it to the page's client islands.

export type ProgressSummary = { readModuleIds: string[]; modules: { moduleId: string; bestPercent: number | null }[] };

export function toProgressSummary(progress: Pick<CourseProgress, 'modules'>): ProgressSummary {
  return {
    readModuleIds: progress.modules.filter((m) => m.isRead).map((m) => m.moduleId),
    modules: progress.modules.map((m) => ({ moduleId: m.moduleId, bestPercent: m.best?.percent ?? null })),
  };
}

/** Someone with no identity yet: nothing read, nothing scored. */
export function emptyProgressSummary(moduleIds: readonly string[]): ProgressSummary {
  return { readModuleIds: [], modules: moduleIds.map((moduleId) => ({ moduleId, bestPercent: null })) };
}
