import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { StartAttemptForm } from '@/components/course/start-attempt-form';
import { KeyTerms } from '@/components/lesson/key-terms';
import { LessonBody } from '@/components/lesson/lesson-body';
import { LessonReadBeacon } from '@/components/lesson/lesson-read-beacon';
import { ModulePager } from '@/components/lesson/module-pager';
import { ReadAloud } from '@/components/read-aloud/read-aloud';
import { Objectives } from '@/components/lesson/objectives';
import { poolSize } from '@/lib/attempts/targets';
import { getModule, listCourses } from '@/lib/content/course';
import { lessonOriginKey } from '@/lib/content/lesson-origin';
import { articleHref } from '@/lib/content/sentence-ref';
import { linkClass } from '@/components/ui/button';

type Props = { params: Promise<{ courseId: string; moduleId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listCourses().flatMap((course) => course.moduleList.map((m) => ({ courseId: course.id, moduleId: m.id })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { courseId, moduleId } = await params;
  return { title: getModule(courseId, moduleId)?.module.title };
}

export default async function ModulePage({ params }: Props) {
  const { courseId, moduleId } = await params;
  const found = getModule(courseId, moduleId);
  if (!found) notFound();
  const { course, module, index } = found;
  return (
    <article className="space-y-8" aria-labelledby="lesson-title" data-read-root>
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href={`/courses/${course.id}`} className={`${linkClass} inline-flex min-h-11 items-center`}>
            {course.title}
          </Link>
          <span aria-hidden="true"> › </span>
          <span>
            Module {index + 1} of {course.moduleList.length}
          </span>
        </nav>
        <h1 id="lesson-title" data-read-sentence className="text-3xl font-bold tracking-tight sm:text-4xl">
          {module.lesson.title}
        </h1>
        <p data-read-sentence className="text-lg leading-relaxed text-stone-700 dark:text-stone-300">
          {module.summary}
        </p>
      </header>
      <ReadAloud isSticky />
      <Objectives courseId={course.id} moduleId={module.id} objectives={module.objectives} />
      <p className="text-sm leading-relaxed text-stone-700 dark:text-stone-300">
        A number such as <span className="font-semibold">2.3</span> after a sentence opens{' '}
        <a href={articleHref(course.article)} className={linkClass}>
          the article
        </a>{' '}
        at paragraph 2, sentence 3, highlighted. Sentences marked{' '}
        <span className="font-semibold">general knowledge</span> are background that the article does not state.
      </p>
      <LessonBody lesson={module.lesson} articleId={course.article} from={lessonOriginKey(course.id, module.id)} />
      <KeyTerms terms={module.terms} />
      <section
        aria-labelledby="check-understanding"
        className="space-y-3 rounded-xl border border-stone-200 p-5 dark:border-stone-800"
      >
        <h2 id="check-understanding" className="text-lg font-semibold">
          Check your understanding
        </h2>
        <p className="leading-relaxed text-stone-700 dark:text-stone-300">
          Practice shows whether each answer is right, and where the article says so, as you go. The quiz (
          {poolSize(module, 'practice')} questions) is scored when you submit it. Both continue where you left off.
        </p>
        <div className="flex flex-wrap gap-3">
          <StartAttemptForm courseId={course.id} moduleId={module.id} kind="practice" label="Practice" />
          <StartAttemptForm
            courseId={course.id}
            moduleId={module.id}
            kind="quiz"
            label="Take the quiz"
            variant="secondary"
          />
        </div>
      </section>
      <ModulePager course={course} index={index} />
      <LessonReadBeacon courseId={course.id} moduleId={module.id} />
    </article>
  );
}
