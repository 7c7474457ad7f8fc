import 'server-only';
import { AttemptError } from '@/lib/attempts/errors';
import { getCourse, getCourseArticle, getQuestionIndex, type QuestionEntry } from '@/lib/content/course';
import type { Article, Course } from '@/lib/content/schema';

// Progress reuses AttemptError so route handlers answer a 404 through handleRoute like the rest of
// the learner API, without a second error class to map.

export type CourseContent = { course: Course; article: Article; questions: Map<string, QuestionEntry> };

export const courseNotFound = (courseId: string) => new AttemptError('not_found', `There is no course "${courseId}".`);

/** The course with its article and question index, or a 404 AttemptError. */
export function requireCourseContent(courseId: string): CourseContent {
  const course = getCourse(courseId);
  const article = getCourseArticle(courseId);
  const questions = getQuestionIndex(courseId);
  if (!course || !article || !questions) throw courseNotFound(courseId);
  return { course, article, questions };
}
