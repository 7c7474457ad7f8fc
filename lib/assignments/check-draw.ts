import 'server-only';
import { FINAL_TEST_PER_MODULE, poolSize, SELF_STUDY_COUNT } from '@/lib/attempts/targets';
import type { getCourse } from '@/lib/content/course';
import { AppError } from '@/lib/errors';

type Course = NonNullable<ReturnType<typeof getCourse>>;

/**
 * How many questions each student draws for this kind of work (the count asked, or by default 12
 * from a module, 3 per module for a final test), refused when the pool holds fewer. Assigning and
 * editing ask the same.
 */
export function checkDraw(
  course: Course,
  draw: {
    kind: string;
    moduleId?: string | null;
    questionPool: 'assessment' | 'practice';
    questionCount?: number | null;
  },
): number {
  const modules = draw.kind === 'final' ? course.moduleList : course.moduleList.filter((m) => m.id === draw.moduleId);
  const available = modules.reduce((n, m) => n + poolSize(m, draw.questionPool), 0);
  const count =
    draw.questionCount ?? (draw.kind === 'final' ? FINAL_TEST_PER_MODULE * modules.length : SELF_STUDY_COUNT);
  if (count > available) {
    const message = `The ${draw.questionPool} pool holds ${available} question${available === 1 ? '' : 's'} here; ask for ${available} or fewer.`;
    throw new AppError('invalid', message, { fieldErrors: { questionCount: message } });
  }
  return count;
}
