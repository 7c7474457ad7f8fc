import type { z } from 'zod';
import {
  ArticleSchema,
  CourseSchema,
  ModuleSchema,
  type Article,
  type Course,
  type Evidence,
  type Module,
  type Question,
} from './schema';
import { normalizeFreeText } from '../grading/normalize';
import { quoteAppearsIn } from './quotes';

export type ContentProblem = { file: string; item: string; message: string };

/** A course as it sits on disk: each file's parsed JSON (or undefined when it could not be read). */
export type CourseFiles = {
  course: { file: string; raw: unknown };
  article: { file: string; raw: unknown; text: string | undefined };
  modules: { file: string; raw: unknown }[];
};

export type CheckResult =
  | { ok: true; course: Course; article: Article; problems: [] }
  | { ok: false; problems: ContentProblem[] };

/** Validates a whole course: shapes first, then every cross-reference and quote. */
export function checkCourse(files: CourseFiles): CheckResult {
  const problems: ContentProblem[] = [];
  const report = (file: string, item: string, message: string) => problems.push({ file, item, message });

  const course = parseFile(CourseSchema, files.course.file, files.course.raw, report);
  const article = parseFile(ArticleSchema, files.article.file, files.article.raw, report);
  const modules = files.modules.map((m) => ({ file: m.file, data: parseFile(ModuleSchema, m.file, m.raw, report) }));
  if (!course || !article) return { ok: false, problems };

  const sentences = checkArticle(article, files.article.file, files.article.text, report);
  if (course.article !== article.id) {
    report(files.course.file, 'article', `names article "${course.article}" but was given "${article.id}"`);
  }
  // Modules that parsed are checked even when a sibling did not, so one broken file hides nothing
  // else; whole-course rules (every sentence is evidence somewhere) need every module.
  const parsed = modules.filter((m): m is { file: string; data: Module } => m.data !== undefined);
  checkModules(parsed, files.article.file, sentences, report, parsed.length === modules.length);

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, course: { ...course, moduleList: modules.map((m) => m.data as Module) }, article, problems: [] };
}

type Report = (file: string, item: string, message: string) => void;

