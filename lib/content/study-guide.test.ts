import { describe, expect, it, vi } from 'vitest';
vi.mock('server-only', () => ({}));
const { getFeaturedCourse } = await import('./course');
const { getStudyGuide } = await import('./study-guide');
const { sectionAnchor } = await import('./section-anchor');
const { weakestObjective } = await import('@/components/quiz/results-summary');

describe('where the results send a learner next', () => {
  const course = getFeaturedCourse();

  it('a module quiz points to the next module, the last one to none, the final test to none', () => {
    const [first, second] = course.moduleList;
    expect(getStudyGuide(course, first!.id).next).toEqual({ href: `/courses/${course.id}/${second!.id}`, title: second!.title });
    expect(getStudyGuide(course, course.moduleList.at(-1)!.id).next).toBeUndefined();
    expect(getStudyGuide(course, null).next).toBeUndefined();
  });

  it('every objective points to a section of its own module that cites what its questions rest on', () => {
    const guide = getStudyGuide(course, null);
    for (const mod of course.moduleList) {
      for (const objective of mod.objectives) {
        const link = guide.sections[objective.id]!;
        const [path, anchor] = link.href.split('#');
        expect(path).toBe(`/courses/${course.id}/${mod.id}`);
        const section = mod.lesson.sections.find((s) => sectionAnchor(s.heading) === anchor)!;
        expect(section, objective.id).toBeDefined();
        const cited = new Set(
          section.paragraphs.flat().flatMap((s) => ('evidence' in s ? s.evidence.map((e) => e.sentence) : [])),
        );
        const evidence = mod.questions.filter((q) => q.objective === objective.id).flatMap((q) => q.evidence);
        expect(evidence.some((e) => cited.has(e.sentence)), `${objective.id} → ${section.heading}`).toBe(true);
      }
    }
  });

  it('section anchors are distinct within a lesson', () => {
    for (const mod of course.moduleList) {
      const anchors = mod.lesson.sections.map((s) => sectionAnchor(s.heading));
      expect(new Set(anchors).size, mod.id).toBe(anchors.length);
    }
  });

  it('the weakest objective is the lowest share of its points, and none when all were right', () => {
    const o = (objectiveId: string, score: number, max: number) => ({ objectiveId, text: objectiveId, score, max });
    expect(weakestObjective([o('a', 2, 3), o('b', 1, 4), o('c', 0, 0)])?.objectiveId).toBe('b');
    expect(weakestObjective([o('a', 3, 3), o('b', 4, 4)])).toBeUndefined();
  });
});
