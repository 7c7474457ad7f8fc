import type { AttemptKind } from '@/lib/attempts/views';
import type { ReviewPolicy, When } from './review-policy';

// What a viewer may see of one attempt now: the one rule every surface asks (the attempt page and
// its API, submit's answer, retakes, mistakes, reviews, mastery, course progress, score history).
// It decides from the attempt, the assignment whose review policy governs it, the viewer and the
// clock, and from nothing else, so no page can show more than another.
//
// - Practice is checked as the learner goes: each answer's verdict is theirs once checked. While it
//   is in progress, a wrong answer's key, explanation and evidence wait (`keysWaitForTries`): the
//   first wrong try shows only where to look and which chosen parts were right; the key comes with
//   a right answer, the second try, or "Show me" (see keyShownAfter). Once shown it stays shown.
// - A review (practice of one's mistakes) is too, except for questions whose correct answers a
//   review policy holds back from this student now (their teacher moved the due date after the
//   review began, say): those show nothing, and the review's total is withheld while any does.
// - A quiz, final test or retake shows nothing until submitted, to its student or their teacher.
// - A teacher sees everything of their class's submitted work (their pages check the class is theirs).
// - Once submitted, work that no assignment governs shows everything; assigned work shows what the
//   assignment's review policy shows now, on the student's own due date (accommodations included).
//   Seeing the correct answers implies seeing which answers were right, which implies the score.
// - A retake of assigned work holds exactly the questions missed, so while its policy does not show
//   the correct answers, not even its questions are shown, and it takes no answers (`hidesQuestions`).
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
  /**
   * Correct answers a policy released later than the submission (at the student's due date): since
   * when. Mastery counts a try made soon after seeing a key for less, from this moment, not the
   * submission. Absent where the keys came with the results.
   */
  correctAnswersSince?: string;
  /** A retake whose questions (the ones missed) are held back: it shows none and takes no answers. */
  hidesQuestions?: boolean;
  /** A review's questions whose keys a policy holds back now: each shows nothing (see disclosureOfQuestion). */
  heldBackQuestions?: ReadonlySet<string>;
  /**
   * Checked as you go, to its learner, in progress: an answer's key, explanation and evidence are
   * shown only once its `key_shown_after` is set (see isKeyWaiting); before, its verdict and where to look.
   */
  keysWaitForTries?: boolean;
};

/** The attempt facts the rule reads (an attempts row has them all). */
export type DisclosedAttempt = {
  kind: string;
  status: string;
  policy_assignment_id: string | null;
  /** JSON array of question ids. */ question_ids: string;
};

/** The governing assignment's policy and this student's due date for it; null when it no longer exists. */
export type GoverningPolicy = { policy: ReviewPolicy; dueAt: Date } | null;

export type Viewer = 'student' | 'teacher';

export const DISCLOSE_ALL: Disclosure = Object.freeze({
  score: true,
  whichRight: true,
  correctAnswers: true,
  moreAt: null,
});
export const DISCLOSE_NOTHING: Disclosure = Object.freeze({
  score: false,
  whichRight: false,
  correctAnswers: false,
  moreAt: null,
});

/** Checked as you go, in progress, to its learner: every verdict, each key once that answer has earned it. */
const CHECKED_IN_PROGRESS: Disclosure = Object.freeze({ ...DISCLOSE_ALL, keysWaitForTries: true });

/** The kinds checked as the learner goes: each answer's feedback is shown once it is checked. */
export const CHECKED_AS_YOU_GO_KINDS = ['practice', 'review'] as const satisfies readonly AttemptKind[];
const CHECKED_AS_YOU_GO: ReadonlySet<string> = new Set(CHECKED_AS_YOU_GO_KINDS);
const NONE_HELD_BACK: ReadonlySet<string> = new Set();

/** True when this attempt's disclosure depends on an assignment's policy (the only case a loader must read one). */
export function needsPolicy(attempt: DisclosedAttempt): boolean {
  if (attempt.policy_assignment_id === null || CHECKED_AS_YOU_GO.has(attempt.kind)) return false;
  return attempt.status === 'submitted' || attempt.kind === 'retake';
}

