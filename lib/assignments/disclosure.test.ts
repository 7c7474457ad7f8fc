import { describe, expect, it } from 'vitest';
import {
  DISCLOSE_ALL,
  DISCLOSE_NOTHING,
  discloseAttempt,
  disclosureOfQuestion,
  isKeyWaiting,
  keyShownAfter,
  type DisclosedAttempt,
} from './disclosure';
import { parseReviewPolicy, type ReviewPolicy } from './review-policy';

const due = new Date('2026-03-10T12:00:00Z');
const before = new Date('2026-03-10T11:59:59Z');
const assignedQuiz: DisclosedAttempt = {
  kind: 'quiz',
  status: 'submitted',
  policy_assignment_id: 'as_1',
  question_ids: '["q1","q2"]',
};
const governing = (policy: ReviewPolicy) => ({ policy, dueAt: due });

describe('discloseAttempt', () => {
  it('shows each part of an assigned attempt immediately, after the due date, or never', () => {
    const policy = { score: 'immediately', answers: 'after_due', correctAnswers: 'never' } as const;
    expect(discloseAttempt(assignedQuiz, governing(policy), 'student', before)).toEqual({
      score: true,
      whichRight: false,
      correctAnswers: false,
      moreAt: due.toISOString(),
    });
    expect(discloseAttempt(assignedQuiz, governing(policy), 'student', due)).toEqual({
      score: true,
      whichRight: true,
      correctAnswers: false,
      moreAt: null,
    });
  });

  it('correct answers imply which were right, which implies the score', () => {
    const policy = { score: 'never', answers: 'never', correctAnswers: 'after_due' } as const;
    expect(discloseAttempt(assignedQuiz, governing(policy), 'student', before)).toMatchObject({
      score: false,
      whichRight: false,
      correctAnswers: false,
    });
    expect(discloseAttempt(assignedQuiz, governing(policy), 'student', due)).toMatchObject({
      score: true,
      whichRight: true,
      correctAnswers: true,
    });
  });

  it('a retake is governed by its original assignment, like the attempt it came from', () => {
    const policy = { score: 'immediately', answers: 'never', correctAnswers: 'never' } as const;
    const retake = { kind: 'retake', status: 'submitted', policy_assignment_id: 'as_1', question_ids: '[]' };
    expect(discloseAttempt(retake, governing(policy), 'student', due)).toMatchObject({
      whichRight: false,
      correctAnswers: false,
    });
  });

  it('shows nothing of a quiz, final test or retake in progress, to the student or the teacher', () => {
    const keysShown = governing({ score: 'immediately', answers: 'immediately', correctAnswers: 'immediately' });
    for (const kind of ['quiz', 'final', 'retake']) {
      for (const policy_assignment_id of [null, 'as_1']) {
        const attempt = { kind, status: 'in_progress', policy_assignment_id, question_ids: '[]' };
        expect(discloseAttempt(attempt, keysShown, 'student', due)).toEqual(DISCLOSE_NOTHING);
        expect(discloseAttempt(attempt, keysShown, 'teacher', due)).toEqual(DISCLOSE_NOTHING);
      }
    }
  });

  it('holds back the very questions of an assigned retake while its policy does not show the correct answers', () => {
    const policy = { score: 'immediately', answers: 'immediately', correctAnswers: 'after_due' } as const;
    for (const status of ['in_progress', 'submitted']) {
      const retake = { kind: 'retake', status, policy_assignment_id: 'as_1', question_ids: '["q1"]' };
      expect(discloseAttempt(retake, governing(policy), 'student', before)).toEqual({
        ...DISCLOSE_NOTHING,
        moreAt: due.toISOString(),
        hidesQuestions: true,
      });
      expect(discloseAttempt(retake, governing(policy), 'student', due).hidesQuestions).toBeUndefined();
    }
  });

  it('a review, or a retake of self-study, shows nothing of the questions whose keys a policy holds back, and withholds its total', () => {
    const held = new Set(['q2', 'q9']);
    for (const kind of ['review', 'retake']) {
      const attempt = { kind, status: 'submitted', policy_assignment_id: null, question_ids: '["q1","q2"]' };
      const disclosure = discloseAttempt(attempt, undefined, 'student', due, held);
      expect(disclosure).toMatchObject({
        score: false,
        whichRight: true,
        correctAnswers: true,
        heldBackQuestions: new Set(['q2']),
      });
      expect(disclosureOfQuestion(disclosure, 'q1')).toMatchObject({ correctAnswers: true });
      expect(disclosureOfQuestion(disclosure, 'q2')).toEqual(DISCLOSE_NOTHING);
      // Holding none of them: nothing changes.
      expect(discloseAttempt({ ...attempt, question_ids: '["q1"]' }, undefined, 'student', due, held)).toEqual(
        DISCLOSE_ALL,
      );
    }
  });

  it('practice and review are checked as you go; unassigned submitted work shows everything', () => {
    // In progress, to its learner, each key waits for that answer to earn it.
    const checkedAsYouGo = { ...DISCLOSE_ALL, keysWaitForTries: true };
    expect(
      discloseAttempt(
        { kind: 'practice', status: 'in_progress', policy_assignment_id: 'as_1', question_ids: '[]' },
        null,
        'student',
        before,
      ),
    ).toEqual(checkedAsYouGo);
    expect(
      discloseAttempt(
        { kind: 'review', status: 'in_progress', policy_assignment_id: null, question_ids: '[]' },
        undefined,
        'student',
        before,
      ),
    ).toEqual(checkedAsYouGo);
    const finished = { kind: 'practice', status: 'submitted', policy_assignment_id: null, question_ids: '[]' };
    expect(discloseAttempt(finished, undefined, 'student', before)).toEqual(DISCLOSE_ALL);
    expect(discloseAttempt({ ...finished, status: 'in_progress' }, undefined, 'teacher', before)).toEqual(DISCLOSE_ALL);
    expect(discloseAttempt({ ...assignedQuiz, policy_assignment_id: null }, undefined, 'student', before)).toEqual(
      DISCLOSE_ALL,
    );
  });

  it('an assignment that no longer exists shows nothing; a teacher sees their class’s submitted work whole', () => {
    expect(discloseAttempt(assignedQuiz, null, 'student', due)).toEqual(DISCLOSE_NOTHING);
    expect(discloseAttempt(assignedQuiz, undefined, 'student', due)).toEqual(DISCLOSE_NOTHING);
    expect(
      discloseAttempt(
        assignedQuiz,
        governing({ score: 'never', answers: 'never', correctAnswers: 'never' }),
        'teacher',
        before,
      ),
    ).toEqual(DISCLOSE_ALL);
  });

  it('a stored policy that no longer parses shows nothing', () => {
    const policy = parseReviewPolicy('{"score":"sometimes"}');
    expect(policy).toEqual({ score: 'never', answers: 'never', correctAnswers: 'never' });
    expect(discloseAttempt(assignedQuiz, governing(policy), 'student', due)).toEqual(DISCLOSE_NOTHING);
  });
});

describe('keyShownAfter and isKeyWaiting: a wrong answer’s key in practice', () => {
  it('waits after one wrong try, comes with a right answer or the second try, and stays once shown', () => {
    expect(keyShownAfter(null, 1, false)).toBeNull();
    expect(keyShownAfter(null, 1, true)).toBe(1);
    expect(keyShownAfter(null, 2, false)).toBe(2);
    expect(keyShownAfter(null, 2, true)).toBe(2);
    // Shown by "Show me" after the first try: the third try does not move it.
    expect(keyShownAfter(1, 3, false)).toBe(1);
  });

  it('only holds a key back where the disclosure says keys wait', () => {
    const waiting = { ...DISCLOSE_ALL, keysWaitForTries: true };
    expect(isKeyWaiting(waiting, { key_shown_after: null })).toBe(true);
    expect(isKeyWaiting(waiting, { key_shown_after: 1 })).toBe(false);
    expect(isKeyWaiting(DISCLOSE_ALL, { key_shown_after: null })).toBe(false);
  });
});
