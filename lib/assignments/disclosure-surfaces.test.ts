import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { at, classroom, DAY, firstRight, work } from '@/lib/assignments/testing/classroom';
import { getAttemptView } from '@/lib/attempts/get-attempt';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { startRetake } from '@/lib/attempts/start-retake';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { rightAnswer } from '@/lib/attempts/testing/answers';
import { useFreshDatabase } from '@/lib/attempts/testing/backend';
import { removeStudent } from '@/lib/classes/remove-student';
import { backfillPolicyAssignments } from '@/lib/db/migrations/0006-policy-assignment';
import type { Database } from '@/lib/db/schema';
import { TEST_BACKENDS } from '@/lib/db/test-backends';
import { getCourseProgress } from '@/lib/progress/get-course-progress';
import { listMistakeIds, listMistakes } from '@/lib/progress/list-mistakes';
import { startReview } from '@/lib/progress/start-review';
import type { ReviewPolicy } from './review-policy';

// The surfaces around an assigned attempt (retakes, mistakes and reviews, course progress, the
// per-objective results) follow its review policy exactly as the attempt page does, and a student
// taken off the roster can no longer change the class's work.

const COURSE = 'nk-russia-pact';
const KEYS_AFTER_DUE: ReviewPolicy = { score: 'immediately', answers: 'immediately', correctAnswers: 'after_due' };
const beforeDue = at(DAY);
const afterDue = at(8 * DAY);

async function expectError(promise: Promise<unknown>, status: number, message: RegExp) {
  await expect(promise).rejects.toMatchObject({ status, message: expect.stringMatching(message) });
}

