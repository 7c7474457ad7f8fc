import 'server-only';
import { seededRandom } from '@/lib/attempts/seeded';
import { getCourse, getCourseArticle } from '@/lib/content/course';
import type { Question } from '@/lib/content/schema';
import type { Response } from '@/lib/grading/response';
import { easinessOf } from './demo-plan';
import { rightResponse, wrongResponse } from './demo-responses';

// Seeded, never Math.random: every fresh database gets the same answers, so the demo (and anything
// written about it) looks the same on every machine.
const DEMO_SEED = 'sourcewise-demo-v1';

/** How far luck moves a student's grip on a question: enough to vary, not to swamp ability. */
const LUCK = 0.3;
const ENOUGH = 0.5;

/**
 * How one demo student answers in one attempt: right when ability × the question's easiness, give
 * or take some luck, is enough; otherwise a plausible slip, and a weaker student sometimes leaves
 * it blank. Stronger students do better on nearly every question, as in a real class, so the
 * statistics' discrimination comes out positive except where a question is made to look broken.
 * `attemptKey` names the attempt ("pact", "context-2"), so a second try differs from the first.
 */
export function demoAnswerer(
  student: { email: string; ability: number },
  attemptKey: string,
  courseId: string,
): (question: Question) => Response | null {
  const course = getCourse(courseId);
  const article = getCourseArticle(courseId);
  if (!course || !article) throw new Error(`The demo needs course ${courseId}, which is not installed`);
  return (question) => {
    const moduleIndex = course.moduleList.findIndex((m) => m.questions.some((q) => q.id === question.id));
    const owner = course.moduleList[moduleIndex];
    // Its place among its pool's questions, in content order: what an assignment of that pool lists.
    const position =
      owner?.questions.filter((q) => q.pool === question.pool).findIndex((q) => q.id === question.id) ?? 0;
    const random = seededRandom(DEMO_SEED, `${student.email}:${attemptKey}:${question.id}`);
    const [chance, pick, blank] = [random(), random(), random()];
    if (student.ability * easinessOf(moduleIndex, position) + (chance - 0.5) * LUCK >= ENOUGH)
      return rightResponse(question);
    if (student.ability < 0.6 && blank < 0.2) return null;
    return wrongResponse(question, article, owner?.terms.map((t) => t.term) ?? [], pick);
  };
}
