import { AppError } from '@/lib/errors';
import { httpStatusOf } from '@/lib/http/error-response';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { getAttemptView } from '@/lib/attempts/get-attempt';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { rightAnswer } from '@/scripts/testing/attempts/answers';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import type { Database } from '@/lib/db/schema';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { createAssignment } from './create-assignment';
import { ANSWER_GRACE_SECONDS } from './rules';
import { startAssignmentAttempt } from './start-assignment-attempt';
import { at, classroom, T0 } from '@/scripts/testing/assignments/classroom';

// Time is injected: every operation takes `now`, so deadlines are tested without waiting.
async function setup(db: Kysely<Database>) {
  const { students, outsider, otherTeacher, assign } = await classroom(db, ['ana', 'ben']);
  return { ana: students[0]!, ben: students[1]!, outsider, otherTeacher, assign };
}

type Refusal = { code: string; message: string; status: number };

async function refusal(run: () => Promise<unknown>): Promise<Refusal> {
  try {
    await run();
  } catch (error) {
    // The status is the route's answer for it (lib/http/error-response.ts), which a user sees.
    if (error instanceof AppError) return { code: error.code, message: error.message, status: httpStatusOf(error) };
    throw error;
  }
  throw new Error('expected a refusal');
}

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`assignment rules on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('50 parallel starts with one attempt allowed create exactly one attempt', async () => {
      const db = await freshDb();
      const { ana, assign } = await setup(db);
      const assignmentId = await assign({ attemptsAllowed: 1 });
      const ids = await Promise.all(
        Array.from({ length: 50 }, () => startAssignmentAttempt(db, assignmentId, ana.id, T0)),
      );
      expect(new Set(ids).size).toBe(1);
      expect(await db.selectFrom('attempts').select(['attempt_number', 'status']).execute()).toEqual([
        { attempt_number: 1, status: 'in_progress' },
      ]);
      await submitAttempt(db, ids[0]!, ana.id, at(60));
      const error = await refusal(() => startAssignmentAttempt(db, assignmentId, ana.id, at(120)));
      expect(error.status).toBe(409);
      expect(error.message).toMatch(/used all 1 attempt/);
    });

    it('allows a second attempt when two are allowed, numbered in order', async () => {
      const db = await freshDb();
      const { ana, assign } = await setup(db);
      const assignmentId = await assign({ attemptsAllowed: 2 });
      const first = await startAssignmentAttempt(db, assignmentId, ana.id, T0);
      await submitAttempt(db, first, ana.id, at(10));
      const second = await startAssignmentAttempt(db, assignmentId, ana.id, at(20));
      expect(second).not.toBe(first);
      await submitAttempt(db, second, ana.id, at(30));
      expect((await refusal(() => startAssignmentAttempt(db, assignmentId, ana.id, at(40)))).status).toBe(409);
      const numbers = await db.selectFrom('attempts').select('attempt_number').orderBy('attempt_number').execute();
      expect(numbers.map((n) => n.attempt_number)).toEqual([1, 2]);
    });

    it('only members of the class may start, and only between the open and close dates', async () => {
      const db = await freshDb();
      const { ana, outsider, assign } = await setup(db);
      const assignmentId = await assign({ opensAt: at(3600).toISOString(), attemptsAllowed: null });
      expect((await refusal(() => startAssignmentAttempt(db, assignmentId, outsider.id, at(7200)))).status).toBe(404);
      expect((await refusal(() => startAssignmentAttempt(db, assignmentId, ana.id, T0))).message).toMatch(/opens at/);
      expect(await startAssignmentAttempt(db, assignmentId, ana.id, at(7200))).toMatch(/^a_/);
      expect((await refusal(() => startAssignmentAttempt(db, assignmentId, ana.id, at(15 * 86400)))).message).toMatch(
        /closed/,
      );
    });

    it('refuses and does not store an answer after the deadline plus grace; one in the grace period counts', async () => {
      const db = await freshDb();
      const { ana, assign } = await setup(db);
      const assignmentId = await assign({ timeLimitMinutes: 10 });
      const attemptId = await startAssignmentAttempt(db, assignmentId, ana.id, T0);
      const row = await db.selectFrom('attempts').select('deadline_at').executeTakeFirstOrThrow();
      expect(row.deadline_at).toBe(at(600).toISOString());
      const [q1, q2] = (await getAttemptView(db, attemptId, ana.id, T0))!.questions;
      const inGrace = at(600 + ANSWER_GRACE_SECONDS - 1);
      await saveAnswer(
        db,
        {
          attemptId,
          ownerId: ana.id,
          questionId: q1!.id,
          response: await rightAnswer(db, attemptId, q1!.id),
          idempotencyKey: crypto.randomUUID(),
        },
        inGrace,
      );
      const late = await refusal(() =>
        rightAnswer(db, attemptId, q2!.id).then((response) =>
          saveAnswer(
            db,
            { attemptId, ownerId: ana.id, questionId: q2!.id, response, idempotencyKey: crypto.randomUUID() },
            at(600 + ANSWER_GRACE_SECONDS + 1),
          ),
        ),
      );
      expect(late.status).toBe(409);
      expect(late.message).toMatch(/Time is up/);
      expect((await db.selectFrom('answers').select('question_id').execute()).map((a) => a.question_id)).toEqual([
        q1!.id,
      ]);
    });

    it('submits a timed-out attempt with what was saved in time, the next time it is looked at', async () => {
      const db = await freshDb();
      const { ana, assign } = await setup(db);
      const assignmentId = await assign({ timeLimitMinutes: 5, attemptsAllowed: 2 });
      const first = await startAssignmentAttempt(db, assignmentId, ana.id, T0);
      const q = (await getAttemptView(db, first, ana.id, T0))!.questions[0]!.id;
      await saveAnswer(
        db,
        {
          attemptId: first,
          ownerId: ana.id,
          questionId: q,
          response: await rightAnswer(db, first, q),
          idempotencyKey: crypto.randomUUID(),
        },
        at(60),
      );
      const second = await startAssignmentAttempt(db, assignmentId, ana.id, at(3600));
      expect(second).not.toBe(first);
      const finished = await db
        .selectFrom('attempts')
        .select(['status', 'score'])
        .where('id', '=', first)
        .executeTakeFirstOrThrow();
      expect(finished).toEqual({ status: 'submitted', score: 1 });
    });

    it('gives one student extra time, no limit, or a later due date, and caps the deadline at the close date', async () => {
      const db = await freshDb();
      const { ana, ben, assign } = await setup(db);
      const assignmentId = await assign({ timeLimitMinutes: 10, closesAt: at(8 * 86400).toISOString() });
      const stamp = T0.toISOString();
      await db
        .insertInto('accommodations')
        .values({
          assignment_id: assignmentId,
          student_id: ana.id,
          time_multiplier: 1.5,
          is_untimed: 0,
          due_at: null,
          closes_at: null,
          updated_at: stamp,
        })
        .execute();
      await db
        .insertInto('accommodations')
        .values({
          assignment_id: assignmentId,
          student_id: ben.id,
          time_multiplier: null,
          is_untimed: 1,
          due_at: null,
          closes_at: null,
          updated_at: stamp,
        })
        .execute();
      await startAssignmentAttempt(db, assignmentId, ana.id, T0);
      await startAssignmentAttempt(db, assignmentId, ben.id, T0);
      const deadlines = Object.fromEntries(
        (await db.selectFrom('attempts').select(['owner_id', 'deadline_at']).execute()).map((r) => [
          r.owner_id,
          r.deadline_at,
        ]),
      );
      expect(deadlines[ana.id]).toBe(at(900).toISOString());
      expect(deadlines[ben.id]).toBe(at(8 * 86400).toISOString());

      // A timed attempt started just before the close date ends at the close date.
      const late = await assign({ timeLimitMinutes: 60, closesAt: at(8 * 86400).toISOString(), attemptsAllowed: null });
      await startAssignmentAttempt(db, late, ana.id, at(8 * 86400 - 600));
      const capped = await db
        .selectFrom('attempts')
        .select('deadline_at')
        .where('assignment_id', '=', late)
        .executeTakeFirstOrThrow();
      expect(capped.deadline_at).toBe(at(8 * 86400).toISOString());
    });

    it('shows a submitted attempt only as far as the review policy allows, and more after the due date', async () => {
      const db = await freshDb();
      const { ana, ben, assign } = await setup(db);
      const dueAt = at(86400);
      const assignmentId = await assign({
        attemptsAllowed: 1,
        dueAt: dueAt.toISOString(),
        reviewPolicy: { score: 'immediately', answers: 'after_due', correctAnswers: 'after_due' },
      });
      const attemptId = await startAssignmentAttempt(db, assignmentId, ana.id, T0);
      const q = (await getAttemptView(db, attemptId, ana.id, T0))!.questions[0]!.id;
      await saveAnswer(
        db,
        {
          attemptId,
          ownerId: ana.id,
          questionId: q,
          response: await rightAnswer(db, attemptId, q),
          idempotencyKey: crypto.randomUUID(),
        },
        at(10),
      );
      const submitted = await submitAttempt(db, attemptId, ana.id, at(20));
      expect(submitted.result?.score).toBe(1);
      expect(submitted.answers[0]!.feedback).toBeUndefined();
      expect(submitted.result?.unanswered).toEqual({});
      const afterDue = (await getAttemptView(db, attemptId, ana.id, at(86400 + 1)))!;
      expect(afterDue.answers[0]!.feedback?.verdict).toBe('correct');
      expect(afterDue.answers[0]!.feedback?.explanation.length).toBeGreaterThan(10);

      const hidden = await assign({ reviewPolicy: { score: 'never', answers: 'never', correctAnswers: 'never' } });
      const benAttempt = await startAssignmentAttempt(db, hidden, ben.id, T0);
      const view = await submitAttempt(db, benAttempt, ben.id, at(30));
      expect(view.resultWithheld).toBe(true);
      expect(view.result).toBeUndefined();
      expect((await getAttemptView(db, benAttempt, ben.id, at(30 * 86400)))!.resultWithheld).toBe(true);
    });

    it("a teacher cannot assign to another teacher's class", async () => {
      const db = await freshDb();
      const { otherTeacher, assign } = await setup(db);
      await assign();
      const error = await refusal(() =>
        createAssignment(db, otherTeacher.id, {
          classId: 'c1',
          courseId: 'nk-russia-pact',
          kind: 'final',
          opensAt: T0.toISOString(),
          dueAt: at(60).toISOString(),
          attemptsAllowed: null,
          grading: 'last',
          timeLimitMinutes: null,
          reviewPolicy: { score: 'never', answers: 'never', correctAnswers: 'never' },
        }),
      );
      expect(error.status).toBe(404);
      expect(await db.selectFrom('assignments').select('id').execute()).toHaveLength(1);
    });
  });
}