const attemptCount = async (db: Kysely<Database>, ownerId: string) => (await db.selectFrom('attempts').select('id').where('owner_id', '=', ownerId).execute()).length;

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`the review policy on every surface, on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('offers and accepts a retake only once the correct answers are shown, and the retake carries the policy', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const assignmentId = await assign({ reviewPolicy: KEYS_AFTER_DUE });
      const attemptId = await work(db, assignmentId, ana.id, { startAt: at(60), submitAt: at(600), answer: firstRight(9) });

      expect((await getAttemptView(db, attemptId, ana.id, beforeDue))!.canRetake).toBe(false);
      const before = await attemptCount(db, ana.id);
      await expectError(startRetake(db, attemptId, ana.id, beforeDue), 403, /not released the correct answers/);
      expect(await attemptCount(db, ana.id)).toBe(before);

      expect((await getAttemptView(db, attemptId, ana.id, afterDue))!.canRetake).toBe(true);
      const retakeId = await startRetake(db, attemptId, ana.id, afterDue);
      const retake = await db.selectFrom('attempts').selectAll().where('id', '=', retakeId).executeTakeFirstOrThrow();
      expect(retake).toMatchObject({ kind: 'retake', assignment_id: null, policy_assignment_id: assignmentId });
      await submitAttempt(db, retakeId, ana.id, afterDue);
      expect((await getAttemptView(db, retakeId, ana.id, afterDue))!.result?.unanswered).not.toEqual({});

      // The teacher gives Ana a later due date: the retake holds its keys back again, like the original.
      await db
        .insertInto('accommodations')
        .values({ assignment_id: assignmentId, student_id: ana.id, time_multiplier: null, is_untimed: 0, due_at: at(20 * DAY).toISOString(), closes_at: null, updated_at: afterDue.toISOString() })
        .execute();
      const held = (await getAttemptView(db, retakeId, ana.id, afterDue))!;
      expect(held.result?.unanswered).toEqual({});
      expect(held.heldBack).toMatchObject({ score: false, whichRight: false });
    });

    it('a timed-out or never-shown assignment cannot be retaken at all', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const never = await assign({ reviewPolicy: { score: 'immediately', answers: 'immediately', correctAnswers: 'never' } });
      const attemptId = await work(db, never, ana.id, { startAt: at(60), submitAt: at(600), answer: firstRight(3) });
      await expectError(startRetake(db, attemptId, ana.id, at(60 * DAY)), 403, /not released/);
    });

    it('lists a mistake whose key is held back without its key, and never practises it until the key is shown', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      await work(db, await assign({ reviewPolicy: KEYS_AFTER_DUE }), ana.id, { startAt: at(60), submitAt: at(600), answer: firstRight(10) });

      const held = await listMistakes(db, ana.id, COURSE, beforeDue);
      expect(held).toHaveLength(2);
      for (const mistake of held) {
        expect(mistake.feedback).toBeUndefined();
        expect(mistake.heldBackUntil).toBe(at(7 * DAY).toISOString());
      }
      expect(await listMistakeIds(db, ana.id, COURSE, beforeDue)).toEqual([]);
      await expectError(startReview(db, ana.id, COURSE, beforeDue), 409, /Nothing to review/);

      const shown = await listMistakes(db, ana.id, COURSE, afterDue);
      expect(shown.map((m) => m.feedback?.explanation.length ?? 0).every((n) => n > 10)).toBe(true);
      const reviewId = await startReview(db, ana.id, COURSE, afterDue);
      const review = await db.selectFrom('attempts').select('question_ids').where('id', '=', reviewId).executeTakeFirstOrThrow();
      expect(JSON.parse(review.question_ids)).toEqual(shown.map((m) => m.questionId));
    });

    it("counts a held-back score as taken but never as the best or the last, so several attempts tell nothing", async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const assignmentId = await assign({ reviewPolicy: { score: 'after_due', answers: 'never', correctAnswers: 'never' } });
      await work(db, assignmentId, ana.id, { startAt: at(60), submitAt: at(600), answer: firstRight(4) });
      await work(db, assignmentId, ana.id, { startAt: at(700), submitAt: at(900), answer: firstRight(11) });
      const pact = (p: Awaited<ReturnType<typeof getCourseProgress>>) => p.modules.find((m) => m.moduleId === 'the-pact')!;

      expect(pact(await getCourseProgress(db, ana.id, COURSE, beforeDue))).toMatchObject({ taken: 2, best: null, last: null, isLastWithheld: true });
      expect(pact(await getCourseProgress(db, ana.id, COURSE, afterDue))).toMatchObject({ taken: 2, best: { score: 11 }, last: { score: 11 }, isLastWithheld: false });
    });

    it('shows no per-objective results while which answers were right is held back', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const attemptId = await work(db, await assign({ reviewPolicy: { score: 'immediately', answers: 'after_due', correctAnswers: 'never' } }), ana.id, {
        startAt: at(60),
        submitAt: at(600),
        answer: firstRight(6),
      });
      const view = (await getAttemptView(db, attemptId, ana.id, beforeDue))!;
      expect(view.result).toMatchObject({ score: 6, objectives: [], unanswered: {} });
      expect(view.answers.every((a) => a.feedback === undefined)).toBe(true);
      const later = (await getAttemptView(db, attemptId, ana.id, afterDue))!;
      expect(later.result!.objectives.length).toBeGreaterThan(0);
      expect(later.answers.every((a) => a.feedback !== undefined && a.feedback.explanation === '')).toBe(true);
    });

    it("refuses saves and submits from a student removed from the class, with a 403, and keeps their work for the teacher", async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const assignmentId = await assign({ reviewPolicy: KEYS_AFTER_DUE });
      const attemptId = await work(db, assignmentId, ana.id, { startAt: at(60), submitAt: null, answer: firstRight(5) });
      const saved = await db.selectFrom('answers').selectAll().where('attempt_id', '=', attemptId).orderBy('question_id').execute();
      expect(await removeStudent(db, teacher.id, 'c1', ana.id)).toBe(true);

      const [questionId] = JSON.parse((await db.selectFrom('attempts').select('question_ids').where('id', '=', attemptId).executeTakeFirstOrThrow()).question_ids) as string[];
      const response = await rightAnswer(db, attemptId, questionId!);
      await expectError(saveAnswer(db, { attemptId, ownerId: ana.id, questionId: questionId!, response, idempotencyKey: crypto.randomUUID() }, at(700)), 403, /no longer on this class/);
      await expectError(submitAttempt(db, attemptId, ana.id, at(800)), 403, /no longer on this class/);
      expect(await db.selectFrom('answers').selectAll().where('attempt_id', '=', attemptId).orderBy('question_id').execute()).toEqual(saved);
      expect(await db.selectFrom('attempts').select('status').where('id', '=', attemptId).executeTakeFirstOrThrow()).toEqual({ status: 'in_progress' });
    });

    it('fills in the governing assignment of attempts made before it was recorded, along a chain of retakes', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const assignmentId = await assign({ reviewPolicy: { score: 'immediately', answers: 'immediately', correctAnswers: 'immediately' } });
      const first = await work(db, assignmentId, ana.id, { startAt: at(60), submitAt: at(600), answer: firstRight(6) });
      const retake = await startRetake(db, first, ana.id, at(700));
      await submitAttempt(db, retake, ana.id, at(800));
      const second = await startRetake(db, retake, ana.id, at(900));
      await db.updateTable('attempts').set({ policy_assignment_id: null }).execute();
      await backfillPolicyAssignments(db as Kysely<unknown>);
      const rows = await db.selectFrom('attempts').select(['id', 'policy_assignment_id']).where('id', 'in', [first, retake, second]).execute();
      expect(rows.map((r) => r.policy_assignment_id)).toEqual([assignmentId, assignmentId, assignmentId]);
    });
  });
}
