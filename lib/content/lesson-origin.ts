import type { Course } from './schema';
import { sectionAnchor } from './section-anchor';

// Where a reader came to the article from: a lesson section, carried in the article's address as
// ?from=<courseId>/<moduleId>/<section anchor>. The article page only ever shows a way back that is
// in this table, built from the real courses, so an address cannot make it link anywhere else.

export type LessonOrigin = { href: string; title: string };

/** The `from` value for a lesson section (or the lesson's top, without a section). */
export function lessonOriginKey(courseId: string, moduleId: string, sectionHeading?: string): string {
  return [courseId, moduleId, ...(sectionHeading ? [sectionAnchor(sectionHeading)] : [])].join('/');
}

/** Every lesson and lesson section of these courses, by its `from` value. */
export function lessonOrigins(courses: Course[]): Record<string, LessonOrigin> {
  const origins: Record<string, LessonOrigin> = {};
  for (const course of courses) {
    for (const mod of course.moduleList) {
      const lesson = `/courses/${course.id}/${mod.id}`;
      const title = mod.lesson.title;
      origins[lessonOriginKey(course.id, mod.id)] = { href: lesson, title };
      for (const section of mod.lesson.sections) {
        origins[lessonOriginKey(course.id, mod.id, section.heading)] = {
          href: `${lesson}#${sectionAnchor(section.heading)}`,
          title,
        };
      }
    }
  }
  return origins;
}

/** The lesson a `from` value names, or undefined for anything that is not one of them. */
export function lessonOriginFor(
  origins: Record<string, LessonOrigin>,
  from: string | null | undefined,
): LessonOrigin | undefined {
  if (!from || !Object.hasOwn(origins, from)) return undefined;
  return origins[from];
}
