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

const questionBase = {
  id: slug,
  objective: slug,
  prompt: text,
  explanation: text,
  evidence: z.array(EvidenceSchema).min(1, 'a question needs evidence from the article'),
};

export const WHO_SAYS_SO_CATEGORIES = [
  { id: 'pact', text: 'What the pact provides' },
  { id: 'claim', text: 'What a leader, KCNA or a government claims' },
  { id: 'analysis', text: 'What analysts think' },
] as const;

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
    answer: z.enum(['pact', 'claim', 'analysis']),
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
export type QuestionType = Question['type'];
export type Module = z.infer<typeof ModuleSchema>;
export type CourseMeta = z.infer<typeof CourseSchema>;
export type Course = CourseMeta & { moduleList: Module[] };