function parseFile<T>(schema: z.ZodType<T>, file: string, raw: unknown, report: Report): T | undefined {
  if (raw === undefined) {
    report(file, 'file', 'is missing or is not valid JSON');
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    report(file, describeItem(raw, issue.path), `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  }
  return undefined;
}

/** Names the question, objective or lesson part a schema issue sits in, by id where it has one. */
function describeItem(raw: unknown, path: PropertyKey[]): string {
  const [head, index] = path;
  if (typeof head === 'string' && typeof index === 'number' && raw && typeof raw === 'object') {
    const list = (raw as Record<string, unknown>)[head];
    const entry = Array.isArray(list) ? list[index] : undefined;
    const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
    const kind = head.replace(/s$/, '');
    return typeof id === 'string' ? `${kind} ${id}` : `${kind} #${index + 1}`;
  }
  return typeof head === 'string' ? head : 'file';
}

function checkArticle(article: Article, file: string, text: string | undefined, report: Report) {
  const sentences = new Map<string, { text: string; paragraph: string }>();
  const paragraphIds = new Set<string>();
  for (const paragraph of article.paragraphs) {
    if (paragraphIds.has(paragraph.id)) report(file, `paragraph ${paragraph.id}`, 'duplicate paragraph id');
    paragraphIds.add(paragraph.id);
    for (const sentence of paragraph.sentences) {
      if (sentences.has(sentence.id)) report(file, `sentence ${sentence.id}`, 'duplicate sentence id');
      if (!sentence.id.startsWith(`${paragraph.id}s`)) {
        report(file, `sentence ${sentence.id}`, `sits in paragraph ${paragraph.id}; its id must start with ${paragraph.id}s`);
      }
      sentences.set(sentence.id, { text: sentence.text, paragraph: paragraph.id });
    }
  }
  if (text === undefined) {
    report(file, 'source', `source file ${article.source} is missing`);
  } else {
    const rebuilt = article.paragraphs.map((p) => p.sentences.map((s) => s.text).join(' ')).join('\n');
    const original = text.replace(/\r\n/g, '\n').split('\n').filter((line) => line.trim()).join('\n').trim();
    if (rebuilt !== original) {
      report(file, 'paragraphs', `the sentences do not reproduce ${article.source} exactly (first difference at character ${firstDifference(rebuilt, original)})`);
    }
  }
  return sentences;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

type Sentences = Map<string, { text: string; paragraph: string }>;

function checkModules(
  modules: { file: string; data: Module }[],
  articleFile: string,
  sentences: Sentences,
  report: Report,
  isWholeCourse: boolean,
) {
  const seen = { module: new Map<string, string>(), objective: new Map<string, string>(), question: new Map<string, string>() };
  const claim = (kind: keyof typeof seen, id: string, file: string) => {
    const other = seen[kind].get(id);
    if (other !== undefined) report(file, `${kind} ${id}`, `duplicate ${kind} id (also in ${other})`);
    else seen[kind].set(id, file);
  };
  const cited = new Set<string>();

  for (const { file, data: module } of modules) {
    claim('module', module.id, file);
    module.objectives.forEach((o) => claim('objective', o.id, file));
    const objectiveIds = new Set(module.objectives.map((o) => o.id));
    const tested = new Set<string>();

    module.lesson.sections.forEach((section, s) =>
      section.paragraphs.forEach((paragraph, p) =>
        paragraph.forEach((sentence, n) => {
          if ('evidence' in sentence) {
            checkEvidence(sentence.evidence, sentences, file, `lesson section ${s + 1} paragraph ${p + 1} sentence ${n + 1}`, report);
          }
        }),
      ),
    );

    for (const question of module.questions) {
      const item = `question ${question.id}`;
      claim('question', question.id, file);
      if (!objectiveIds.has(question.objective)) {
        report(file, item, `objective "${question.objective}" is not one of this module's objectives`);
      }
      tested.add(question.objective);
      checkEvidence(question.evidence, sentences, file, item, report);
      question.evidence.forEach((e) => cited.add(e.sentence));
      for (const message of answerKeyProblems(question, sentences)) report(file, item, message);
      for (const message of revisionProblems(question)) report(file, item, message);
    }
    for (const objective of module.objectives) {
      if (!tested.has(objective.id)) report(file, `objective ${objective.id}`, 'no question tests this objective');
    }
  }

  if (!isWholeCourse) return;
  for (const id of sentences.keys()) {
    if (!cited.has(id)) report(articleFile, `sentence ${id}`, 'is not the evidence of any question');
  }
}

function checkEvidence(evidence: Evidence[], sentences: Sentences, file: string, item: string, report: Report) {
  for (const e of evidence) {
    const sentence = sentences.get(e.sentence);
    if (!sentence) report(file, item, `cites unknown sentence ${e.sentence}`);
    else if (!quoteAppearsIn(e.quote, sentence.text)) report(file, item, `misquote: "${e.quote}" is not in sentence ${e.sentence}`);
  }
}

/**
 * A question's history must explain every revision after the first, in order: a regrade shows
 * students the note of the revision it applies ("regraded because …").
 */
export function revisionProblems(question: Question): string[] {
  const noted = (question.history ?? []).map((h) => h.revision);
  const expected = Array.from({ length: question.revision - 1 }, (_, i) => i + 2);
  if (noted.length === expected.length && noted.every((r, i) => r === expected[i])) return [];
  return [`revision ${question.revision} needs one history note for each revision from 2 to ${question.revision}, in order (has ${noted.length ? noted.join(', ') : 'none'})`];
}

/** What is wrong with a question's answer key given its options; empty when it is sound. */
export function answerKeyProblems(question: Question, sentences: Sentences): string[] {
  const problems: string[] = [];
  const unique = (ids: string[], what: string) => {
    if (new Set(ids).size !== ids.length) problems.push(`duplicate ${what} ids`);
  };
  switch (question.type) {
    case 'single-choice': {
      const ids = question.options.map((o) => o.id);
      unique(ids, 'option');
      if (!ids.includes(question.answer)) problems.push(`answer "${question.answer}" is not one of the options`);
      break;
    }
    case 'multiple-select': {
      const ids = question.options.map((o) => o.id);
      unique(ids, 'option');
      unique(question.answer, 'answer');
      for (const a of question.answer) if (!ids.includes(a)) problems.push(`answer "${a}" is not one of the options`);
      if (question.answer.length === ids.length) problems.push('every option is correct; add a distractor');
      break;
    }
    case 'fill-blank': {
      const blanks = question.prompt.split('___').length - 1;
      if (blanks !== 1) problems.push(`the prompt must have exactly one blank "___" (has ${blanks})`);
      // Grading compares normalised text and a blank answer is always wrong: such a variant could never match.
      for (const variant of question.answer) if (normalizeFreeText(variant) === '') problems.push(`accepted answer "${variant}" is empty once normalised, so no answer can match it`);
      break;
    }
    case 'matching': {
      const left = question.options.left.map((o) => o.id);
      const right = question.options.right.map((o) => o.id);
      unique([...left, ...right], 'option');
      const keys = Object.keys(question.answer);
      for (const l of left) if (!keys.includes(l)) problems.push(`answer has no match for left option "${l}"`);
      for (const [l, r] of Object.entries(question.answer)) {
        if (!left.includes(l)) problems.push(`answer names unknown left option "${l}"`);
        if (!right.includes(r)) problems.push(`answer matches "${l}" to unknown right option "${r}"`);
      }
      unique(Object.values(question.answer), 'matched right option');
      break;
    }
    case 'ordering': {
      const ids = question.options.map((o) => o.id);
      unique(ids, 'option');
      const isPermutation = question.answer.length === ids.length && ids.every((id) => question.answer.includes(id));
      if (!isPermutation) problems.push('answer must list every option exactly once');
      break;
    }
    case 'find-evidence': {
      const sentence = sentences.get(question.answer);
      if (!sentence) problems.push(`answer cites unknown sentence ${question.answer}`);
      else if (sentence.paragraph !== question.paragraph) {
        problems.push(`answer ${question.answer} is not in paragraph ${question.paragraph}`);
      }
      if (!question.evidence.some((e) => e.sentence === question.answer)) {
        problems.push('evidence must include the answer sentence');
      }
      break;
    }
    case 'true-false':
    case 'who-says-so':
      break;
  }
  return problems;
}
