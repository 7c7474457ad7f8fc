import Link from '@/components/ui/link';
import type { Course } from '@/lib/content/schema';
import { articleHref } from '@/lib/content/sentence-ref';
import { CourseProgress, ModuleBestScore, ModuleReadMark } from './course-progress';
import { StartAttemptForm } from './start-attempt-form';
import { buttonClass } from '@/components/ui/button';

/**
 * What the course is, for whom, and its modules with their objectives. Static for everyone; the
 * learner's own progress arrives in small client islands (course-progress.tsx) after load.
 */
export function CourseOverview({ course }: { course: Course }) {
  return (
    <div className="space-y-10">
      <section aria-labelledby="course-title" className="space-y-4">
        <p className="text-sm font-medium uppercase tracking-wide text-blue-700 dark:text-blue-300">
          A Sourcewise course
        </p>
        <h1 id="course-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
          {course.title}
        </h1>
        <p className="text-lg leading-relaxed text-stone-700 dark:text-stone-300">{course.summary}</p>
        <p className="leading-relaxed">
          <span className="font-semibold">Who it is for: </span>
          {course.audience}
        </p>
        <p className="leading-relaxed">
          <span className="font-semibold">How it works: </span>
          each lesson is written from the article. A number such as{' '}
          <span className="rounded bg-blue-50 px-1 font-medium text-blue-800 dark:bg-blue-950 dark:text-blue-200">
            2.3
          </span>{' '}
          after a sentence opens the article at paragraph 2, sentence 3, so you can check every fact yourself.
        </p>
        <div className="flex flex-wrap gap-3 pt-2">
          <Link href={`/courses/${course.id}/${course.moduleList[0]?.id ?? ''}`} className={buttonClass('primary')}>
            Start the first lesson
          </Link>
          <a href={articleHref(course.article)} className={buttonClass('secondary')}>
            Read the article
          </a>
        </div>
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
            <li key={module.id} className="rounded-xl border border-stone-200 p-5 dark:border-stone-800">
              <h3 className="text-xl font-semibold">
                <Link
                  href={`/courses/${course.id}/${module.id}`}
                  className="rounded underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2"
                >
                  <span className="text-stone-600 dark:text-stone-400">{index + 1}. </span>
                  {module.title}
                </Link>
                <ModuleReadMark courseId={course.id} moduleId={module.id} />
              </h3>
              <p className="mt-2 leading-relaxed text-stone-700 dark:text-stone-300">{module.summary}</p>
              <ModuleBestScore courseId={course.id} moduleId={module.id} />
              <h4 className="mt-4 text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
                You will be able to
              </h4>
              <ul className="mt-2 list-disc space-y-1 pl-5 leading-relaxed">
                {module.objectives.map((objective) => (
                  <li key={objective.id}>{objective.text}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section
        aria-labelledby="final-test"
        className="space-y-3 rounded-xl border border-stone-200 p-5 dark:border-stone-800"
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
