import { describe, expect, it } from 'vitest';
import { checkCourse, type CheckResult, type CourseFiles } from './check';
import { normalizeQuote, quoteAppearsIn } from './quotes';
import { listCourseIds, readCourse } from './read';
import { QuestionSchema, type Module, type QuestionType } from './schema';
import { FIXTURE_SOURCE, fixtureCourse, partsOf, questionOf } from '@/scripts/testing/content/fixture';

const COURSE = 'courses/riverside-accord/course.json';
const ARTICLE = 'articles/riverside-accord/article.json';
const MODULE = 'courses/riverside-accord/modules/01-accord.json';
const MODULE_2 = 'courses/riverside-accord/modules/02-accord-again.json';

const ALL_TYPES: QuestionType[] = [
  'single-choice',
  'multiple-select',
  'true-false',
  'fill-blank',
  'matching',
  'ordering',
  'find-evidence',
  'who-says-so',
];

/** Asserts the check failed and that one of its problems is this one. */
function expectProblem(result: CheckResult, file: string, item: string, message: RegExp) {
  expect(result.ok).toBe(false);
  expect(result.problems).toContainEqual({ file, item, message: expect.stringMatching(message) });
}

/** The fixture's only module, ready to break. */
function broken(): { files: CourseFiles; module: Module } {
  const files = fixtureCourse();
  return { files, module: partsOf(files).modules[0]! };
}

/** A copy of the fixture's module under new ids, so a course can have two modules. */
function addSecondModule(files: CourseFiles, { keepQuestionIds = [] as string[], keepObjectiveIds = [] as string[] } = {}) {
  const copy = structuredClone(partsOf(files).modules[0]!);
  copy.id = 'accord-again';
  const renamed = (id: string) => `${id}-again`;
  for (const o of copy.objectives) if (!keepObjectiveIds.includes(o.id)) o.id = renamed(o.id);
  for (const q of copy.questions) {
    if (!keepQuestionIds.includes(q.id)) q.id = renamed(q.id);
    if (!keepObjectiveIds.includes(q.objective)) q.objective = renamed(q.objective);
  }
  files.modules.push({ file: MODULE_2, raw: copy });
  partsOf(files).course.modules.push('modules/02-accord-again.json');
  return copy;
}

describe('the fixture course', () => {
  it('passes every check', () => {
    const result = checkCourse(fixtureCourse());
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.course.moduleList).toHaveLength(1);
    expect(result.article.paragraphs).toHaveLength(2);
  });

  it('has one question of each type, and every sentence is some question’s evidence', () => {
    const { article, modules } = partsOf(fixtureCourse());
    const questions = modules.flatMap((m) => m.questions);
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(ALL_TYPES));
    const cited = new Set(questions.flatMap((q) => q.evidence.map((e) => e.sentence)));
    for (const sentence of article.paragraphs.flatMap((p) => p.sentences)) expect(cited).toContain(sentence.id);
  });

  it('is a fresh deep copy on every call', () => {
    const first = fixtureCourse();
    partsOf(first).modules[0]!.questions[0]!.id = 'changed';
    partsOf(first).article.paragraphs[0]!.sentences[0]!.text = 'changed';
    const second = partsOf(fixtureCourse());
    expect(second.modules[0]!.questions[0]!.id).toBe('q1');
    expect(second.article.paragraphs[0]!.sentences[0]!.text).not.toBe('changed');
    expect(checkCourse(fixtureCourse()).ok).toBe(true);
  });

  it('passes with two modules that use different ids', () => {
    const files = fixtureCourse();
    addSecondModule(files);
    expect(checkCourse(files).problems).toEqual([]);
  });

  it('covers all eight question types the schema knows', () => {
    expect(new Set(QuestionSchema.options.map((o) => o.shape.type.value))).toEqual(new Set(ALL_TYPES));
  });
});

