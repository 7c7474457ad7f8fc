'use client';

import Link from '@/components/ui/link';
import { buttonClass } from '@/components/ui/button';
import { continueTarget } from '@/lib/progress/continue-target';
import { useProgress } from './use-progress';

// The first thing on the course page: "Start the course" for someone new (and before the learner's
// progress is known, or without scripts), "Continue where you left off" with the next unfinished
// lesson or quiz for someone returning. Both states fill the same box, so nothing moves.

type Props = { courseId: string; modules: readonly { id: string; title: string }[] };

type Shown = { eyebrow: string; title: string; action: string; href: string };

function shown(courseId: string, modules: Props['modules'], progress: ReturnType<typeof useProgress>): Shown {
  const first = modules[0];
  const start: Shown = {
    eyebrow: 'New to this course? Start here',
    title: first ? `Module 1: ${first.title}` : 'The first lesson',
    action: 'Start the course',
    href: `/courses/${courseId}/${first?.id ?? ''}`,
  };
  if (!progress) return start;
  const target = continueTarget(
    modules.map((m) => m.id),
    progress,
  );
  const moduleHref = (id: string) => `/courses/${courseId}/${id}`;
  const named = (id: string) => {
    const index = modules.findIndex((m) => m.id === id);
    return `Module ${index + 1}: ${modules[index]?.title ?? id}`;
  };
  const resume = 'Continue where you left off';
  switch (target.step) {
    case 'start':
      return start;
    case 'lesson':
      return {
        eyebrow: resume,
        title: named(target.moduleId),
        action: 'Read the lesson',
        href: moduleHref(target.moduleId),
      };
    case 'quiz':
      return {
        eyebrow: resume,
        title: named(target.moduleId),
        action: 'Check your understanding',
        href: `${moduleHref(target.moduleId)}#check-understanding`,
      };
    case 'final':
      return { eyebrow: resume, title: 'Final course test', action: 'Take the final test', href: '#final-test' };
    case 'done':
      return {
        eyebrow: 'Course complete',
        title: 'Every lesson read, every quiz and the final test taken',
        action: 'See your progress and mistakes',
        href: '/dashboard',
      };
  }
}

export function ContinuePanel({ courseId, modules }: Props) {
  const { eyebrow, title, action, href } = shown(courseId, modules, useProgress(courseId));
  return (
    <section
      aria-labelledby="continue-heading"
      className="flex flex-col gap-4 rounded-2xl border border-blue-200 bg-blue-50 p-5 sm:flex-row sm:items-center sm:justify-between dark:border-blue-900 dark:bg-blue-950"
    >
      <div className="space-y-1">
        <h2
          id="continue-heading"
          className="text-sm font-semibold uppercase tracking-wide text-blue-800 dark:text-blue-200"
        >
          {eyebrow}
        </h2>
        <p className="text-lg font-semibold">{title}</p>
      </div>
      <Link href={href} className={buttonClass('primary', 'shrink-0')}>
        {action}
      </Link>
    </section>
  );
}
