import Link from '@/components/ui/link';

import type { Course } from '@/lib/content/schema';
import { buttonClass } from '@/components/ui/button';

/** Someone with no identity yet: nothing to show, and the way to begin. */
export function DashboardEmpty({ course }: { course: Course }) {
  const first = course.moduleList[0];
  return (
    <section
      aria-labelledby="empty-heading"
      className="space-y-4 rounded-xl border border-stone-200 p-5 dark:border-stone-800"
    >
      <h2 id="empty-heading" className="text-xl font-semibold">
        Nothing here yet
      </h2>
      <p className="leading-relaxed text-stone-700 dark:text-stone-300">
        Your progress appears here once you start {course.title}: the lessons you have read, your quiz scores, how well
        you know each learning objective, and the questions to review.
      </p>
      <Link
        href={first ? `/courses/${course.id}/${first.id}` : `/courses/${course.id}`}
        className={buttonClass('primary')}
      >
        Start the course
      </Link>
    </section>
  );
}
