import { readFileSync } from 'node:fs';
import path from 'node:path';

// The shipped course, read straight from content/ so the tests follow the data, not a copy of it.

type Evidence = { sentence: string; quote: string };
type LessonSentence = { text: string; evidence?: Evidence[]; kind?: string };
export type Question = {
  id: string;
  type: string;
  prompt: string;
  explanation: string;
  evidence: Evidence[];
  objective: string;
  pool: 'practice' | 'assessment' | 'retired';
  alsoAccepted?: string[];
  paragraph?: string;
  options?:
    { id: string; text: string }[] | { left: { id: string; text: string }[]; right: { id: string; text: string }[] };
  answer: string | string[] | boolean | Record<string, string>;
};
type Module = {
  id: string;
  questions: Question[];
  title: string;
  objectives: { id: string; text: string }[];
  terms: { term: string }[];
  lesson: { title: string; sections: { heading: string; paragraphs: LessonSentence[][] }[] };
};

const root = path.join(process.cwd(), 'content');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;

export const course = readJson<{ id: string; title: string; article: string; modules: string[] }>(
  'courses/nk-russia-pact/course.json',
);
export const modules = course.modules.map((file) => readJson<Module>(`courses/${course.id}/${file}`));
export const article = readJson<{ paragraphs: { id: string; sentences: { id: string; text: string }[] }[] }>(
  `articles/${course.article}/article.json`,
);
export const sentences = article.paragraphs.flatMap((p) => p.sentences);

const citedIn = (sentence: LessonSentence | undefined) => new Set((sentence?.evidence ?? []).map((e) => e.sentence));

/**
 * The citation marks a paragraph should show: one per distinct sentence a claim cites, except that
 * claims in a row citing the same sentence share one mark (after the last of them).
 */
export function paragraphCitationCount(paragraph: LessonSentence[]): number {
  return paragraph.reduce(
    (n, sentence, i) => n + [...citedIn(sentence)].filter((id) => !citedIn(paragraph[i + 1]).has(id)).length,
    0,
  );
}

/** The citation marks a lesson should show (paragraphCitationCount over its paragraphs). */
export function citationCount(module: Module): number {
  return module.lesson.sections.flatMap((s) => s.paragraphs).reduce((n, p) => n + paragraphCitationCount(p), 0);
}

/** The paragraph whose claims cite one sentence most often in a row, before merging and after. */
export function mostRepeatedCitations(): { module: Module; paragraph: LessonSentence[]; unmerged: number } {
  const all = modules.flatMap((module) =>
    module.lesson.sections.flatMap((s) =>
      s.paragraphs.map((paragraph) => ({
        module,
        paragraph,
        unmerged: paragraph.reduce((n, sentence) => n + citedIn(sentence).size, 0),
      })),
    ),
  );
  return all.sort(
    (a, b) => b.unmerged - paragraphCitationCount(b.paragraph) - (a.unmerged - paragraphCitationCount(a.paragraph)),
  )[0]!;
}

/** A module's practice questions: what self-study practice and quizzes hold (all of them). */
export const practiceOf = (m: { questions: Question[] }) => m.questions.filter((q) => q.pool === 'practice');

/** The who-says-so categories as the quiz shows them (lib/content/schema.ts WHO_SAYS_SO_CATEGORIES). */
export const WHO_SAYS_SO_TEXT: Record<string, string> = {
  pact: 'What the pact provides (as reported)',
  claim: 'What a leader, KCNA or a government claims',
  analysis: 'What analysts think',
  writer: "The article's own judgment",
};

/** A category the question does not accept. */
export const wrongCategory = (q: Question) =>
  Object.keys(WHO_SAYS_SO_TEXT).find((id) => id !== q.answer && !(q.alsoAccepted ?? []).includes(id))!;
