import { z } from 'zod';

// What a student sees of an assignment attempt, and when: their score, which answers were right,
// and the correct answers with explanations and evidence. Each is shown immediately after
// submitting, only after the due date, or never. lib/assignments/disclosure.ts applies it.

const When = z.enum(['immediately', 'after_due', 'never']);
export type When = z.infer<typeof When>;

export const ReviewPolicySchema = z.strictObject({ score: When, answers: When, correctAnswers: When });
export type ReviewPolicy = z.infer<typeof ReviewPolicySchema>;

export const DEFAULT_REVIEW_POLICY: ReviewPolicy = {
  score: 'immediately',
  answers: 'after_due',
  correctAnswers: 'after_due',
};

export function parseReviewPolicy(json: string): ReviewPolicy {
  const parsed = ReviewPolicySchema.safeParse(JSON.parse(json));
  // A stored policy that no longer parses shows nothing rather than too much.
  return parsed.success ? parsed.data : { score: 'never', answers: 'never', correctAnswers: 'never' };
}
