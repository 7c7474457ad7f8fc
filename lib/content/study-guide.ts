import 'server-only';
import type { Course, Lesson } from './schema';
import { sectionAnchor } from './section-anchor';

// Where a learner goes after a quiz: the next module, and for each learning objective the lesson
// section that teaches it. Sections are not tagged with objectives in the content; the section
// that cites most of the article sentences the objective's questions rest on is the one that
// teaches it. Only headings and links leave here, never a question or its evidence.

export type StudyLink = { href: string; title: string };
export type StudyGuide = { next?: StudyLink; sections: Record<string, StudyLink> };

function citedSentences(section: Lesson['sections'][number]): Set<string> {
  const cited = new Set<string>();
  for (const paragraph of section.paragraphs)
    for (const sentence of paragraph) if ('evidence' in sentence) for (const e of sentence.evidence) cited.add(e.sentence);
  return cited;
}

export function getStudyGuide(course: Course, moduleId: string | null): StudyGuide {
  const modules = course.moduleList;
  const index = moduleId ? modules.findIndex((m) => m.id === moduleId) : -1;
  const following = index >= 0 ? modules[index + 1] : undefined;
  const sections: Record<string, StudyLink> = {};
  for (const mod of modules) {
    const lessonSections = mod.lesson.sections.map((s) => ({ heading: s.heading, cited: citedSentences(s) }));
    for (const objective of mod.objectives) {
      const evidence = mod.questions.filter((q) => q.objective === objective.id).flatMap((q) => q.evidence);
      const overlap = (cited: Set<string>) => evidence.filter((e) => cited.has(e.sentence)).length;
      const best = lessonSections.reduce((a, b) => (overlap(b.cited) > overlap(a.cited) ? b : a));
      sections[objective.id] = {
        href: `/courses/${course.id}/${mod.id}#${sectionAnchor(best.heading)}`,
        title: modules.length > 1 && mod.id !== moduleId ? `${mod.title}: ${best.heading}` : best.heading,
      };
    }
  }
  return {
    next: following ? { href: `/courses/${course.id}/${following.id}`, title: following.title } : undefined,
    sections,
  };
}
