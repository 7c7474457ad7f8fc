import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCourse } from './check';
import { EXPORT_FORMAT, exportCourse, exportDocument, type ExportedCourse, type ExportedQuestion } from './export';
import { listCourseIds, readCourse } from './read';
import { WHO_SAYS_SO_CATEGORIES, type Article, type Course } from './schema';
import { fixtureCourse, partsOf } from '@/scripts/testing/content/fixture';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = path.join(ROOT, 'scripts', 'content-export.ts');

function checkedFixture(): { course: Course; article: Article } {
  const result = checkCourse(fixtureCourse());
  if (!result.ok) throw new Error(`fixture is invalid: ${JSON.stringify(result.problems)}`);
  return { course: result.course, article: result.article };
}

function exportedFixture(): ExportedCourse {
  const { course, article } = checkedFixture();
  return exportCourse(course, article);
}

function question<T extends ExportedQuestion['type']>(exported: ExportedCourse, id: string, type: T) {
  const found = exported.modules.flatMap((m) => m.questions).find((q) => q.id === id);
  if (!found || found.type !== type) throw new Error(`no exported ${type} question ${id}`);
  return found as Extract<ExportedQuestion, { type: T }>;
}

describe('exportCourse', () => {
  it('copies the course fields and lists the article as sentences with their paragraph', () => {
    const exported = exportedFixture();
    expect(Object.keys(exported)).toEqual(['id', 'title', 'summary', 'audience', 'article', 'modules']);
    expect(exported).toMatchObject({
      id: 'riverside-accord',
      title: 'The Riverside Accord',
      summary: 'What two towns agreed about water, and what people say about it.',
      audience: 'Anyone learning to read local news carefully.',
    });
    expect(Object.keys(exported.article)).toEqual(['id', 'language', 'sentences']);
    expect(exported.article.id).toBe('riverside-accord');
    expect(exported.article.language).toBe('en');
    expect(exported.article.sentences.map((s) => [s.id, s.paragraph])).toEqual([
      ['p1s1', 'p1'],
      ['p1s2', 'p1'],
      ['p1s3', 'p1'],
      ['p2s1', 'p2'],
      ['p2s2', 'p2'],
    ]);
    expect(exported.article.sentences[2]).toEqual({
      id: 'p1s3',
      paragraph: 'p1',
      text: 'The mayor of Alden said the accord “ends a century of quarrels.”',
    });
  });

  it('exports each module with its objectives, terms, lesson as stored and questions', () => {
    const { course } = checkedFixture();
    const [module] = exportedFixture().modules;
    const stored = course.moduleList[0]!;
    expect(Object.keys(module!)).toEqual(['id', 'title', 'summary', 'objectives', 'terms', 'lesson', 'questions']);
    expect(module!.id).toBe('accord');
    expect(module!.objectives).toEqual(stored.objectives);
    expect(module!.terms).toEqual(stored.terms);
    expect(module!.lesson).toEqual(stored.lesson);
    expect(module!.questions.map((q) => q.id)).toEqual(stored.questions.map((q) => q.id));
  });

  it('gives every question the same keys in the documented order', () => {
    for (const q of exportedFixture().modules.flatMap((m) => m.questions)) {
      const keys = ['id', 'type', 'prompt', 'options', 'answer', 'explanation', 'evidence', 'objective', 'pool', 'revision'];
      expect(Object.keys(q), `keys of ${q.id}`).toEqual(q.type === 'find-evidence' ? [...keys, 'paragraph'] : keys);
    }
  });

  it('keeps stored options for single-choice, multiple-select and ordering', () => {
    const exported = exportedFixture();
    const single = question(exported, 'q1', 'single-choice');
    expect(single.options.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(single.answer).toBe('a');
    const multiple = question(exported, 'q2', 'multiple-select');
    expect(multiple.options.map((o) => o.id)).toEqual(['water', 'committee', 'merge']);
    expect(multiple.answer).toEqual(['water', 'committee']);
    const ordering = question(exported, 'q6', 'ordering');
    expect(ordering.options).toEqual([
      { id: 'a', text: 'The mayor’s remark' },
      { id: 'b', text: 'Sharing water' },
      { id: 'c', text: 'The joint committee' },
    ]);
    expect(ordering.answer).toEqual(['b', 'c', 'a']);
  });

  it('gives true-false the options true and false and keeps a boolean answer', () => {
    const q = question(exportedFixture(), 'q3', 'true-false');
    expect(q.options).toEqual([
      { id: 'true', text: 'True' },
      { id: 'false', text: 'False' },
    ]);
    expect(q.answer).toBe(true);
  });

  it('gives fill-blank no options and the accepted answers, canonical first', () => {
    const q = question(exportedFixture(), 'q4', 'fill-blank');
    expect(q.options).toEqual([]);
    expect(q.answer).toEqual(['twice', 'two times']);
    expect(q.prompt).toContain('___');
  });

  it('gives matching its left and right columns and the left → right answer', () => {
    const q = question(exportedFixture(), 'q5', 'matching');
    expect(q.options.left.map((o) => o.id)).toEqual(['mayor', 'analysts']);
    expect(q.options.right.map((o) => o.id)).toEqual(['quarrels', 'budget', 'favours']);
    expect(q.answer).toEqual({ mayor: 'quarrels', analysts: 'budget' });
  });

  it('gives find-evidence the sentences of its paragraph as options, and keeps the paragraph', () => {
    const q = question(exportedFixture(), 'q7', 'find-evidence');
    expect(q.paragraph).toBe('p2');
    expect(q.options).toEqual([
      { id: 'p2s1', text: 'Analysts at the Valley Institute think the committee will struggle without a budget.' },
      { id: 'p2s2', text: 'Critics in Brook claim the accord favours Alden.' },
    ]);
    expect(q.answer).toBe('p2s2');
  });

  it('gives who-says-so the four categories', () => {
    const q = question(exportedFixture(), 'q8', 'who-says-so');
    expect(q.options).toEqual(WHO_SAYS_SO_CATEGORIES.map((c) => ({ id: c.id, text: c.text })));
    expect(q.options.map((o) => o.id)).toEqual(['pact', 'claim', 'analysis', 'writer']);
    expect(q.answer).toBe('analysis');
  });

  it('keeps explanation, evidence and objective as stored', () => {
    const { course } = checkedFixture();
    const stored = course.moduleList[0]!.questions;
    const exported = exportedFixture().modules[0]!.questions;
    stored.forEach((s, i) => {
      expect(exported[i]).toMatchObject({ id: s.id, type: s.type, prompt: s.prompt, explanation: s.explanation, evidence: s.evidence, objective: s.objective });
    });
  });

  it('is pure: the input is not changed and the output shares nothing with it', () => {
    const { course, article } = checkedFixture();
    const before = structuredClone({ course, article });
    const exported = exportCourse(course, article);
    expect({ course, article }).toEqual(before);
    exported.modules[0]!.lesson.title = 'changed';
    exported.modules[0]!.objectives[0]!.text = 'changed';
    question(exported, 'q2', 'multiple-select').answer.push('merge');
    question(exported, 'q5', 'matching').answer.mayor = 'favours';
    question(exported, 'q1', 'single-choice').evidence[0]!.quote = 'changed';
    question(exported, 'q8', 'who-says-so').options[0]!.text = 'changed';
    question(exported, 'q3', 'true-false').options[0]!.text = 'changed';
    expect({ course, article }).toEqual(before);
    expect(WHO_SAYS_SO_CATEGORIES[0].text).toBe('What the pact provides (as reported)');
    expect(question(exportCourse(course, article), 'q3', 'true-false').options[0]!.text).toBe('True');
  });

  it('survives a JSON round trip unchanged', () => {
    const exported = exportedFixture();
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });

  it('refuses an article the course is not built on', () => {
    const { course, article } = checkedFixture();
    expect(() => exportCourse(course, { ...article, id: 'another-story' })).toThrow(/article riverside-accord, not another-story/);
  });

  it('wraps courses in a document with the format name', () => {
    const doc = exportDocument([checkedFixture()]);
    expect(EXPORT_FORMAT).toBe('sourcewise-course/1');
    expect(Object.keys(doc)).toEqual(['format', 'courses']);
    expect(doc.format).toBe('sourcewise-course/1');
    expect(doc.courses).toHaveLength(1);
    expect(exportDocument([]).courses).toEqual([]);
  });
});

describe('docs/content-export.md', () => {
  it('shows, for each question type, exactly what the export makes of the fixture', () => {
    const doc = readFileSync(path.join(ROOT, 'docs', 'content-export.md'), 'utf8');
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]!) as unknown);
    const examples = blocks.filter((b): b is ExportedQuestion => typeof b === 'object' && b !== null && 'type' in b);
    const exported = exportedFixture().modules.flatMap((m) => m.questions);
    expect(examples.map((q) => q.type).sort()).toEqual(exported.map((q) => q.type).sort());
    for (const example of examples) {
      const actual = exported.find((q) => q.id === example.id);
      expect(example, `example ${example.id}`).toEqual(actual);
      expect(Object.keys(example), `key order of example ${example.id}`).toEqual(Object.keys(actual!));
    }
  });

  it('shows a whole document whose keys are the exported ones', () => {
    const doc = readFileSync(path.join(ROOT, 'docs', 'content-export.md'), 'utf8');
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]!) as unknown);
    const whole = blocks.find((b): b is { format: string; courses: ExportedCourse[] } => typeof b === 'object' && b !== null && 'format' in b);
    const actual = exportDocument([checkedFixture()]);
    expect(whole?.format).toBe(actual.format);
    const course = whole!.courses[0]!;
    const real = actual.courses[0]!;
    expect(Object.keys(course)).toEqual(Object.keys(real));
    expect(Object.keys(course.article)).toEqual(Object.keys(real.article));
    expect(Object.keys(course.article.sentences[0]!)).toEqual(Object.keys(real.article.sentences[0]!));
    expect(Object.keys(course.modules[0]!)).toEqual(Object.keys(real.modules[0]!));
  });
});

