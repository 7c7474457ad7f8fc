import type { CourseFiles } from '@/lib/content/check';
import type { Article, CourseMeta, Module, Question, QuestionType } from '@/lib/content/schema';

// A small course that passes every check: a two-paragraph article, one module with two
// objectives, a lesson with cited, framing and general sentences, and one question of each of the
// eight types, so that every sentence of the article is the evidence of some question. Tests take
// a fresh copy and break one thing at a time.

export const FIXTURE_SOURCE =
  'The Riverside Accord, signed on Monday by the towns of Alden and Brook, commits each town to share water during a drought. ' +
  'It also sets up a joint committee that meets twice a year. ' +
  'The mayor of Alden said the accord “ends a century of quarrels.”\n' +
  '\n' +
  'Analysts at the Valley Institute think the committee will struggle without a budget. ' +
  'Critics in Brook claim the accord favours Alden.\n';

const article: Article = {
  id: 'riverside-accord',
  language: 'en',
  source: 'article.txt',
  paragraphs: [
    {
      id: 'p1',
      sentences: [
        {
          id: 'p1s1',
          text: 'The Riverside Accord, signed on Monday by the towns of Alden and Brook, commits each town to share water during a drought.',
        },
        { id: 'p1s2', text: 'It also sets up a joint committee that meets twice a year.' },
        { id: 'p1s3', text: 'The mayor of Alden said the accord “ends a century of quarrels.”' },
      ],
    },
    {
      id: 'p2',
      sentences: [
        { id: 'p2s1', text: 'Analysts at the Valley Institute think the committee will struggle without a budget.' },
        { id: 'p2s2', text: 'Critics in Brook claim the accord favours Alden.' },
      ],
    },
  ],
};

const course: CourseMeta = {
  id: 'riverside-accord',
  title: 'The Riverside Accord',
  summary: 'What two towns agreed about water, and what people say about it.',
  audience: 'Anyone learning to read local news carefully.',
  article: 'riverside-accord',
  modules: ['modules/01-accord.json'],
};

