import 'server-only';
import { getCourse } from '@/lib/content/course';
import type { AssignablePool, Course, Module, Question } from '@/lib/content/schema';
import { AppError } from '@/lib/errors';
import { seededShuffle } from './seeded';
import type { AttemptKind } from './views';

// What an attempt is at, and which questions it holds. Every attempt draws from one pool of the
// bank (lib/content/schema.ts QUESTION_POOLS): self-study only ever from the practice pool, so no
// one can read an assessment question's key outside work a teacher assigned; an assignment from
// the pool its teacher chose. A draw is stratified by objective and reproducible from the
// attempt's seed: the module's objectives take turns, in an order the seed shuffles, each giving
// its next question (also seed-shuffled) until the count is reached. So 12 questions from a module
// of 4 objectives test each objective 3 times, and a reload draws exactly the same.

/** Questions a self-study practice round or module quiz draws (all 12 of a module's practice pool). */
export const SELF_STUDY_COUNT = 12;
export const FINAL_TEST_PER_MODULE = 3;
/** The most questions a teacher can ask one student to draw from a module. */
export const MAX_QUESTION_COUNT = 40;

export type Draw = { pool: AssignablePool; count: number };
/** Self-study's draw: practice questions only. */
export const SELF_STUDY_DRAW = { pool: 'practice', count: SELF_STUDY_COUNT } as const satisfies Draw;

export type NewAttemptTarget = {
  courseId: string;
  kind: Exclude<AttemptKind, 'retake' | 'review'>;
  moduleId?: string | null;
};

export type ResolvedTarget = { course: Course; moduleId: string | null; targetKey: string; questionIds: string[] };

/**
 * The questions of a new attempt. Without `draw` this is self-study: practice pool, 12 from a
 * module, FINAL_TEST_PER_MODULE from every module for the final test. An assignment passes its
 * pool and count; a final test spreads the count over the modules (the first modules in the
 * course's order take one more when it does not divide).
 */
export function resolveTarget(target: NewAttemptTarget, seed: string, draw?: Draw): ResolvedTarget {
  const course = getCourse(target.courseId);
  if (!course) throw new AppError('not_found', `There is no course "${target.courseId}".`);
  const pool = draw?.pool ?? SELF_STUDY_DRAW.pool;
  if (target.kind === 'final') {
    const total = draw?.count ?? FINAL_TEST_PER_MODULE * course.moduleList.length;
    const modules = course.moduleList.length;
    const drawn = course.moduleList.flatMap((m, i) => {
      const share = Math.floor(total / modules) + (i < total % modules ? 1 : 0);
      return drawStratified(m, pool, share, seed, `final:${m.id}`);
    });
    return {
      course,
      moduleId: null,
      targetKey: `final:${course.id}`,
      questionIds: seededShuffle(drawn, seed, 'order'),
    };
  }
  if (!target.moduleId) throw new AppError('invalid', `A ${target.kind} needs a module.`);
  const found = course.moduleList.find((m) => m.id === target.moduleId);
  if (!found) throw new AppError('not_found', `Course "${course.id}" has no module "${target.moduleId}".`);
  const drawn = drawStratified(found, pool, draw?.count ?? SELF_STUDY_DRAW.count, seed, `draw:${found.id}`);
  return {
    course,
    moduleId: found.id,
    targetKey: `${target.kind}:${course.id}:${found.id}`,
    questionIds: seededShuffle(drawn, seed, 'order'),
  };
}

/** Up to `count` question ids of the module's pool, objectives taking turns (see the top). */
export function drawStratified(
  module: Module,
  pool: AssignablePool,
  count: number,
  seed: string,
  purpose: string,
): string[] {
  const inPool = (q: Question) => q.pool === pool;
  const groups = seededShuffle(module.objectives, seed, `${purpose}:objectives`)
    .map((o) =>
      seededShuffle(
        module.questions.filter((q) => inPool(q) && q.objective === o.id).map((q) => q.id),
        seed,
        `${purpose}:${o.id}`,
      ),
    )
    .filter((g) => g.length > 0);
  const drawn: string[] = [];
  for (let round = 0; drawn.length < count && groups.some((g) => g.length > round); round++) {
    for (const group of groups) {
      if (drawn.length >= count) break;
      const id = group[round];
      if (id !== undefined) drawn.push(id);
    }
  }
  return drawn;
}

/** An assignment's draw, from its row. */
export function drawOf(row: { question_pool: string; question_count: number }): Draw {
  return { pool: row.question_pool === 'practice' ? 'practice' : 'assessment', count: row.question_count };
}

/** How many questions a module's pool holds: the most one attempt can draw from it. */
export function poolSize(module: Module, pool: AssignablePool): number {
  return module.questions.filter((q) => q.pool === pool).length;
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
