import Link from '@/components/ui/link';
import type { Course } from '@/lib/content/schema';

const linkClass =
  'flex min-h-11 flex-col rounded-lg border border-stone-300 px-4 py-2 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 dark:border-stone-700 dark:hover:bg-stone-900';

/** Previous and next module, so a course reads straight through. */
export function ModulePager({ course, index }: { course: Course; index: number }) {
  const previous = course.moduleList[index - 1];
  const next = course.moduleList[index + 1];
  return (
    <nav
      aria-label="Modules"
      className="grid gap-3 border-t border-stone-200 pt-6 sm:grid-cols-2 dark:border-stone-800"
    >
      {previous ? (
        <Link href={`/courses/${course.id}/${previous.id}`} className={linkClass}>
          <span className="text-sm text-stone-600 dark:text-stone-400">Previous module</span>
          <span className="font-semibold">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/courses/${course.id}/${next.id}`} className={`${linkClass} sm:text-right`}>
          <span className="text-sm text-stone-600 dark:text-stone-400">Next module</span>
          <span className="font-semibold">{next.title}</span>
        </Link>
      ) : (
        <Link href={`/courses/${course.id}`} className={`${linkClass} sm:text-right`}>
          <span className="text-sm text-stone-600 dark:text-stone-400">Finished the last module</span>
          <span className="font-semibold">Back to the course</span>
        </Link>
      )}
    </nav>
  );
}