function isVisible(when: When, now: Date, dueAt: Date): boolean {
  return when === 'immediately' || (when === 'after_due' && now.getTime() >= dueAt.getTime());
}

/** What the policy shows now, on this student's due date. */
function byPolicy({ policy, dueAt }: NonNullable<GoverningPolicy>, now: Date): Disclosure {
  const correctAnswers = isVisible(policy.correctAnswers, now, dueAt);
  const whichRight = correctAnswers || isVisible(policy.answers, now, dueAt);
  const score = whichRight || isVisible(policy.score, now, dueAt);
  const waits = Object.values(policy).includes('after_due') && now < dueAt;
  const moreAt = waits && !correctAnswers ? dueAt.toISOString() : null;
  if (correctAnswers && policy.correctAnswers === 'after_due')
    return { score, whichRight, correctAnswers, moreAt, correctAnswersSince: dueAt.toISOString() };
  return { score, whichRight, correctAnswers, moreAt };
}

/** Reviews, and retakes of self-study or of reviews: their questions may include keys a policy holds back. */
const mayHoldOthersKeys = (attempt: DisclosedAttempt) =>
  attempt.kind === 'review' || (attempt.kind === 'retake' && attempt.policy_assignment_id === null);

/**
 * `heldBackQuestions`: the questions whose correct answers a review policy holds back from this
 * student now (load-disclosure.ts finds them). A review, or a retake not governed by a policy of
 * its own, shows nothing of those, and withholds its total while it holds any.
 */
export function discloseAttempt(
  attempt: DisclosedAttempt,
  governing: GoverningPolicy | undefined,
  viewer: Viewer,
  now: Date,
  heldBackQuestions: ReadonlySet<string> = NONE_HELD_BACK,
): Disclosure {
  const base = disclose(attempt, governing, viewer, now);
  if (viewer === 'teacher' || !base.correctAnswers || heldBackQuestions.size === 0 || !mayHoldOthersKeys(attempt))
    return base;
  const held = new Set((JSON.parse(attempt.question_ids) as string[]).filter((id) => heldBackQuestions.has(id)));
  return held.size === 0 ? base : { ...base, score: false, heldBackQuestions: held };
}

function disclose(
  attempt: DisclosedAttempt,
  governing: GoverningPolicy | undefined,
  viewer: Viewer,
  now: Date,
): Disclosure {
  if (CHECKED_AS_YOU_GO.has(attempt.kind))
    return viewer === 'student' && attempt.status === 'in_progress' ? CHECKED_IN_PROGRESS : DISCLOSE_ALL;
  const governed = attempt.policy_assignment_id !== null && viewer === 'student';
  const policy = governed ? (governing ? byPolicy(governing, now) : DISCLOSE_NOTHING) : DISCLOSE_ALL;
  if (governed && attempt.kind === 'retake' && !policy.correctAnswers)
    return { ...DISCLOSE_NOTHING, moreAt: policy.moreAt, hidesQuestions: true };
  if (attempt.status !== 'submitted') return DISCLOSE_NOTHING;
  return policy;
}

/** One question's share of an attempt's disclosure: nothing for a review question whose key is held back. */
export function disclosureOfQuestion(disclosure: Disclosure, questionId: string): Disclosure {
  return disclosure.heldBackQuestions?.has(questionId) ? DISCLOSE_NOTHING : disclosure;
}

/** Wrong tries before the key is shown without asking: the first points to where to look, the second shows it. */
export const TRIES_BEFORE_KEY = 2;

/**
 * After a try is graded: the tries made when this answer's key was first shown, or null while it
 * still waits. Shown once stays shown; otherwise a right answer, or the TRIES_BEFORE_KEY-th try, shows it.
 */
export function keyShownAfter(previous: number | null, tries: number, isCorrect: boolean): number | null {
  if (previous !== null) return previous;
  return isCorrect || tries >= TRIES_BEFORE_KEY ? tries : null;
}

/** Whether this answer's key, explanation and evidence are still held back from its learner (a hint instead). */
export function isKeyWaiting(disclosure: Disclosure, answer: { key_shown_after: number | null }): boolean {
  return disclosure.keysWaitForTries === true && answer.key_shown_after === null;
}
