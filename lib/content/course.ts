import 'server-only';
import { cache } from 'react';
import { listCourseIds, readCourse } from './read';
import type { Article, Course, Module, Question } from './schema';

// The course as the app serves it. Content is read and checked once per process; invalid content
// stops the build with the checker's own messages rather than serving a half-grounded course.

type LoadedCourse = { course: Course; article: Article };

const loaded = new Map<string, LoadedCourse>();

function loadCourse(courseId: string): LoadedCourse | undefined {
  const hit = loaded.get(courseId);
  if (hit) return hit;
  if (!listCourseIds().includes(courseId)) return undefined;
  const result = readCourse(courseId);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.file}: ${p.item}: ${p.message}`).join('\n');
    throw new Error(`Course "${courseId}" has invalid content (run npm run content:check):\n${lines}`);
  }
  const value = { course: result.course, article: result.article };
  loaded.set(courseId, value);
  return value;
}

export const listCourses = cache((): Course[] =>
  listCourseIds().flatMap((id) => {
    const value = loadCourse(id);
    return value ? [value.course] : [];
  }),
);

export const getCourse = cache((courseId: string): Course | undefined => loadCourse(courseId)?.course);

/** The course the home page presents; the first by id until there are several to choose from. */
export function getFeaturedCourse(): Course {
  const course = listCourses()[0];
  if (!course) throw new Error('No course found under content/courses/');
  return course;
}

export const getModule = cache((courseId: string, moduleId: string): { course: Course; module: Module; index: number } | undefined => {
  const course = getCourse(courseId);
  const index = course?.moduleList.findIndex((m) => m.id === moduleId) ?? -1;
  const found = course?.moduleList[index];
  return course && found ? { course, module: found, index } : undefined;
});

export const getArticle = cache((articleId: string): { article: Article; courses: Course[] } | undefined => {
  const courses = listCourses().filter((c) => c.article === articleId);
  const first = courses[0];
  if (!first) return undefined;
  const value = loadCourse(first.id);
  return value ? { article: value.article, courses } : undefined;
});

export type QuestionEntry = { question: Question; moduleId: string };

const questionIndexes = new Map<string, Map<string, QuestionEntry>>();

/** Every question of a course by id, with the module it belongs to. */
export function getQuestionIndex(courseId: string): Map<string, QuestionEntry> | undefined {
  const hit = questionIndexes.get(courseId);
  if (hit) return hit;
  const course = getCourse(courseId);
  if (!course) return undefined;
  const index = new Map(course.moduleList.flatMap((m) => m.questions.map((q) => [q.id, { question: q, moduleId: m.id }] as const)));
  questionIndexes.set(courseId, index);
  return index;
}

/** The article a course is built from. */
export function getCourseArticle(courseId: string): Article | undefined {
  return loadCourse(courseId)?.article;
}
