import { checkCourse } from '@/lib/content/check';
import { BUILT_IN_RULES, type QualityRules } from '@/lib/content/quality';
import type { Article, Course, Module, Question } from '@/lib/content/schema';
import { fixtureCourse, partsOf } from './fixture';

// A small question bank on the fixture article that keeps every quality rule at BANK_RULES' sizes:
// one module, two objectives, ten active questions of all eight types (two single-choice, two
// true/false keyed both ways), split between the practice and assessment pools. It also passes
// checkCourse, so the gate's tests start from content that is structurally sound. Tests take a
// fresh copy and break one rule at a time.

export const BANK_MODULE_FILE = 'courses/riverside-accord/modules/01-accord.json';
export const BANK_COURSE_FILE = 'courses/riverside-accord/course.json';

/** The built-in rules with the bank-size thresholds scaled down to this ten-question bank. */
export const BANK_RULES: QualityRules = {
  ...BUILT_IN_RULES,
  minPerObjectivePerPool: 2,
  minPerObjective: 4,
  minActivePerModule: 10,
  minPerType: 1,
};

const base = (id: string, objective: string, pool: Question['pool']) => ({ id, objective, pool, revision: 1 });
const P = 'accord-provisions';
const R = 'accord-reactions';

const questions: Question[] = [
  {
    ...base('sc-water', P, 'practice'),
    type: 'single-choice',
    prompt: 'What does the accord commit each town to do during a drought?',
    options: [
      { id: 'a', text: 'Share water' },
      { id: 'b', text: 'Build a new dam' },
      { id: 'c', text: 'Stop all farming' },
    ],
    answer: 'a',
    explanation: 'The accord commits each town to share water during a drought.',
    evidence: [{ sentence: 'p1s1', quote: 'commits each town to share water during a drought' }],
  },
  {
    ...base('sc-budget', R, 'assessment'),
    type: 'single-choice',
    prompt: 'Who doubts that the committee can manage without money?',
    options: [
      { id: 'analysts', text: 'Valley Institute analysts' },
      { id: 'mayor', text: 'The mayor of Alden and his advisers' },
      { id: 'critics', text: 'Critics in Brook and their supporters' },
    ],
    answer: 'analysts',
    explanation: 'Analysts at the Valley Institute think the committee will struggle without a budget.',
    evidence: [{ sentence: 'p2s1', quote: 'Analysts at the Valley Institute think the committee will struggle without a budget.' }],
  },
  {
    ...base('ms-provisions', P, 'assessment'),
    type: 'multiple-select',
    prompt: 'Which of these does the accord set up or require? Choose every one that applies.',
    options: [
      { id: 'water', text: 'Sharing water in a drought' },
      { id: 'committee', text: 'A joint committee' },
      { id: 'merge', text: 'A merger of the two towns' },
    ],
    answer: ['water', 'committee'],
    explanation: 'The accord shares water and sets up a committee; it does not merge the towns.',
    evidence: [
      { sentence: 'p1s1', quote: 'share water during a drought' },
      { sentence: 'p1s2', quote: 'sets up a joint committee' },
    ],
  },
  {
    ...base('tf-twice', P, 'practice'),
    type: 'true-false',
    prompt: 'The joint committee meets twice a year.',
    answer: true,
    explanation: 'The article says the committee meets twice a year.',
    evidence: [{ sentence: 'p1s2', quote: 'meets twice a year' }],
  },
  {
    ...base('tf-mayor', R, 'assessment'),
    type: 'true-false',
    prompt: 'The mayor of Alden predicts that the accord will start new quarrels.',
    answer: false,
    explanation: 'The mayor says the accord “ends a century of quarrels”, not that it starts new ones.',
    evidence: [{ sentence: 'p1s3', quote: 'ends a century of quarrels' }],
  },
  {
    ...base('fb-gather', P, 'practice'),
    type: 'fill-blank',
    prompt: 'Members of the new body gather ___ each year.',
    answer: ['twice', 'two times'],
    explanation: 'The joint committee meets twice a year.',
    evidence: [{ sentence: 'p1s2', quote: 'meets twice a year' }],
  },
  {
    ...base('mt-speakers', R, 'practice'),
    type: 'matching',
    prompt: 'Match each speaker to their view.',
    options: {
      left: [
        { id: 'mayor', text: 'The mayor of Alden' },
        { id: 'analysts', text: 'Analysts at the Valley Institute' },
      ],
      right: [
        { id: 'quarrels', text: 'The accord ends a century of quarrels.' },
        { id: 'budget', text: 'The committee will struggle without a budget.' },
        { id: 'unfair', text: 'The accord treats Brook unfairly.' },
      ],
    },
    answer: { mayor: 'quarrels', analysts: 'budget' },
    explanation: 'The mayor praises the accord; the analysts doubt the committee.',
    evidence: [
      { sentence: 'p1s3', quote: 'The mayor of Alden said the accord "ends a century of quarrels."' },
      { sentence: 'p2s1', quote: 'the committee will struggle without a budget' },
    ],
  },
  {
    ...base('ord-mentions', P, 'assessment'),
    type: 'ordering',
    prompt: 'Put these in the order the story mentions them.',
    options: [
      { id: 'a', text: 'The mayor’s remark' },
      { id: 'b', text: 'Sharing water' },
      { id: 'c', text: 'The joint committee' },
    ],
    answer: ['b', 'c', 'a'],
    explanation: 'The water promise comes first, then the committee, then the mayor’s remark.',
    evidence: [
      { sentence: 'p1s1', quote: 'share water' },
      { sentence: 'p1s2', quote: 'joint committee' },
      { sentence: 'p1s3', quote: 'The mayor of Alden said' },
    ],
  },
  {
    ...base('fe-mayor', R, 'practice'),
    type: 'find-evidence',
    prompt: 'Which sentence gives the mayor’s own words?',
    paragraph: 'p1',
    answer: 'p1s3',
    explanation: 'The third sentence quotes the mayor of Alden.',
    evidence: [{ sentence: 'p1s3', quote: 'The mayor of Alden said the accord “ends a century of quarrels.”' }],
  },
  {
    ...base('wss-critics', R, 'assessment'),
    type: 'who-says-so',
    prompt: '“The accord is better for Alden than for Brook.”',
    answer: 'claim',
    explanation: 'Critics in Brook claim this; it is their view, not a provision.',
    evidence: [{ sentence: 'p2s2', quote: 'Critics in Brook claim the accord favours Alden.' }],
  },
];

function bankModule(): Module {
  const fixture = partsOf(fixtureCourse()).modules[0]!;
  return { ...fixture, questions };
}

/** The bank as files, for checkCourse. */
export function bankFiles() {
  const files = fixtureCourse();
  files.modules = [{ file: BANK_MODULE_FILE, raw: structuredClone(bankModule()) }];
  return files;
}

/** A fresh copy of the bank, as checkCourse returns it; a test may change it freely. */
export function qualityBank(): { course: Course; article: Article; module: Module } {
  const result = checkCourse(bankFiles());
  if (!result.ok) throw new Error(`the quality bank is invalid: ${JSON.stringify(result.problems)}`);
  return { course: result.course, article: result.article, module: result.course.moduleList[0]! };
}

/** A question of the bank narrowed to its type, to break one thing. */
export function bankQuestion<T extends Question['type']>(module: Module, id: string, type: T): Extract<Question, { type: T }> {
  const question = module.questions.find((q) => q.id === id);
  if (!question || question.type !== type) throw new Error(`the bank has no ${type} question ${id}`);
  return question as Extract<Question, { type: T }>;
}
