import { AppError } from '@/lib/errors';
import { httpStatusOf } from '@/lib/http/error-response';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { startAssignmentAttempt } from '@/lib/assignments/start-assignment-attempt';
import { at, classroom, DAY, firstRight, T0, work } from '@/scripts/testing/assignments/classroom';
import { getAttemptView } from '@/lib/attempts/get-attempt';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { startRetake } from '@/lib/attempts/start-retake';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { rightAnswer } from '@/scripts/testing/attempts/answers';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { removeStudent } from '@/lib/classes/remove-student';
import { getStudentAttemptForTeacher } from '@/lib/gradebook/get-student-attempt-for-teacher';
import { backfillPolicyAssignments } from '@/lib/db/migrations/0006-policy-assignment';
import type { Database } from '@/lib/db/schema';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
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
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  // The status is the route's answer for it (lib/http/error-response.ts), which a user sees.
  expect({ status: httpStatusOf(error as AppError), message: (error as AppError).message }).toMatchObject({
    status,
    message: expect.stringMatching(message),
  });
}

async function extendDueDate(db: Kysely<Database>, assignmentId: string, studentId: string, dueAt: Date) {
  await db
    .insertInto('accommodations')
    .values({
      assignment_id: assignmentId,
      student_id: studentId,
      time_multiplier: null,
      is_untimed: 0,
      due_at: dueAt.toISOString(),
      closes_at: null,
      updated_at: T0.toISOString(),
    })
    .execute();
}

