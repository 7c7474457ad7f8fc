import { WHO_SAYS_SO_CATEGORIES, type Article, type Course, type Evidence, type Lesson, type Question, type QuestionPool, type WhoSaysSoId } from './schema';

// The course as other tools read it (`npm run --silent content:export`). This shape is a contract,
// documented field by field in docs/content-export.md: change it only together with that document,
// and bump EXPORT_FORMAT when a change would break a reader. Every question carries `options`, in one
// shape per type, so a reader never has to know where a type keeps its choices.

export const EXPORT_FORMAT = 'sourcewise-course/1';

export type ExportedOption = { id: string; text: string };
export type ExportedSentence = { id: string; paragraph: string; text: string };

type QuestionBase = { id: string; prompt: string; explanation: string; evidence: Evidence[]; objective: string; pool: QuestionPool; revision: number };

export type ExportedQuestion =
  | (QuestionBase & { type: 'single-choice'; options: ExportedOption[]; answer: string })
  | (QuestionBase & { type: 'multiple-select'; options: ExportedOption[]; answer: string[] })
  | (QuestionBase & { type: 'true-false'; options: ExportedOption[]; answer: boolean })
  | (QuestionBase & { type: 'fill-blank'; options: []; answer: string[] })
  | (QuestionBase & { type: 'matching'; options: { left: ExportedOption[]; right: ExportedOption[] }; answer: Record<string, string> })
  | (QuestionBase & { type: 'ordering'; options: ExportedOption[]; answer: string[] })
  | (QuestionBase & { type: 'find-evidence'; options: ExportedOption[]; answer: string; paragraph: string })
  | (QuestionBase & { type: 'who-says-so'; options: ExportedOption[]; answer: WhoSaysSoId; alsoAccepted?: WhoSaysSoId[] });

export type ExportedModule = {
  id: string;
  title: string;
  summary: string;
  objectives: { id: string; text: string }[];
  terms: { term: string; definition: string }[];
  lesson: Lesson;
  questions: ExportedQuestion[];
};

export type ExportedCourse = {
  id: string;
  title: string;
  summary: string;
  audience: string;
  article: { id: string; language: string; sentences: ExportedSentence[] };
  modules: ExportedModule[];
};

export type ExportDocument = { format: typeof EXPORT_FORMAT; courses: ExportedCourse[] };

export const TRUE_FALSE_OPTIONS: readonly ExportedOption[] = [
  { id: 'true', text: 'True' },
  { id: 'false', text: 'False' },
];

/** A checked course and its article as the export presents them. Pure: the inputs are not changed. */
export function exportCourse(course: Course, article: Article): ExportedCourse {
  if (course.article !== article.id) {
    throw new Error(`course ${course.id} is built on article ${course.article}, not ${article.id}`);
  }
  const sentences: ExportedSentence[] = article.paragraphs.flatMap((p) =>
    p.sentences.map((s) => ({ id: s.id, paragraph: p.id, text: s.text })),
  );
  return {
    id: course.id,
    title: course.title,
    summary: course.summary,
    audience: course.audience,
    article: { id: article.id, language: article.language, sentences },
    modules: course.moduleList.map((m) => ({
      id: m.id,
      title: m.title,
      summary: m.summary,
      objectives: m.objectives.map((o) => ({ id: o.id, text: o.text })),
      terms: m.terms.map((t) => ({ term: t.term, definition: t.definition })),
      lesson: structuredClone(m.lesson),
      questions: m.questions.map((q) => exportQuestion(q, sentences)),
    })),
  };
}

/** The whole export document for a list of checked courses. */
export function exportDocument(courses: { course: Course; article: Article }[]): ExportDocument {
  return { format: EXPORT_FORMAT, courses: courses.map(({ course, article }) => exportCourse(course, article)) };
}

const copyOptions = (options: readonly ExportedOption[]): ExportedOption[] => options.map((o) => ({ id: o.id, text: o.text }));

function exportQuestion(q: Question, sentences: ExportedSentence[]): ExportedQuestion {
  // Keys come in the documented order: id, type, prompt, options, answer, explanation, evidence,
  // objective, pool, revision, then paragraph for find-evidence and alsoAccepted for who-says-so
  // (pool, revision and alsoAccepted were added in the same format: readers that ignore them lose nothing).
  const { id, prompt } = q;
  const rest = {
    explanation: q.explanation,
    evidence: q.evidence.map((e) => ({ sentence: e.sentence, quote: e.quote })),
    objective: q.objective,
    pool: q.pool,
    revision: q.revision,
  };
  switch (q.type) {
    case 'single-choice':
      return { id, type: q.type, prompt, options: copyOptions(q.options), answer: q.answer, ...rest };
    case 'multiple-select':
      return { id, type: q.type, prompt, options: copyOptions(q.options), answer: [...q.answer], ...rest };
    case 'ordering':
      return { id, type: q.type, prompt, options: copyOptions(q.options), answer: [...q.answer], ...rest };
    case 'true-false':
      return { id, type: q.type, prompt, options: copyOptions(TRUE_FALSE_OPTIONS), answer: q.answer, ...rest };
    case 'fill-blank':
      return { id, type: q.type, prompt, options: [], answer: [...q.answer], ...rest };
    case 'matching':
      return {
        id,
        type: q.type,
        prompt,
        options: { left: copyOptions(q.options.left), right: copyOptions(q.options.right) },
        answer: { ...q.answer },
        ...rest,
      };
    case 'find-evidence':
      return {
        id,
        type: q.type,
        prompt,
        options: sentences.filter((s) => s.paragraph === q.paragraph).map((s) => ({ id: s.id, text: s.text })),
        answer: q.answer,
        ...rest,
        paragraph: q.paragraph,
      };
    case 'who-says-so':
      return {
        id,
        type: q.type,
        prompt,
        options: copyOptions(WHO_SAYS_SO_CATEGORIES),
        answer: q.answer,
        ...rest,
        ...(q.alsoAccepted ? { alsoAccepted: [...q.alsoAccepted] } : {}),
      };
  }
}
