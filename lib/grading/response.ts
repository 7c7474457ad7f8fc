import { z } from 'zod';

// A learner's response to one question, by type. The same shape travels over the wire (with the
// attempt's opaque option tokens) and into grading (with content ids, after the server maps the
// tokens back), so a browser never learns an option's content id, which might give the key away.

const id = z.string().min(1).max(120);

export const ResponseSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single-choice'), choice: id }),
  z.strictObject({ type: z.literal('multiple-select'), choices: z.array(id).max(12) }),
  z.strictObject({ type: z.literal('true-false'), value: z.boolean() }),
  z.strictObject({ type: z.literal('fill-blank'), text: z.string().max(200, 'answers are at most 200 characters') }),
  z.strictObject({
    type: z.literal('matching'),
    pairs: z.record(id, id).refine((r) => Object.keys(r).length <= 12, 'too many pairs'),
  }),
  z.strictObject({ type: z.literal('ordering'), order: z.array(id).max(12) }),
  z.strictObject({ type: z.literal('find-evidence'), choice: id }),
  z.strictObject({ type: z.literal('who-says-so'), choice: id }),
]);

export type Response = z.infer<typeof ResponseSchema>;
export type ResponseOf<T extends Response['type']> = Extract<Response, { type: T }>;

/** The outcome of grading one response: a score from 0 to 1, and whether it was fully right. */
export type Grade = { score: number; isCorrect: boolean };