describe('quotes and sentence references', () => {
  it('reports a misquote in a question', () => {
    const { files, module } = broken();
    questionOf(module, 'q1', 'single-choice').evidence[0]!.quote = 'commits each town to share oil';
    expectProblem(checkCourse(files), MODULE, 'question q1', /^misquote: "commits each town to share oil" is not in sentence p1s1$/);
  });

  it('reports a misquote in a lesson sentence, naming its section, paragraph and sentence', () => {
    const { files, module } = broken();
    const sentence = module.lesson.sections[0]!.paragraphs[0]![1]!;
    if (!('evidence' in sentence)) throw new Error('fixture: lesson sentence 2 should be cited');
    sentence.evidence[0]!.quote = 'commits each town to share electricity';
    expectProblem(checkCourse(files), MODULE, 'lesson section 1 paragraph 1 sentence 2', /misquote: "commits each town to share electricity" is not in sentence p1s1/);
  });

  it('reports a question citing a sentence the article does not have', () => {
    const { files, module } = broken();
    questionOf(module, 'q3', 'true-false').evidence[0]!.sentence = 'p9s1';
    expectProblem(checkCourse(files), MODULE, 'question q3', /^cites unknown sentence p9s1$/);
  });

  it('reports a lesson sentence citing a sentence the article does not have', () => {
    const { files, module } = broken();
    const sentence = module.lesson.sections[0]!.paragraphs[1]![0]!;
    if (!('evidence' in sentence)) throw new Error('fixture: lesson paragraph 2 should be cited');
    sentence.evidence[1]!.sentence = 'p2s9';
    expectProblem(checkCourse(files), MODULE, 'lesson section 1 paragraph 2 sentence 1', /^cites unknown sentence p2s9$/);
  });

  it('reports a malformed sentence id in a citation', () => {
    const { files, module } = broken();
    questionOf(module, 'q3', 'true-false').evidence[0]!.sentence = 'paragraph-1';
    expectProblem(checkCourse(files), MODULE, 'question q3', /evidence\.0\.sentence: sentence ids look like p2s3/);
  });

  it('accepts curly versus straight quotes and extra white space in a quote', () => {
    const { files, module } = broken();
    // Sentence p1s3 has curly double quotes; this quote has straight ones, a line break and extra spaces.
    questionOf(module, 'q5', 'matching').evidence[0]!.quote = 'said   the accord\n"ends a century of quarrels."';
    // A tab inside a quote and spaces around it.
    questionOf(module, 'q1', 'single-choice').evidence[0]!.quote = ' commits each town\tto share water ';
    expect(checkCourse(files).problems).toEqual([]);
  });

  it('accepts a straight apostrophe in the sentence quoted with a curly one', () => {
    const files = fixtureCourse();
    const { article, modules } = partsOf(files);
    article.paragraphs[1]!.sentences[1]!.text = "Critics in Brook claim the accord favours Alden's neighbour.";
    files.article.text = FIXTURE_SOURCE.replace('favours Alden.', "favours Alden's neighbour.");
    questionOf(modules[0]!, 'q7', 'find-evidence').evidence[0]!.quote = 'favours Alden’s neighbour';
    expect(checkCourse(files).problems).toEqual([]);
  });

  it('does not accept a quote whose case differs from the sentence', () => {
    const { files, module } = broken();
    questionOf(module, 'q1', 'single-choice').evidence[0]!.quote = 'Commits each town to share water';
    expectProblem(checkCourse(files), MODULE, 'question q1', /misquote: "Commits each town to share water" is not in sentence p1s1/);
  });

  it('does not accept a quote that only appears in another sentence', () => {
    const { files, module } = broken();
    questionOf(module, 'q3', 'true-false').evidence[0]!.sentence = 'p1s1';
    expectProblem(checkCourse(files), MODULE, 'question q3', /misquote: "meets twice a year" is not in sentence p1s1/);
  });
});

