import 'server-only';
import type { Kysely } from 'kysely';
import { buildFeedback } from '@/lib/attempts/feedback';
import type { FeedbackView } from '@/lib/attempts/views';
import type { QuestionType } from '@/lib/content/schema';
import type { Database } from '@/lib/db/schema';
import { verdictOf } from '@/lib/grading';
import { requireCourseContent } from './course-content';
import { listLatestVisibleAnswers, type VisibleAnswer } from './visible-answers';

// "Review my mistakes": every question whose most recent visible answer fell short of full marks,
// i.e. missed and not answered right since. The answer, explanation and evidence go with each one
// whose key the learner may already see (lib/assignments/disclosure.ts); a mistake in assigned
// work whose review policy still holds the correct answers back is listed without them, and is
// not practiced, since checking it in a review would hand the key out.

const isMistake = (answer: VisibleAnswer | undefined): answer is VisibleAnswer =>
  answer !== undefined && answer.score < 1;

export type Mistake = {
  questionId: string;
  type: QuestionType;
  prompt: string;
  moduleId: string;
  moduleTitle: string;
  /** The latest visible score, 0 ≤ score < 1. */
  score: number;
  answeredAt: string;
  /** The answer, explanation and evidence; absent while the review policy holds them back. */
  feedback?: FeedbackView;
  /** While held back: when the review policy shows more (the due date), or null for never. */
  heldBackUntil?: string | null;
};

/** The mistakes in course order (module by module, question by question). */
export async function listMistakes(
  db: Kysely<Database>,
  ownerId: string,
  courseId: string,
  now = new Date(),
): Promise<Mistake[]> {
  const { course, article } = requireCourseContent(courseId);
  const latest = await listLatestVisibleAnswers(db, ownerId, courseId, now);
  return course.moduleList.flatMap((module) =>
    module.questions.flatMap((question) => {
      const answer = latest.get(question.id);
      if (!isMistake(answer)) return [];
      const grade = { score: answer.score, verdict: verdictOf({ score: answer.score, isCorrect: false }) };
      return [
        {
          questionId: question.id,
          type: question.type,
          prompt: question.prompt,
          moduleId: module.id,
          moduleTitle: module.title,
          score: answer.score,
          answeredAt: answer.answeredAt,
          ...(answer.isKeyShown
            ? { feedback: buildFeedback(question, article, grade) }
            : { heldBackUntil: answer.moreAt }),
        },
      ];
    }),
  );
}

/** The mistakes whose keys are shown, in course order: what a review attempt holds. */
export async function listMistakeIds(
  db: Kysely<Database>,
  ownerId: string,
  courseId: string,
  now = new Date(),
): Promise<string[]> {
  const { course } = requireCourseContent(courseId);
  const latest = await listLatestVisibleAnswers(db, ownerId, courseId, now);
  const isPractisable = (answer: VisibleAnswer | undefined) => isMistake(answer) && answer.isKeyShown;
  return course.moduleList.flatMap((m) => m.questions.filter((q) => isPractisable(latest.get(q.id))).map((q) => q.id));
}
