import type { ReviewPolicy, When } from './review-policy';

// What a viewer may see of one attempt now: the one rule every surface asks (the attempt page and
// its API, submit's answer, retakes, mistakes, reviews, mastery, course progress, score history).
// It decides from the attempt, the assignment whose review policy governs it, the viewer and the
// clock, and from nothing else, so no page can show more than another.
//
// - Practice and review are checked as the learner goes: each answer's feedback is theirs once given.
// - A quiz, final test or retake shows nothing until submitted, to its student or their teacher.
// - A teacher sees everything of their class's submitted work (their pages check the class is theirs).
// - Once submitted, work that no assignment governs shows everything; assigned work shows what the
//   assignment's review policy shows now, on the student's own due date (accommodations included).
//   Seeing the correct answers implies seeing which answers were right, which implies the score.
// - Governed by an assignment that no longer exists: nothing, rather than too much.

export type Disclosure = {
  /** The total score, and anything it is summed into (best and last scores, score history). */
  score: boolean;
  /** Each answer's verdict, and what it reveals: per-objective results, mistakes, mastery. */
  whichRight: boolean;
  /** Correct answers with explanations and evidence, and what hands them out: retakes, reviews. */
  correctAnswers: boolean;
  /** When more will be shown (the student's due date), or null when nothing more will be. */
  moreAt: string | null;
};

/** The attempt facts the rule reads (an attempts row has them all). */
export type DisclosedAttempt = { kind: string; status: string; policy_assignment_id: string | null };

/** The governing assignment's policy and this student's due date for it; null when it no longer exists. */
export type GoverningPolicy = { policy: ReviewPolicy; dueAt: Date } | null;

export type Viewer = 'student' | 'teacher';

export const DISCLOSE_ALL: Disclosure = Object.freeze({ score: true, whichRight: true, correctAnswers: true, moreAt: null });
export const DISCLOSE_NOTHING: Disclosure = Object.freeze({ score: false, whichRight: false, correctAnswers: false, moreAt: null });

const CHECKED_AS_YOU_GO = new Set(['practice', 'review']);

/** True when this attempt's disclosure depends on an assignment's policy (the only case a loader must read one). */
export function needsPolicy(attempt: DisclosedAttempt): boolean {
  return attempt.status === 'submitted' && !CHECKED_AS_YOU_GO.has(attempt.kind) && attempt.policy_assignment_id !== null;
}

function isVisible(when: When, now: Date, dueAt: Date): boolean {
  return when === 'immediately' || (when === 'after_due' && now.getTime() >= dueAt.getTime());
}

export function discloseAttempt(attempt: DisclosedAttempt, governing: GoverningPolicy | undefined, viewer: Viewer, now: Date): Disclosure {
  if (CHECKED_AS_YOU_GO.has(attempt.kind)) return DISCLOSE_ALL;
  if (attempt.status !== 'submitted') return DISCLOSE_NOTHING;
  if (viewer === 'teacher') return DISCLOSE_ALL;
  if (attempt.policy_assignment_id === null) return DISCLOSE_ALL;
  if (!governing) return DISCLOSE_NOTHING;
  const { policy, dueAt } = governing;
  const correctAnswers = isVisible(policy.correctAnswers, now, dueAt);
  const whichRight = correctAnswers || isVisible(policy.answers, now, dueAt);
  const score = whichRight || isVisible(policy.score, now, dueAt);
  const waits = Object.values(policy).includes('after_due') && now < dueAt;
  return { score, whichRight, correctAnswers, moreAt: waits && !correctAnswers ? dueAt.toISOString() : null };
}
