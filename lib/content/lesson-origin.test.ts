import { describe, expect, it, vi } from 'vitest';
vi.mock('server-only', () => ({}));
const { getFeaturedCourse } = await import('./course');
const { lessonOriginFor, lessonOriginKey, lessonOrigins } = await import('./lesson-origin');
const { sectionAnchor } = await import('./section-anchor');

describe('the way back from the article to a lesson', () => {
  const course = getFeaturedCourse();
  const origins = lessonOrigins([course]);
  const mod = course.moduleList[0]!;
  const section = mod.lesson.sections[0]!;

  it('names each lesson section of the course, linking to that section', () => {
    const key = lessonOriginKey(course.id, mod.id, section.heading);
    expect(key).toBe(`${course.id}/${mod.id}/${sectionAnchor(section.heading)}`);
    expect(lessonOriginFor(origins, key)).toEqual({
      href: `/courses/${course.id}/${mod.id}#${sectionAnchor(section.heading)}`,
      title: mod.lesson.title,
    });
    expect(lessonOriginFor(origins, `${course.id}/${mod.id}`)?.href).toBe(`/courses/${course.id}/${mod.id}`);
  });

  it('ignores anything that is not one of them', () => {
    for (const from of [
      null,
      '',
      'https://evil.example/',
      '//evil.example',
      `${course.id}/no-such-module`,
      `${course.id}/${mod.id}/section-no-such-heading`,
      'constructor',
      '__proto__',
      `${course.id}/${mod.id}/../../x`,
    ])
      expect(lessonOriginFor(origins, from), String(from)).toBeUndefined();
  });
});