describe('scripts/content-export.ts', () => {
  it('prints the shipped courses as one JSON document and nothing else', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-export.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('{')).toBe(true);
    expect(run.stdout.endsWith('}\n')).toBe(true);
    const doc = JSON.parse(run.stdout) as { format: string; courses: ExportedCourse[] };
    expect(doc.format).toBe('sourcewise-course/1');
    expect(doc.courses.map((c) => c.id)).toEqual(listCourseIds());
    const pact = doc.courses.find((c) => c.id === 'nk-russia-pact');
    expect(pact?.article.sentences).toHaveLength(20);
    for (const q of doc.courses.flatMap((c) => c.modules.flatMap((m) => m.questions))) {
      expect(q.options, `options of ${q.id}`).toBeDefined();
    }
    // The printed document is exactly what exportDocument makes of the checked content.
    const checked = listCourseIds().map((id) => {
      const result = readCourse(id);
      if (!result.ok) throw new Error(`course ${id} is invalid`);
      return { course: result.course, article: result.article };
    });
    expect(doc).toEqual(exportDocument(checked));
  });

  it('prints nothing on stdout and exits 1 with the problems on stderr when content is invalid', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sourcewise-export-'));
    try {
      const files = fixtureCourse();
      const { course, article, modules } = partsOf(files);
      const q1 = modules[0]!.questions[0]!;
      if (q1.type !== 'single-choice') throw new Error('fixture: q1 should be single-choice');
      q1.answer = 'z';
      const write = (rel: string, data: string) => {
        const file = path.join(dir, 'content', rel);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, data);
      };
      write(`courses/${course.id}/course.json`, JSON.stringify(course));
      write(`courses/${course.id}/${course.modules[0]}`, JSON.stringify(modules[0]));
      write(`articles/${article.id}/article.json`, JSON.stringify(article));
      write(`articles/${article.id}/${article.source}`, files.article.text!);
      // The script reads content/ under its working directory; tsx is loaded from this repository.
      const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
      const run = spawnSync(process.execPath, ['--import', tsx, SCRIPT], { cwd: dir, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('courses/riverside-accord/modules/01-accord.json: question q1: answer "z" is not one of the options');
      expect(run.stderr).toContain('content is invalid');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
