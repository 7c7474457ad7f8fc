import Link from '@/components/ui/link';
import { ObjectiveChecklist } from '@/components/lesson/objectives';
import type { Course } from '@/lib/content/schema';
import { ModuleReadMark } from './course-progress';
import { ModuleStatus } from './module-status';

type Props = { courseId: string; module: Course['moduleList'][number]; number: number };

/** One module on the course page: what it is, where the learner stands in it, and its objectives as a checklist. */
export function ModuleCard({ courseId, module, number }: Props) {
  return (
    <li className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5 dark:border-stone-800 dark:bg-stone-900">
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className="flex size-9 shrink-0 items-center justify-center rounded-full bg-blue-100 font-bold text-blue-900 dark:bg-blue-900 dark:text-blue-100"
        >
          {number}
        </span>
        <h3 className="pt-0.5 text-xl font-semibold">
          <Link
            href={`/courses/${courseId}/${module.id}`}
            className="rounded underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2"
          >
            <span className="sr-only">{`Module ${number}: `}</span>
            {module.title}
          </Link>
          <ModuleReadMark courseId={courseId} moduleId={module.id} />
        </h3>
      </div>
      <p className="leading-relaxed text-stone-700 dark:text-stone-300">{module.summary}</p>
      <ModuleStatus courseId={courseId} moduleId={module.id} objectiveCount={module.objectives.length} />
      <div>
        <h4 className="text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
          You will be able to
        </h4>
        <div className="mt-2">
          <ObjectiveChecklist courseId={courseId} moduleId={module.id} objectives={module.objectives} />
        </div>
      </div>
    </li>
  );
}
