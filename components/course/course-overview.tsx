import type { Course } from '@/lib/content/schema';
import { articleHref } from '@/lib/content/sentence-ref';
import { linkClass } from '@/components/ui/button';
import { ContinuePanel } from './continue-panel';
import { CourseProgress } from './course-progress';
import { ModuleCard } from './module-card';
import { StartAttemptForm } from './start-attempt-form';

/**
 * What the course is, for whom, and its modules as cards with their objectives. Static for everyone;
 * the learner's own progress (the continue panel, the bar, each card's steps and ticks) arrives in
 * small client islands after load (use-progress.ts).
 */
export function CourseOverview({ course }: { course: Course }) {
  return (
    <div className="space-y-10">
      <section aria-labelledby="course-title" className="space-y-5">
        <p className="text-sm font-medium uppercase tracking-wide text-blue-700 dark:text-blue-300">
          A Sourcewise course · {course.moduleList.length} modules
        </p>
        <h1 id="course-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
          {course.title}
        </h1>
        <p className="text-lg leading-relaxed text-stone-700 dark:text-stone-300">{course.summary}</p>
        <ContinuePanel courseId={course.id} modules={course.moduleList.map((m) => ({ id: m.id, title: m.title }))} />
        <dl className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <dt className="font-semibold">Who it is for:</dt>
            <dd className="leading-relaxed text-stone-700 dark:text-stone-300">{course.audience}</dd>
          </div>
          <div className="space-y-1">
            <dt className="font-semibold">How it works:</dt>
            <dd className="leading-relaxed text-stone-700 dark:text-stone-300">
              each lesson is written from the article. A number such as{' '}
              <span className="rounded bg-blue-50 px-1 font-medium text-blue-800 dark:bg-blue-950 dark:text-blue-200">
                2.3
              </span>{' '}
              after a sentence opens the article at paragraph 2, sentence 3, so you can check every fact yourself.{' '}
              <a href={articleHref(course.article)} className={linkClass}>
                Read the article
              </a>
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="modules-heading" className="space-y-4">
        <h2 id="modules-heading" className="text-2xl font-bold tracking-tight">
          Modules
        </h2>
        {/* Space kept for the progress bar, so nothing jumps when it arrives. */}
        <div className="min-h-20">
          <CourseProgress courseId={course.id} lessonCount={course.moduleList.length} />
        </div>
        <ol className="space-y-4">
          {course.moduleList.map((module, index) => (
            <ModuleCard key={module.id} courseId={course.id} module={module} number={index + 1} />
          ))}
        </ol>
      </section>

      <section
        aria-labelledby="final-test"
        className="space-y-3 rounded-2xl border border-stone-200 p-5 dark:border-stone-800"
      >
        <h2 id="final-test" className="text-xl font-semibold">
          Final course test
        </h2>
        <p className="leading-relaxed text-stone-700 dark:text-stone-300">
          Questions drawn from every module, scored when you submit, with feedback that shows where the article says so.
        </p>
        <StartAttemptForm courseId={course.id} kind="final" label="Take the final test" variant="secondary" />
      </section>
    </div>
  );
}