const accordModule: Module = {
  id: 'accord',
  title: 'What the accord provides',
  summary: 'The accord’s promises and the reactions to it.',
  objectives: [
    { id: 'accord-provisions', text: 'Describe what the accord commits the two towns to.' },
    { id: 'accord-reactions', text: 'Tell apart what the accord provides from what people say about it.' },
  ],
  terms: [{ term: 'Accord', definition: 'A formal agreement between two or more parties.' }],
  lesson: {
    title: 'Inside the Riverside Accord',
    sections: [
      {
        heading: 'Sharing water',
        paragraphs: [
          [
            { text: 'What happens when a river runs low?', kind: 'framing' },
            {
              text: 'The accord commits Alden and Brook to share water during a drought.',
              evidence: [{ sentence: 'p1s1', quote: 'commits each town to share water during a drought' }],
            },
            { text: 'A drought is a long period with too little rain.', kind: 'general' },
          ],
          [
            {
              text: 'A joint committee is meant to meet twice a year, though analysts doubt it can work without a budget.',
              evidence: [
                { sentence: 'p1s2', quote: 'a joint committee that meets twice a year' },
                { sentence: 'p2s1', quote: 'the committee will struggle without a budget' },
              ],
            },
          ],
        ],
      },
    ],
  },
  questions: [
    {
      id: 'q1',
      type: 'single-choice',
      objective: 'accord-provisions',
      pool: 'practice',
      revision: 1,
      prompt: 'What does the accord commit each town to do during a drought?',
      options: [
        { id: 'a', text: 'Share water' },
        { id: 'b', text: 'Build a dam' },
        { id: 'c', text: 'Stop farming' },
      ],
      answer: 'a',
      explanation: 'The accord commits each town to share water during a drought.',
      evidence: [{ sentence: 'p1s1', quote: 'commits each town to share water during a drought' }],
    },
    {
      id: 'q2',
      type: 'multiple-select',
      objective: 'accord-provisions',
      pool: 'practice',
      revision: 1,
      prompt: 'Which of these does the accord do? Choose all that apply.',
      options: [
        { id: 'water', text: 'Commits the towns to share water in a drought' },
        { id: 'committee', text: 'Sets up a joint committee' },
        { id: 'merge', text: 'Merges the two towns' },
      ],
      answer: ['water', 'committee'],
      explanation: 'The accord shares water and sets up a committee; it does not merge the towns.',
      evidence: [
        { sentence: 'p1s1', quote: 'share water during a drought' },
        { sentence: 'p1s2', quote: 'sets up a joint committee' },
      ],
    },
    {
      id: 'q3',
      type: 'true-false',
      objective: 'accord-provisions',
      pool: 'practice',
      revision: 1,
      prompt: 'The joint committee meets twice a year.',
      answer: true,
      explanation: 'The article says the committee meets twice a year.',
      evidence: [{ sentence: 'p1s2', quote: 'meets twice a year' }],
    },
    {
      id: 'q4',
      type: 'fill-blank',
      objective: 'accord-provisions',
      pool: 'practice',
      revision: 1,
      prompt: 'The joint committee meets ___ a year.',
      answer: ['twice', 'two times'],
      explanation: 'It meets twice a year.',
      evidence: [{ sentence: 'p1s2', quote: 'meets twice a year' }],
    },
    {
      id: 'q5',
      type: 'matching',
      objective: 'accord-reactions',
      pool: 'practice',
      revision: 1,
      prompt: 'Match each speaker to what they say.',
      options: {
        left: [
          { id: 'mayor', text: 'The mayor of Alden' },
          { id: 'analysts', text: 'Analysts at the Valley Institute' },
        ],
        right: [
          { id: 'quarrels', text: 'The accord ends a century of quarrels.' },
          { id: 'budget', text: 'The committee will struggle without a budget.' },
          { id: 'favours', text: 'The accord favours Alden.' },
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
      id: 'q6',
      type: 'ordering',
      objective: 'accord-provisions',
      pool: 'practice',
      revision: 1,
      prompt: 'Put these in the order the article mentions them.',
      options: [
        { id: 'a', text: 'The mayor’s remark' },
        { id: 'b', text: 'Sharing water' },
        { id: 'c', text: 'The joint committee' },
      ],
      answer: ['b', 'c', 'a'],
      explanation: 'The article first gives the water promise, then the committee, then the mayor’s remark.',
      evidence: [
        { sentence: 'p1s1', quote: 'share water' },
        { sentence: 'p1s2', quote: 'joint committee' },
        { sentence: 'p1s3', quote: 'The mayor of Alden said' },
      ],
    },
    {
      id: 'q7',
      type: 'find-evidence',
      objective: 'accord-reactions',
      pool: 'practice',
      revision: 1,
      prompt: 'Which sentence reports a criticism from Brook?',
      paragraph: 'p2',
      answer: 'p2s2',
      explanation: 'Critics in Brook claim the accord favours Alden.',
      evidence: [{ sentence: 'p2s2', quote: 'Critics in Brook claim the accord favours Alden.' }],
    },
    {
      id: 'q8',
      type: 'who-says-so',
      objective: 'accord-reactions',
      pool: 'practice',
      revision: 1,
      prompt: '“The committee will struggle without a budget.”',
      answer: 'analysis',
      explanation: 'This is what analysts at the Valley Institute think.',
      evidence: [{ sentence: 'p2s1', quote: 'Analysts at the Valley Institute think' }],
    },
  ],
};

/** A fresh, valid course; every call returns a new deep copy that a test may change freely. */
export function fixtureCourse(): CourseFiles {
  return structuredClone({
    course: { file: 'courses/riverside-accord/course.json', raw: course },
    article: { file: 'articles/riverside-accord/article.json', raw: article, text: FIXTURE_SOURCE },
    modules: [{ file: 'courses/riverside-accord/modules/01-accord.json', raw: accordModule }],
  });
}

/** Typed views of a fixture's raw JSON, for tests that reach in to break one thing. */
export function partsOf(files: CourseFiles): { course: CourseMeta; article: Article; modules: Module[] } {
  return {
    course: files.course.raw as CourseMeta,
    article: files.article.raw as Article,
    modules: files.modules.map((m) => m.raw as Module),
  };
}

/** The question with this id and type in a module, narrowed to its type. */
export function questionOf<T extends QuestionType>(module: Module, id: string, type: T): Extract<Question, { type: T }> {
  const question = module.questions.find((q) => q.id === id);
  if (!question || question.type !== type) throw new Error(`fixture has no ${type} question ${id}`);
  return question as Extract<Question, { type: T }>;
}