const attemptCount = async (db: Kysely<Database>, ownerId: string) =>
  (await db.selectFrom('attempts').select('id').where('owner_id', '=', ownerId).execute()).length;

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`the review policy on every surface, on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('offers and accepts a retake only once the correct answers are shown, and the retake carries the policy', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const assignmentId = await assign({ reviewPolicy: KEYS_AFTER_DUE });
      const attemptId = await work(db, assignmentId, ana.id, {
        startAt: at(60),
        submitAt: at(600),
        answer: firstRight(9),
      });

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

      // The teacher gives Ana a later due date: the retake holds everything back again, its questions too.
      await extendDueDate(db, assignmentId, ana.id, at(20 * DAY));
      const held = (await getAttemptView(db, retakeId, ana.id, afterDue))!;
      expect(held).toMatchObject({
        questions: [],
        answers: [],
        questionsHeldBack: { moreAt: at(20 * DAY).toISOString() },
      });
      expect(held.result).toBeUndefined();
    });

    it('a timed-out assigned attempt is retaken only once its keys are shown, and one whose keys are never shown never is', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const timed = await assign({ reviewPolicy: KEYS_AFTER_DUE, timeLimitMinutes: 10 });
      const timedOut = await work(db, timed, ana.id, { startAt: at(60), submitAt: null, answer: firstRight(3) });
      // Looking at it after its deadline hands it in.
      expect((await getAttemptView(db, timedOut, ana.id, at(3600)))!).toMatchObject({
        status: 'submitted',
        canRetake: false,
      });
      await expectError(startRetake(db, timedOut, ana.id, at(3600)), 403, /not released/);
      expect(await startRetake(db, timedOut, ana.id, afterDue)).toMatch(/^a_/);

      const never = await assign({
        moduleId: 'context',
        reviewPolicy: { score: 'immediately', answers: 'immediately', correctAnswers: 'never' },
      });
      const attemptId = await work(db, never, ana.id, { startAt: at(60), submitAt: at(600), answer: firstRight(3) });
      await expectError(startRetake(db, attemptId, ana.id, at(60 * DAY)), 403, /not released/);
    });

    it('lists a mistake whose key is held back without its key, and never practices it until the key is shown', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      await work(db, await assign({ reviewPolicy: KEYS_AFTER_DUE }), ana.id, {
        startAt: at(60),
        submitAt: at(600),
        answer: firstRight(10),
      });

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
      const review = await db
        .selectFrom('attempts')
        .select('question_ids')
        .where('id', '=', reviewId)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(review.question_ids)).toEqual(shown.map((m) => m.questionId));
    });

    it('counts a held-back score as taken but never as the best or the last, so several attempts tell nothing', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const assignmentId = await assign({
        reviewPolicy: { score: 'after_due', answers: 'never', correctAnswers: 'never' },
      });
      await work(db, assignmentId, ana.id, { startAt: at(60), submitAt: at(600), answer: firstRight(4) });
      await work(db, assignmentId, ana.id, { startAt: at(700), submitAt: at(900), answer: firstRight(11) });
      const pact = (p: Awaited<ReturnType<typeof getCourseProgress>>) =>
        p.modules.find((m) => m.moduleId === 'the-pact')!;

      expect(pact(await getCourseProgress(db, ana.id, COURSE, beforeDue))).toMatchObject({
        taken: 2,
        best: null,
        last: null,
        isLastWithheld: true,
      });
      expect(pact(await getCourseProgress(db, ana.id, COURSE, afterDue))).toMatchObject({
        taken: 2,
        best: { score: 11 },
        last: { score: 11 },
        isLastWithheld: false,
      });
    });

    it('shows no per-objective results while which answers were right is held back', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const attemptId = await work(
        db,
        await assign({ reviewPolicy: { score: 'immediately', answers: 'after_due', correctAnswers: 'never' } }),
        ana.id,
        {
          startAt: at(60),
          submitAt: at(600),
          answer: firstRight(6),
        },
      );
      const view = (await getAttemptView(db, attemptId, ana.id, beforeDue))!;
      expect(view.result).toMatchObject({ score: 6, objectives: [], unanswered: {} });
      expect(view.answers.every((a) => a.feedback === undefined)).toBe(true);
      const later = (await getAttemptView(db, attemptId, ana.id, afterDue))!;
      expect(later.result!.objectives.length).toBeGreaterThan(0);
      expect(later.answers.every((a) => a.feedback !== undefined && a.feedback.explanation === '')).toBe(true);
    });

    it('refuses saves and submits from a student removed from the class, with a 403, and keeps their work for the teacher', async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const assignmentId = await assign({ reviewPolicy: KEYS_AFTER_DUE });
      const attemptId = await work(db, assignmentId, ana.id, {
        startAt: at(60),
        submitAt: null,
        answer: firstRight(5),
      });
      const saved = await db
        .selectFrom('answers')
        .selectAll()
        .where('attempt_id', '=', attemptId)
        .orderBy('question_id')
        .execute();
      expect(await removeStudent(db, teacher.id, 'c1', ana.id)).toBe(true);

      const [questionId] = JSON.parse(
        (await db.selectFrom('attempts').select('question_ids').where('id', '=', attemptId).executeTakeFirstOrThrow())
          .question_ids,
      ) as string[];
      const response = await rightAnswer(db, attemptId, questionId!);
      await expectError(
        saveAnswer(
          db,
          { attemptId, ownerId: ana.id, questionId: questionId!, response, idempotencyKey: crypto.randomUUID() },
          at(700),
        ),
        403,
        /no longer on this class/,
      );
      await expectError(submitAttempt(db, attemptId, ana.id, at(800)), 403, /no longer on this class/);
      expect(
        await db.selectFrom('answers').selectAll().where('attempt_id', '=', attemptId).orderBy('question_id').execute(),
      ).toEqual(saved);
      expect(
        await db.selectFrom('attempts').select('status').where('id', '=', attemptId).executeTakeFirstOrThrow(),
      ).toEqual({ status: 'in_progress' });
    });

    it('a later due date given after the keys were shown holds them back in a review already started, and in its replies', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const assignmentId = await assign({ reviewPolicy: KEYS_AFTER_DUE });
      await work(db, assignmentId, ana.id, { startAt: at(60), submitAt: at(600), answer: firstRight(10) });
      const reviewId = await startReview(db, ana.id, COURSE, afterDue);
      await extendDueDate(db, assignmentId, ana.id, at(20 * DAY));

      const [held] = JSON.parse(
        (await db.selectFrom('attempts').select('question_ids').where('id', '=', reviewId).executeTakeFirstOrThrow())
          .question_ids,
      ) as string[];
      const saved = await saveAnswer(
        db,
        {
          attemptId: reviewId,
          ownerId: ana.id,
          questionId: held!,
          response: await rightAnswer(db, reviewId, held!),
          idempotencyKey: crypto.randomUUID(),
        },
        afterDue,
      );
      expect(saved.answer.feedback).toBeUndefined();
      expect(
        (await getAttemptView(db, reviewId, ana.id, afterDue))!.answers.every((a) => a.feedback === undefined),
      ).toBe(true);
      const submitted = await submitAttempt(db, reviewId, ana.id, afterDue);
      expect(submitted.result).toBeUndefined();
      expect(JSON.stringify(submitted)).not.toMatch(/"explanation":"[^"]/);
      // The review's own answers do not put the keys on the dashboard either.
      expect((await listMistakes(db, ana.id, COURSE, afterDue)).every((m) => m.feedback === undefined)).toBe(true);
      // Once Ana's own due date passes, the review shows them again.
      expect(
        (await getAttemptView(db, reviewId, ana.id, at(21 * DAY)))!.answers.some(
          (a) => (a.feedback?.explanation.length ?? 0) > 10,
        ),
      ).toBe(true);
    });

    it('pauses a retake whose keys are held back again: no questions shown, no answers taken, no submit', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const assignmentId = await assign({ reviewPolicy: KEYS_AFTER_DUE });
      const attemptId = await work(db, assignmentId, ana.id, {
        startAt: at(60),
        submitAt: at(600),
        answer: firstRight(9),
      });
      const retakeId = await startRetake(db, attemptId, ana.id, afterDue);
      const [questionId] = (await getAttemptView(db, retakeId, ana.id, afterDue))!.questions.map((q) => q.id);
      await extendDueDate(db, assignmentId, ana.id, at(20 * DAY));

      const paused = (await getAttemptView(db, retakeId, ana.id, afterDue))!;
      expect(paused).toMatchObject({
        questions: [],
        answers: [],
        questionsHeldBack: { moreAt: at(20 * DAY).toISOString() },
      });
      const response = await rightAnswer(db, retakeId, questionId!);
      await expectError(
        saveAnswer(
          db,
          {
            attemptId: retakeId,
            ownerId: ana.id,
            questionId: questionId!,
            response,
            idempotencyKey: crypto.randomUUID(),
          },
          afterDue,
        ),
        403,
        /paused/,
      );
      await expectError(
        saveAnswer(
          db,
          {
            attemptId: retakeId,
            ownerId: ana.id,
            questionId: 'the-pact-q01',
            response,
            idempotencyKey: crypto.randomUUID(),
          },
          afterDue,
        ),
        403,
        /paused/,
      );
      await expectError(submitAttempt(db, retakeId, ana.id, afterDue), 403, /paused/);
      expect((await getAttemptView(db, retakeId, ana.id, at(21 * DAY)))!.questions.length).toBe(3);
    });

    it('takes no more attempts from a student once "after the due date" has shown them the keys', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana', 'Ben']);
      const [ana, ben] = [students[0]!, students[1]!];
      // Late work accepted (no close date) and attempts unlimited.
      const assignmentId = await assign({ reviewPolicy: KEYS_AFTER_DUE, closesAt: null });
      await work(db, assignmentId, ana.id, { startAt: at(60), submitAt: at(600), answer: firstRight(4) });
      await work(db, assignmentId, ana.id, { startAt: at(700), submitAt: at(800), answer: firstRight(5) });
      await expectError(
        startAssignmentAttempt(db, assignmentId, ana.id, afterDue),
        409,
        /correct answers of this assignment have been shown/,
      );
      // Ben hands in late work; once submitted after the due date, its keys show and he starts no more.
      await work(db, assignmentId, ben.id, {
        startAt: afterDue,
        submitAt: new Date(afterDue.getTime() + 60_000),
        answer: firstRight(2),
      });
      await expectError(startAssignmentAttempt(db, assignmentId, ben.id, at(9 * DAY)), 409, /have been shown/);
      // Keys shown immediately are a formative quiz: further attempts are the point.
      const formative = await assign({
        moduleId: 'context',
        reviewPolicy: { score: 'immediately', answers: 'immediately', correctAnswers: 'immediately' },
      });
      await work(db, formative, ana.id, { startAt: at(60), submitAt: at(600), answer: firstRight(4) });
      expect(await startAssignmentAttempt(db, formative, ana.id, at(700))).toMatch(/^a_/);
    });

    it('still hands in a removed student’s timed attempt at its deadline, so their teacher sees it', async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const assignmentId = await assign({ reviewPolicy: KEYS_AFTER_DUE, timeLimitMinutes: 10 });
      const attemptId = await work(db, assignmentId, ana.id, {
        startAt: at(60),
        submitAt: null,
        answer: firstRight(5),
      });
      await removeStudent(db, teacher.id, 'c1', ana.id);
      const seen = await getStudentAttemptForTeacher(db, teacher.id, attemptId, at(3600));
      expect(seen?.attempt).toMatchObject({ status: 'submitted', result: { score: 5 } });
    });

    it('fills in the governing assignment of attempts made before it was recorded, along a chain of retakes', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const assignmentId = await assign({
        reviewPolicy: { score: 'immediately', answers: 'immediately', correctAnswers: 'immediately' },
      });
      const first = await work(db, assignmentId, ana.id, { startAt: at(60), submitAt: at(600), answer: firstRight(6) });
      const retake = await startRetake(db, first, ana.id, at(700));
      await submitAttempt(db, retake, ana.id, at(800));
      const second = await startRetake(db, retake, ana.id, at(900));
      await db.updateTable('attempts').set({ policy_assignment_id: null }).execute();
      await backfillPolicyAssignments(db as Kysely<unknown>);
      const rows = await db
        .selectFrom('attempts')
        .select(['id', 'policy_assignment_id'])
        .where('id', 'in', [first, retake, second])
        .execute();
      expect(rows.map((r) => r.policy_assignment_id)).toEqual([assignmentId, assignmentId, assignmentId]);
    });
  });
}