describe('ids', () => {
  it('reports a duplicate question id within a module', () => {
    const { files, module } = broken();
    module.questions[1]!.id = 'q1';
    expectProblem(checkCourse(files), MODULE, 'question q1', new RegExp(`^duplicate question id \\(also in ${MODULE}\\)$`));
  });

  it('reports a duplicate question id across two modules, in the later module', () => {
    const files = fixtureCourse();
    addSecondModule(files, { keepQuestionIds: ['q4'] });
    const result = checkCourse(files);
    expectProblem(result, MODULE_2, 'question q4', new RegExp(`duplicate question id \\(also in ${MODULE}\\)`));
    expect(result.problems).toHaveLength(1);
  });

  it('reports a duplicate objective id within a module', () => {
    const { files, module } = broken();
    module.objectives.push({ id: 'accord-provisions', text: 'Say it again.' });
    expectProblem(checkCourse(files), MODULE, 'objective accord-provisions', /^duplicate objective id/);
  });

  it('reports a duplicate objective id across two modules', () => {
    const files = fixtureCourse();
    addSecondModule(files, { keepObjectiveIds: ['accord-reactions'] });
    expectProblem(checkCourse(files), MODULE_2, 'objective accord-reactions', new RegExp(`duplicate objective id \\(also in ${MODULE}\\)`));
  });

  it('reports a duplicate module id', () => {
    const files = fixtureCourse();
    addSecondModule(files).id = 'accord';
    expectProblem(checkCourse(files), MODULE_2, 'module accord', /duplicate module id/);
  });

  it('reports a duplicate sentence id in the article', () => {
    const files = fixtureCourse();
    partsOf(files).article.paragraphs[0]!.sentences[1]!.id = 'p1s1';
    expectProblem(checkCourse(files), ARTICLE, 'sentence p1s1', /^duplicate sentence id$/);
  });

  it('reports a duplicate paragraph id in the article', () => {
    const files = fixtureCourse();
    const { article } = partsOf(files);
    article.paragraphs[1]!.id = 'p1';
    expectProblem(checkCourse(files), ARTICLE, 'paragraph p1', /^duplicate paragraph id$/);
  });

  it('reports a sentence whose id does not match its paragraph', () => {
    const files = fixtureCourse();
    partsOf(files).article.paragraphs[1]!.sentences[1]!.id = 'p1s9';
    expectProblem(checkCourse(files), ARTICLE, 'sentence p1s9', /sits in paragraph p2; its id must start with p2s/);
  });
});

describe('the article and its source text', () => {
  it('reports sentences that do not reproduce the source text', () => {
    const files = fixtureCourse();
    partsOf(files).article.paragraphs[1]!.sentences[1]!.text = 'Critics in Brook say the accord favours Alden.';
    expectProblem(checkCourse(files), ARTICLE, 'paragraphs', /the sentences do not reproduce article\.txt exactly \(first difference at character \d+\)/);
  });

  it('reports a paragraph break the source does not have', () => {
    const files = fixtureCourse();
    files.article.text = FIXTURE_SOURCE.replace('\n\n', ' ');
    expectProblem(checkCourse(files), ARTICLE, 'paragraphs', /do not reproduce article\.txt/);
  });

  it('accepts a source with Windows line endings and without blank lines between paragraphs', () => {
    const files = fixtureCourse();
    files.article.text = FIXTURE_SOURCE.replace('\n\n', '\n').replace(/\n/g, '\r\n');
    expect(checkCourse(files).problems).toEqual([]);
  });

  it('reports a missing source file', () => {
    const files = fixtureCourse();
    files.article.text = undefined;
    expectProblem(checkCourse(files), ARTICLE, 'source', /source file article\.txt is missing/);
  });

  it('reports a course that names another article', () => {
    const files = fixtureCourse();
    partsOf(files).course.article = 'some-other-story';
    expectProblem(checkCourse(files), COURSE, 'article', /names article "some-other-story" but was given "riverside-accord"/);
  });

  it('reports a sentence that no question cites, in the article file', () => {
    const files = fixtureCourse();
    partsOf(files).article.paragraphs[1]!.sentences.push({ id: 'p2s3', text: 'The accord runs for ten years.' });
    files.article.text = FIXTURE_SOURCE.trimEnd() + ' The accord runs for ten years.\n';
    const result = checkCourse(files);
    expectProblem(result, ARTICLE, 'sentence p2s3', /^is not the evidence of any question$/);
    expect(result.problems).toHaveLength(1);
  });
});

