'use client';

import Link from '@/components/ui/link';
import { linkClass } from '@/components/ui/button';
import { useProgress } from './use-progress';

// Client islands on the static course page, fed by the learner's progress (use-progress.ts).

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
