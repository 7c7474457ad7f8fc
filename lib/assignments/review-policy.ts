import { z } from 'zod';

// What a student sees of an assignment attempt, and when: their score, which answers were right,
// and the correct answers with explanations and evidence. Each is shown immediately after
// submitting, only after the due date, or never. Seeing the correct answers implies seeing which
// answers were right, which implies seeing the score.

const When = z.enum(['immediately', 'after_due', 'never']);
export type When = z.infer<typeof When>;

export const ReviewPolicySchema = z.strictObject({ score: When, answers: When, correctAnswers: When });
export type ReviewPolicy = z.infer<typeof ReviewPolicySchema>;

export const DEFAULT_REVIEW_POLICY: ReviewPolicy = { score: 'immediately', answers: 'after_due', correctAnswers: 'after_due' };

export type ReviewVisibility = { showScore: boolean; showWhichRight: boolean; showCorrectAnswers: boolean };

function isVisible(when: When, now: Date, dueAt: Date): boolean {
  return when === 'immediately' || (when === 'after_due' && now.getTime() >= dueAt.getTime());
}

/** What a submitted attempt may show its student now. */
export function reviewVisibility(policy: ReviewPolicy, now: Date, dueAt: Date): ReviewVisibility {
  const showCorrectAnswers = isVisible(policy.correctAnswers, now, dueAt);
  const showWhichRight = showCorrectAnswers || isVisible(policy.answers, now, dueAt);
  const showScore = showWhichRight || isVisible(policy.score, now, dueAt);
  return { showScore, showWhichRight, showCorrectAnswers };
}

export function parseReviewPolicy(json: string): ReviewPolicy {
  const parsed = ReviewPolicySchema.safeParse(JSON.parse(json));
  // A stored policy that no longer parses shows nothing rather than too much.
  return parsed.success ? parsed.data : { score: 'never', answers: 'never', correctAnswers: 'never' };
}