describe('questions and objectives', () => {
  it('reports a question without evidence', () => {
    const { files, module } = broken();
    questionOf(module, 'q3', 'true-false').evidence = [];
    expectProblem(checkCourse(files), MODULE, 'question q3', /evidence: a question needs evidence from the article/);
  });

  it('reports a question with an empty explanation', () => {
    const { files, module } = broken();
    questionOf(module, 'q3', 'true-false').explanation = '   ';
    expectProblem(checkCourse(files), MODULE, 'question q3', /explanation: must not be empty/);
  });

  it('reports a question whose objective is not one of its module’s', () => {
    const { files, module } = broken();
    questionOf(module, 'q3', 'true-false').objective = 'accord-history';
    expectProblem(checkCourse(files), MODULE, 'question q3', /^objective "accord-history" is not one of this module's objectives$/);
  });

  it('reports a question whose objective belongs to another module', () => {
    const files = fixtureCourse();
    const second = addSecondModule(files);
    questionOf(second, 'q3-again', 'true-false').objective = 'accord-provisions';
    expectProblem(checkCourse(files), MODULE_2, 'question q3-again', /objective "accord-provisions" is not one of this module's objectives/);
  });

  it('reports an objective that no question tests', () => {
    const { files, module } = broken();
    module.objectives.push({ id: 'accord-history', text: 'Explain why the towns quarrelled.' });
    expectProblem(checkCourse(files), MODULE, 'objective accord-history', /^no question tests this objective$/);
  });

  it('reports a module without objectives', () => {
    const { files, module } = broken();
    module.objectives = [];
    expectProblem(checkCourse(files), MODULE, 'objectives', /objectives: a module needs learning objectives/);
  });

  it('reports a module with fewer than 8 questions', () => {
    const { files, module } = broken();
    module.questions.pop();
    expectProblem(checkCourse(files), MODULE, 'questions', /questions: a module needs at least 8 questions/);
  });

  it('reports a module file that is missing or not JSON, and still checks the others', () => {
    const files = fixtureCourse();
    files.modules.push({ file: MODULE_2, raw: undefined });
    questionOf(partsOf(files).modules[0]!, 'q1', 'single-choice').answer = 'z';
    const result = checkCourse(files);
    expectProblem(result, MODULE_2, 'file', /is missing or is not valid JSON/);
    expectProblem(result, MODULE, 'question q1', /answer "z" is not one of the options/);
  });
});

describe('answer keys', () => {
  it('single-choice: reports an answer that is not an option', () => {
    const { files, module } = broken();
    questionOf(module, 'q1', 'single-choice').answer = 'z';
    expectProblem(checkCourse(files), MODULE, 'question q1', /^answer "z" is not one of the options$/);
  });

  it('single-choice: reports duplicate option ids', () => {
    const { files, module } = broken();
    questionOf(module, 'q1', 'single-choice').options[1]!.id = 'a';
    expectProblem(checkCourse(files), MODULE, 'question q1', /^duplicate option ids$/);
  });

  it('multiple-select: reports an answer that is not an option', () => {
    const { files, module } = broken();
    questionOf(module, 'q2', 'multiple-select').answer = ['water', 'moon'];
    expectProblem(checkCourse(files), MODULE, 'question q2', /^answer "moon" is not one of the options$/);
  });

  it('multiple-select: reports that every option is correct', () => {
    const { files, module } = broken();
    questionOf(module, 'q2', 'multiple-select').answer = ['water', 'committee', 'merge'];
    expectProblem(checkCourse(files), MODULE, 'question q2', /^every option is correct; add a distractor$/);
  });

  it('matching: reports a left option the answer does not match', () => {
    const { files, module } = broken();
    const question = questionOf(module, 'q5', 'matching');
    delete question.answer.analysts;
    expectProblem(checkCourse(files), MODULE, 'question q5', /^answer has no match for left option "analysts"$/);
  });

  it('matching: reports an unknown right option', () => {
    const { files, module } = broken();
    questionOf(module, 'q5', 'matching').answer.analysts = 'weather';
    expectProblem(checkCourse(files), MODULE, 'question q5', /^answer matches "analysts" to unknown right option "weather"$/);
  });

  it('matching: reports an unknown left option', () => {
    const { files, module } = broken();
    questionOf(module, 'q5', 'matching').answer.critics = 'favours';
    expectProblem(checkCourse(files), MODULE, 'question q5', /^answer names unknown left option "critics"$/);
  });

  it('matching: reports two left options matched to the same right option', () => {
    const { files, module } = broken();
    questionOf(module, 'q5', 'matching').answer.analysts = 'quarrels';
    expectProblem(checkCourse(files), MODULE, 'question q5', /^duplicate matched right option ids$/);
  });

  it('ordering: reports an answer that repeats an option', () => {
    const { files, module } = broken();
    questionOf(module, 'q6', 'ordering').answer = ['b', 'c', 'c'];
    expectProblem(checkCourse(files), MODULE, 'question q6', /^answer must list every option exactly once$/);
  });

  it('ordering: reports an answer that names an unknown option or leaves one out', () => {
    const { files, module } = broken();
    questionOf(module, 'q6', 'ordering').answer = ['b', 'c', 'x'];
    expectProblem(checkCourse(files), MODULE, 'question q6', /answer must list every option exactly once/);
    const again = broken();
    questionOf(again.module, 'q6', 'ordering').answer = ['b', 'c', 'a', 'a'];
    expectProblem(checkCourse(again.files), MODULE, 'question q6', /answer must list every option exactly once/);
  });

  it('find-evidence: reports an answer outside its paragraph and evidence that does not include it', () => {
    const { files, module } = broken();
    questionOf(module, 'q7', 'find-evidence').answer = 'p1s3';
    const result = checkCourse(files);
    expectProblem(result, MODULE, 'question q7', /^answer p1s3 is not in paragraph p2$/);
    expectProblem(result, MODULE, 'question q7', /^evidence must include the answer sentence$/);
  });

  it('find-evidence: reports an answer that is not a sentence of the article', () => {
    const { files, module } = broken();
    questionOf(module, 'q7', 'find-evidence').answer = 'p2s7';
    expectProblem(checkCourse(files), MODULE, 'question q7', /^answer cites unknown sentence p2s7$/);
  });

  it('fill-blank: reports a prompt without a blank', () => {
    const { files, module } = broken();
    questionOf(module, 'q4', 'fill-blank').prompt = 'How often does the joint committee meet?';
    expectProblem(checkCourse(files), MODULE, 'question q4', /^the prompt must have exactly one blank "___" \(has 0\)$/);
  });

  it('fill-blank: reports an accepted answer that normalises to nothing', () => {
    const { files, module } = broken();
    questionOf(module, 'q4', 'fill-blank').answer = ['twice', '"."'];
    expectProblem(checkCourse(files), MODULE, 'question q4', /^accepted answer ""\."" is empty once normalised, so no answer can match it$/);
  });

  it('fill-blank: reports a prompt with two blanks', () => {
    const { files, module } = broken();
    questionOf(module, 'q4', 'fill-blank').prompt = 'The ___ committee meets ___ a year.';
    expectProblem(checkCourse(files), MODULE, 'question q4', /exactly one blank "___" \(has 2\)/);
  });

  it('who-says-so: reports a category that does not exist', () => {
    const { files, module } = broken();
    (questionOf(module, 'q8', 'who-says-so') as { answer: string }).answer = 'rumour';
    expectProblem(checkCourse(files), MODULE, 'question q8', /^questions\.7\.answer: Invalid option: expected one of "pact"\|"claim"\|"analysis"\|"writer"$/);
  });
});

describe('revisions', () => {
  it('reports a revision without the history note that explains it', () => {
    const { files, module } = broken();
    questionOf(module, 'q1', 'single-choice').revision = 2;
    expectProblem(checkCourse(files), MODULE, 'question q1', /revision 2 needs one history note for each revision from 2 to 2, in order \(has none\)/);
  });

  it('reports notes out of order, and accepts a complete history', () => {
    const { files, module } = broken();
    const q = questionOf(module, 'q1', 'single-choice');
    q.revision = 3;
    q.history = [
      { revision: 3, date: '2026-12-02', note: 'Second fix.' },
      { revision: 2, date: '2026-12-01', note: 'First fix.' },
    ];
    expectProblem(checkCourse(files), MODULE, 'question q1', /\(has 3, 2\)/);
    q.history.reverse();
    expect(checkCourse(files).ok).toBe(true);
  });
});

describe('strict objects', () => {
  it('reports an unknown key on a question', () => {
    const { files, module } = broken();
    (questionOf(module, 'q1', 'single-choice') as Record<string, unknown>).hint = 'Think about water.';
    expectProblem(checkCourse(files), MODULE, 'question q1', /^questions\.0: Unrecognized key: "hint"$/);
  });

  it('reports an unknown key on the course', () => {
    const files = fixtureCourse();
    (partsOf(files).course as Record<string, unknown>).draft = true;
    expectProblem(checkCourse(files), COURSE, 'file', /^\(root\): Unrecognized key: "draft"$/);
  });

  it('reports an unknown key on an article sentence', () => {
    const files = fixtureCourse();
    (partsOf(files).article.paragraphs[0]!.sentences[0] as Record<string, unknown>).speaker = 'KCNA';
    expectProblem(checkCourse(files), ARTICLE, 'paragraph p1', /^paragraphs\.0\.sentences\.0: Unrecognized key: "speaker"$/);
  });

  it('reports an unknown key on an objective and on evidence', () => {
    const { files, module } = broken();
    (module.objectives[0] as Record<string, unknown>).level = 2;
    (questionOf(module, 'q3', 'true-false').evidence[0] as Record<string, unknown>).page = 4;
    const result = checkCourse(files);
    expectProblem(result, MODULE, 'objective accord-provisions', /^objectives\.0: Unrecognized key: "level"$/);
    expectProblem(result, MODULE, 'question q3', /^questions\.2\.evidence\.0: Unrecognized key: "page"$/);
  });

  it('reports a lesson sentence that has neither evidence nor a kind', () => {
    const { files, module } = broken();
    module.lesson.sections[0]!.paragraphs[0]![0] = { text: 'An unsupported claim.' } as Module['lesson']['sections'][number]['paragraphs'][number][number];
    expectProblem(checkCourse(files), MODULE, 'lesson', /lesson\.sections\.0\.paragraphs\.0\.0/);
  });
});

describe('quotes.ts', () => {
  it('normalises curly quotes to straight ones', () => {
    expect(normalizeQuote('‘a’ “b” ‚c‛ „d‟ 5′ 6″')).toBe(`'a' "b" 'c' "d" 5' 6"`);
  });

  it('collapses and trims white space, and changes nothing else', () => {
    expect(normalizeQuote('  Kim\u00a0Jong\tUn \n said  ')).toBe('Kim Jong Un said');
    expect(normalizeQuote('North Korea-Russia — pact')).toBe('North Korea-Russia — pact');
  });

  it('finds a quote in a sentence regardless of quote style and spacing', () => {
    expect(quoteAppearsIn('the pact\u2019s  language', "the pact's language appears")).toBe(true);
    expect(quoteAppearsIn('"hegemonic policies"', 'against “hegemonic policies”.')).toBe(true);
  });

  it('is case-sensitive and does not forgive changed words', () => {
    expect(quoteAppearsIn('The Pact', 'the pact holds')).toBe(false);
    expect(quoteAppearsIn('the treaty holds', 'the pact holds')).toBe(false);
  });

  it('does not accept an empty or blank quote', () => {
    expect(quoteAppearsIn('', 'anything')).toBe(false);
    expect(quoteAppearsIn('  \n ', 'anything')).toBe(false);
  });
});

describe('the shipped course', () => {
  const ids = listCourseIds();

  it('exists', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(ids)('%s passes every check and has the shape the course needs', (id) => {
    const result = readCourse(id);
    expect(result.problems).toEqual([]);
    if (!result.ok) throw new Error(`course ${id} is invalid`);
    const modules = result.course.moduleList;
    expect(modules.length).toBeGreaterThanOrEqual(5);
    expect(modules.length).toBeLessThanOrEqual(6);
    for (const mod of modules) {
      expect(mod.questions.length, `questions in module ${mod.id}`).toBeGreaterThanOrEqual(8);
      expect(mod.objectives.length, `objectives in module ${mod.id}`).toBeGreaterThan(0);
      const objectives = new Set(mod.objectives.map((o) => o.id));
      for (const question of mod.questions) {
        expect(objectives, `objective of question ${question.id}`).toContain(question.objective);
      }
    }
    const types = new Set(modules.flatMap((m) => m.questions.map((q) => q.type)));
    expect(types).toEqual(new Set(ALL_TYPES));
  });
});
