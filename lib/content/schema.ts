import { z } from 'zod';

// The course model. Everything a learner reads is data validated here, and every fact about the
// story points at sentences of the article (sentence ids plus a verbatim quote), so a claim can be
// checked against its source by a machine and opened in the reader by a person.

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');
const text = z.string().trim().min(1, 'must not be empty');

export const SentenceIdSchema = z.string().regex(/^p\d+s\d+$/, 'sentence ids look like p2s3');

export const SentenceSchema = z.strictObject({ id: SentenceIdSchema, text });
export const ParagraphSchema = z.strictObject({
  id: z.string().regex(/^p\d+$/, 'paragraph ids look like p2'),
  sentences: z.array(SentenceSchema).min(1),
});
export const ArticleSchema = z.strictObject({
  id: slug,
  language: z.string().min(2),
  /** File beside article.json holding the article exactly as received. */
  source: z.string().min(1),
  note: z.string().optional(),
  paragraphs: z.array(ParagraphSchema).min(1),
});

/** A pointer into the article: the sentence and a verbatim quote from it. */
export const EvidenceSchema = z.strictObject({ sentence: SentenceIdSchema, quote: text });

export const ObjectiveSchema = z.strictObject({ id: slug, text });
export const TermSchema = z.strictObject({ term: text, definition: text });

/**
 * One sentence of lesson prose. A claim about the story carries evidence; a sentence that states
 * nothing about the story (a transition, a question to the reader, a general definition) says so
 * with its kind instead, and is shown without a citation.
 */
export const LessonSentenceSchema = z.union([
  z.strictObject({ text, evidence: z.array(EvidenceSchema).min(1) }),
  z.strictObject({ text, kind: z.enum(['framing', 'general']) }),
]);
export const LessonSectionSchema = z.strictObject({
  heading: text,
  paragraphs: z.array(z.array(LessonSentenceSchema).min(1)).min(1),
});
export const LessonSchema = z.strictObject({
  title: text,
  sections: z.array(LessonSectionSchema).min(1),
});

export const OptionSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), text });

/**
 * Which pool a question belongs to. Practice questions are what self-study shows (practice,
 * self-study quizzes, the final test, retakes and reviews); assessment questions are only ever
 * drawn for work a teacher assigns, so no student can read their keys in self-study. A retired
 * question is never drawn again but stays in the file, so attempts that hold it still show and
 * can still be regraded.
 */
export const QUESTION_POOLS = ['practice', 'assessment', 'retired'] as const;
export type QuestionPool = (typeof QUESTION_POOLS)[number];
/** The pools a teacher can assign from. */
export const ASSIGNABLE_POOLS = ['assessment', 'practice'] as const;
export type AssignablePool = (typeof ASSIGNABLE_POOLS)[number];

/** Why a question's revision changed: shown to students whose answers a regrade changed. */
export const RevisionNoteSchema = z.strictObject({
  revision: z.number().int().min(2),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates look like 2026-12-02'),
  note: text,
});

const questionBase = {
  id: slug,
  objective: slug,
  pool: z.enum(QUESTION_POOLS),
  /**
   * Raised by every release that changes the key, the options or the accepted variants; every
   * stored answer records the revision it was graded on, so `npm run content:regrade` knows
   * which answers a change touches.
   */
  revision: z.number().int().min(1),
  /** One note per revision after the first, oldest first. */
  history: z.array(RevisionNoteSchema).optional(),
  prompt: text,
  explanation: text,
  evidence: z.array(EvidenceSchema).min(1, 'a question needs evidence from the article'),
};

/**
 * The four answers to "who says so?". How a provision reported by KCNA is classed, decided once
 * and said on the quiz page: what the article gives as the pact's content ("the pact calls
 * for…", "KCNA reported it also calls for…") is *pact*, since KCNA is the messenger; the words a
 * leader or KCNA uses to describe the pact or the world ("the strongest treaty ever", "hegemonic
 * policies") are a *claim*; the writer's own judging words ("landmark", "pariah state", "shaky
 * alliance") are the article's own judgment.
 */
export const WHO_SAYS_SO_CATEGORIES = [
  { id: 'pact', text: 'What the pact provides (as reported)' },
  { id: 'claim', text: 'What a leader, KCNA or a government claims' },
  { id: 'analysis', text: 'What analysts think' },
  { id: 'writer', text: "The article's own judgment" },
] as const;
export type WhoSaysSoId = (typeof WHO_SAYS_SO_CATEGORIES)[number]['id'];
export const WHO_SAYS_SO_IDS = WHO_SAYS_SO_CATEGORIES.map((c) => c.id) as [WhoSaysSoId, ...WhoSaysSoId[]];
/** Shown with every who-says-so question (kept in its own file, which the quiz page imports). */
export { WHO_SAYS_SO_RULE } from './who-says-so-rule';

export const QuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...questionBase,
    type: z.literal('single-choice'),
    options: z.array(OptionSchema).min(2).max(6),
    answer: z.string(),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('multiple-select'),
    options: z.array(OptionSchema).min(3).max(8),
    answer: z.array(z.string()).min(1),
  }),
  z.strictObject({ ...questionBase, type: z.literal('true-false'), answer: z.boolean() }),
  z.strictObject({
    ...questionBase,
    type: z.literal('fill-blank'),
    /** Accepted answers; the first is the one shown as correct. */
    answer: z.array(text).min(1),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('matching'),
    options: z.strictObject({
      left: z.array(OptionSchema).min(2).max(6),
      right: z.array(OptionSchema).min(2).max(8),
    }),
    /** left option id → right option id */
    answer: z.record(z.string(), z.string()),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('ordering'),
    options: z.array(OptionSchema).min(3).max(7),
    /** Option ids in the correct order. */
    answer: z.array(z.string()).min(3),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('find-evidence'),
    /** The paragraph whose sentences are the choices. */
    paragraph: z.string().regex(/^p\d+$/),
    answer: SentenceIdSchema,
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('who-says-so'),
    answer: z.enum(WHO_SAYS_SO_IDS),
    /** Other categories a careful reader could defend; graded as correct too. */
    alsoAccepted: z.array(z.enum(WHO_SAYS_SO_IDS)).optional(),
  }),
]);

export const ModuleSchema = z.strictObject({
  id: slug,
  title: text,
  summary: text,
  objectives: z.array(ObjectiveSchema).min(1, 'a module needs learning objectives'),
  terms: z.array(TermSchema),
  lesson: LessonSchema,
  questions: z.array(QuestionSchema).min(8, 'a module needs at least 8 questions'),
});

export const CourseSchema = z.strictObject({
  id: slug,
  title: text,
  summary: text,
  audience: text,
  article: slug,
  /** Module files, in teaching order, relative to the course folder. */
  modules: z.array(z.string().min(1)).min(1),
});

export type Article = z.infer<typeof ArticleSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type LessonSentence = z.infer<typeof LessonSentenceSchema>;
export type Lesson = z.infer<typeof LessonSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type RevisionNote = z.infer<typeof RevisionNoteSchema>;
export type QuestionType = Question['type'];
/** The eight question types, in the schema's order. */
export const QUESTION_TYPES: readonly QuestionType[] = QuestionSchema.options.map((o) => o.shape.type.value);
export type Module = z.infer<typeof ModuleSchema>;
export type CourseMeta = z.infer<typeof CourseSchema>;
export type Course = CourseMeta & { moduleList: Module[] };
