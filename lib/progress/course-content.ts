import 'server-only';
import { AppError } from '@/lib/errors';
import { getCourse, getCourseArticle, getQuestionIndex, type QuestionEntry } from '@/lib/content/course';
import type { Article, Course } from '@/lib/content/schema';

export type CourseContent = { course: Course; article: Article; questions: Map<string, QuestionEntry> };

export const courseNotFound = (courseId: string) => new AppError('not_found', `There is no course "${courseId}".`);

/** The course with its article and question index, or a not_found AppError. */
export function requireCourseContent(courseId: string): CourseContent {
  const course = getCourse(courseId);
  const article = getCourseArticle(courseId);
  const questions = getQuestionIndex(courseId);
  if (!course || !article || !questions) throw courseNotFound(courseId);
  return { course, article, questions };
}
