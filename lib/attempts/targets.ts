import 'server-only';
import { getCourse } from '@/lib/content/course';
import type { Course } from '@/lib/content/schema';
import { AttemptError } from './errors';
import { seededShuffle } from './seeded';
import type { AttemptKind } from './views';

// What an attempt is at, and which questions it holds. A module's practice and quiz hold all of
// the module's questions; the final course test draws FINAL_TEST_PER_MODULE from every module.

export const FINAL_TEST_PER_MODULE = 3;

export type NewAttemptTarget = { courseId: string; kind: Exclude<AttemptKind, 'retake' | 'review'>; moduleId?: string | null };

export type ResolvedTarget = { course: Course; moduleId: string | null; targetKey: string; questionIds: string[] };

export function resolveTarget(target: NewAttemptTarget, seed: string): ResolvedTarget {
  const course = getCourse(target.courseId);
  if (!course) throw new AttemptError('not_found', `There is no course "${target.courseId}".`);
  if (target.kind === 'final') {
    const drawn = course.moduleList.flatMap((m) =>
      seededShuffle(m.questions.map((q) => q.id), seed, `final:${m.id}`).slice(0, FINAL_TEST_PER_MODULE),
    );
    return { course, moduleId: null, targetKey: `final:${course.id}`, questionIds: seededShuffle(drawn, seed, 'order') };
  }
  if (!target.moduleId) throw new AttemptError('invalid', `A ${target.kind} needs a module.`);
  const found = course.moduleList.find((m) => m.id === target.moduleId);
  if (!found) throw new AttemptError('not_found', `Course "${course.id}" has no module "${target.moduleId}".`);
  return {
    course,
    moduleId: found.id,
    targetKey: `${target.kind}:${course.id}:${found.id}`,
    questionIds: seededShuffle(found.questions.map((q) => q.id), seed, 'order'),
  };
}

export function attemptTitle(course: Course, kind: AttemptKind, moduleId: string | null): string {
  const moduleTitle = course.moduleList.find((m) => m.id === moduleId)?.title;
  switch (kind) {
    case 'practice':
      return `Practice: ${moduleTitle ?? course.title}`;
    case 'quiz':
      return `Quiz: ${moduleTitle ?? course.title}`;
    case 'final':
      return `Final test: ${course.title}`;
    case 'retake':
      return `Retake of missed questions: ${moduleTitle ?? course.title}`;
    case 'review':
      return `Review of my mistakes: ${course.title}`;
  }
}
