import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { requireCourseContent } from './course-content';
import { computeMastery, type ObjectiveMastery } from './mastery';
import { listTries } from './tries';
import { listVisibleAnswers } from './visible-answers';

export type ObjectiveMasteryView = ObjectiveMastery & { text: string };

export type ModuleMasteryView = { moduleId: string; title: string; objectives: ObjectiveMasteryView[] };

/** Every objective of the course, module by module, with the learner's level on it. */
export async function getMastery(
  db: Kysely<Database>,
  ownerId: string,
  courseId: string,
  now = new Date(),
): Promise<ModuleMasteryView[]> {
  const { course } = requireCourseContent(courseId);
  const answers = await listVisibleAnswers(db, ownerId, courseId, now);
  const answered = new Set(answers.map((a) => a.questionId));
  const tries = listTries(answers);
  return course.moduleList.map((module) => {
    const objectives = module.objectives.map((o) => ({
      objectiveId: o.id,
      // What self-study draws (the practice pool), and any other question whose result this
      // learner has seen (assigned work): never a question they could not have been asked.
      questionIds: module.questions
        .filter((q) => q.objective === o.id && (q.pool === 'practice' || answered.has(q.id)))
        .map((q) => q.id),
    }));
    const text = new Map(module.objectives.map((o) => [o.id, o.text]));
    return {
      moduleId: module.id,
      title: module.title,
      objectives: computeMastery(objectives, tries).map((m) => ({
        ...m,
        text: text.get(m.objectiveId) ?? m.objectiveId,
      })),
    };
  });
}
