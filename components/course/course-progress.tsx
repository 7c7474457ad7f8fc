'use client';

import Link from '@/components/ui/link';
import { useEffect, useState } from 'react';
import { getCourseProgress } from '@/components/api/client';
import type { ProgressSummary } from '@/lib/progress/progress-summary';
import { linkClass } from '@/components/ui/button';

// Client islands on the static course page: they fetch the learner's progress after load, so the
// page itself stays the same HTML for everyone. Islands mounted together share one request.

const requests = new Map<string, Promise<ProgressSummary | null>>();

function loadProgress(courseId: string): Promise<ProgressSummary | null> {
  let request = requests.get(courseId);
  if (!request) {
    request = getCourseProgress(courseId)
      // Forget it once settled, so coming back to the page after a lesson asks again.
      .finally(() => requests.delete(courseId));
    requests.set(courseId, request);
  }
  return request;
}

function useProgress(courseId: string): ProgressSummary | null {
  const [progress, setProgress] = useState<ProgressSummary | null>(null);
  useEffect(() => {
    let isLive = true;
    void loadProgress(courseId).then((p) => {
      if (isLive) setProgress(p);
    });
    return () => {
      isLive = false;
    };
  }, [courseId]);
  return progress;
}

/** "2 of 5 lessons read", in words and as a bar. Nothing until known, in a reserved space. */
export function CourseProgress({ courseId, lessonCount }: { courseId: string; lessonCount: number }) {
  const progress = useProgress(courseId);
  if (!progress) return null;
  const read = progress.readModuleIds.length;
  const percent = lessonCount > 0 ? Math.round((read / lessonCount) * 100) : 0;
  const text = `${read} of ${lessonCount} lessons read`;
  return (
    <div className="space-y-2">
      <p id="course-progress-label" className="font-semibold">
        Your progress: {text}
      </p>
      <div
        role="progressbar"
        aria-labelledby="course-progress-label"
        aria-valuemin={0}
        aria-valuemax={lessonCount}
        aria-valuenow={read}
        aria-valuetext={text}
        className="h-3 w-full overflow-hidden rounded-full border border-stone-500 bg-stone-100 dark:border-stone-400 dark:bg-stone-800"
      >
        <div className="h-full bg-blue-700 dark:bg-blue-300" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm">
        <Link href="/dashboard" className={linkClass}>
          See all your progress and mistakes
        </Link>
      </p>
    </div>
  );
}

/** Inside a module's heading: a check mark, with "Read" for screen readers, once the lesson is read. */
export function ModuleReadMark({ courseId, moduleId }: { courseId: string; moduleId: string }) {
  const progress = useProgress(courseId);
  if (!progress?.readModuleIds.includes(moduleId)) return null;
  return (
    <span className="ml-2 inline-flex size-6 items-center justify-center rounded-full bg-green-700 align-middle text-sm font-bold text-white dark:bg-green-300 dark:text-stone-950">
      <span aria-hidden="true">✓</span>
      <span className="sr-only">Read</span>
    </span>
  );
}

/** Under a module's summary: the best score of its submitted quizzes, once there is one. */
export function ModuleBestScore({ courseId, moduleId }: { courseId: string; moduleId: string }) {
  const progress = useProgress(courseId);
  const best = progress?.modules.find((m) => m.moduleId === moduleId)?.bestPercent ?? null;
  if (best === null) return null;
  return <p className="mt-2 text-sm font-semibold text-stone-700 dark:text-stone-300">Your best quiz score: {best}%</p>;
}
