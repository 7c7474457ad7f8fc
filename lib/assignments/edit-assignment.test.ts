import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import type { Database } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { getGradebook } from '@/lib/gradebook/get-gradebook';
import { rightAnswer } from '@/scripts/testing/attempts/answers';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { at, classroom, DAY, firstRight, T0, work } from '@/scripts/testing/assignments/classroom';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { listAssignmentHistory } from './assignment-history';
import type { NewAssignment } from './create-assignment';
import { editAssignment } from './edit-assignment';
import { loadDisclosure } from './load-disclosure';
import { parseReviewPolicy } from './review-policy';
import { setAccommodation } from './set-accommodation';
import { startAssignmentAttempt } from './start-assignment-attempt';

// The rules for work already started when a teacher edits an assignment (edit-assignment.ts), on
// both backends. Time is injected, so deadlines are tested without waiting.

/** The assignment as the edit form would post it back unchanged, with `changes` on top. */
async function asSet(db: Kysely<Database>, id: string, changes: Partial<NewAssignment> = {}): Promise<NewAssignment> {
  const row = await db.selectFrom('assignments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return {
    classId: row.class_id,
    courseId: row.course_id,
    kind: row.kind as NewAssignment['kind'],
    moduleId: row.module_id,
    opensAt: row.opens_at,
    dueAt: row.due_at,
    closesAt: row.closes_at,
    attemptsAllowed: row.attempts_allowed,
    grading: row.grading as NewAssignment['grading'],
    timeLimitMinutes: row.time_limit_seconds === null ? null : row.time_limit_seconds / 60,
    reviewPolicy: parseReviewPolicy(row.review_policy),
    questionPool: row.question_pool as NewAssignment['questionPool'],
    questionCount: row.question_count,
    ...changes,
  };
}

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const deadlineOf = async (db: Kysely<Database>, attemptId: string) =>
  (await db.selectFrom('attempts').select('deadline_at').where('id', '=', attemptId).executeTakeFirstOrThrow())
    .deadline_at;

const everything = async (db: Kysely<Database>) => ({
  assignments: await db.selectFrom('assignments').selectAll().orderBy('id').execute(),
  attempts: await db.selectFrom('attempts').selectAll().orderBy('id').execute(),
  history: await db.selectFrom('assignment_history').selectAll().orderBy('id').execute(),
});

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`editing an assignment on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    async function setup() {
      const db = await freshDb();
      const room = await classroom(db, ['Ana', 'Ben']);
      return { db, ...room, ana: room.students[0]!, ben: room.students[1]! };
    }

    it('a later close date moves the deadline of attempts in progress that it set, accommodations still applied', async () => {
      const { db, teacher, ana, ben, assign } = await setup();
      const quiz = await assign({ dueAt: at(DAY).toISOString(), closesAt: at(2 * DAY).toISOString() });
      await setAccommodation(db, teacher.id, quiz, {
        studentId: ben.id,
        extraTime: 'none',
        dueAt: at(5 * DAY).toISOString(),
      });
      const anas = await startAssignmentAttempt(db, quiz, ana.id, at(60));
      const bens = await startAssignmentAttempt(db, quiz, ben.id, at(60));
      expect(await deadlineOf(db, anas)).toBe(at(2 * DAY).toISOString());
      expect(await deadlineOf(db, bens)).toBe(at(5 * DAY).toISOString());

      const result = await editAssignment(
        db,
        teacher.id,
        quiz,
        await asSet(db, quiz, { dueAt: at(3 * DAY).toISOString(), closesAt: at(4 * DAY).toISOString() }),
        at(120),
      );
      // Ana's deadline was the close date: it moves. Ben's later due date still keeps it open for him until then.
      expect(await deadlineOf(db, anas)).toBe(at(4 * DAY).toISOString());
      expect(await deadlineOf(db, bens)).toBe(at(5 * DAY).toISOString());
      expect(result.movedDeadlines).toBe(1);
      // And she can still save after the old close date.
      const questionId = JSON.parse(
        (await db.selectFrom('attempts').select('question_ids').where('id', '=', anas).executeTakeFirstOrThrow())
          .question_ids,
      )[0] as string;
      await saveAnswer(
        db,
        {
          attemptId: anas,
          ownerId: ana.id,
          questionId,
          response: await rightAnswer(db, anas, questionId),
          idempotencyKey: 'k1',
        },
        at(3 * DAY),
      );
    });

    it('an earlier close date ends attempts in progress then, but never before the moment of the change', async () => {
      const { db, teacher, ana, ben, assign } = await setup();
      const quiz = await assign({ dueAt: at(DAY).toISOString(), closesAt: at(3 * DAY).toISOString() });
      const anas = await startAssignmentAttempt(db, quiz, ana.id, at(60));
      await editAssignment(
        db,
        teacher.id,
        quiz,
        await asSet(db, quiz, { closesAt: at(2 * DAY).toISOString() }),
        at(120),
      );
      expect(await deadlineOf(db, anas)).toBe(at(2 * DAY).toISOString());
      // Closed "now" (a time already past): Ana's attempt ends at the change, not at the earlier time.
      const bens = await startAssignmentAttempt(db, quiz, ben.id, at(DAY + 60));
      await editAssignment(
        db,
        teacher.id,
        quiz,
        await asSet(db, quiz, { dueAt: at(DAY).toISOString(), closesAt: at(DAY).toISOString() }),
        at(DAY + 600),
      );
      expect(await deadlineOf(db, bens)).toBe(at(DAY + 600).toISOString());
      expect(await deadlineOf(db, anas)).toBe(at(DAY + 600).toISOString());
      const refused = await refusal(() => startAssignmentAttempt(db, quiz, ana.id, at(DAY + 700)));
      expect(refused.message).toMatch(/closed/);
    });

    it('a shorter time limit never cuts an attempt already running; a longer one applies to new attempts only', async () => {
      const { db, teacher, ana, ben, assign } = await setup();
      const quiz = await assign({ timeLimitMinutes: 60, attemptsAllowed: 2 });
      const anas = await startAssignmentAttempt(db, quiz, ana.id, T0);
      await editAssignment(db, teacher.id, quiz, await asSet(db, quiz, { timeLimitMinutes: 20 }), at(600));
      expect(await deadlineOf(db, anas)).toBe(at(3600).toISOString());
      // Thirty minutes in, past the new limit, her save still counts.
      const [questionId] = JSON.parse(
        (await db.selectFrom('attempts').select('question_ids').where('id', '=', anas).executeTakeFirstOrThrow())
          .question_ids,
      ) as string[];
      const saved = await saveAnswer(
        db,
        {
          attemptId: anas,
          ownerId: ana.id,
          questionId: questionId!,
          response: await rightAnswer(db, anas, questionId!),
          idempotencyKey: 'k',
        },
        at(1800),
      );
      expect(saved.isReplay).toBe(false);
      const bens = await startAssignmentAttempt(db, quiz, ben.id, at(700));
      expect(await deadlineOf(db, bens)).toBe(at(700 + 20 * 60).toISOString());
      // Longer again: Ben's running attempt keeps its 20 minutes; Ana's next attempt gets 90.
      await editAssignment(db, teacher.id, quiz, await asSet(db, quiz, { timeLimitMinutes: 90 }), at(800));
      expect(await deadlineOf(db, bens)).toBe(at(700 + 20 * 60).toISOString());
      await submitAttempt(db, anas, ana.id, at(1900));
      const next = await startAssignmentAttempt(db, quiz, ana.id, at(2000));
      expect(await deadlineOf(db, next)).toBe(at(2000 + 90 * 60).toISOString());
    });

    it('fewer attempts allowed than a student used: they keep theirs and start no more', async () => {
      const { db, teacher, ana, ben, assign } = await setup();
      const quiz = await assign({ attemptsAllowed: 3 });
      await work(db, quiz, ana.id, { startAt: at(10), submitAt: at(20) });
      await work(db, quiz, ana.id, { startAt: at(30), submitAt: at(40) });
      await editAssignment(db, teacher.id, quiz, await asSet(db, quiz, { attemptsAllowed: 1 }), at(50));
      expect((await refusal(() => startAssignmentAttempt(db, quiz, ana.id, at(60)))).message).toMatch(
        /used all 1 attempt/,
      );
      const anas = await db.selectFrom('attempts').select('status').where('owner_id', '=', ana.id).execute();
      expect(anas).toEqual([{ status: 'submitted' }, { status: 'submitted' }]);
      expect(await startAssignmentAttempt(db, quiz, ben.id, at(60))).toMatch(/^a_/);
    });

    it('a review-policy change applies from the next view of work already submitted', async () => {
      const { db, teacher, ana, assign } = await setup();
      const quiz = await assign();
      const attemptId = await work(db, quiz, ana.id, { startAt: at(10), submitAt: at(20) });
      const row = await db.selectFrom('attempts').selectAll().where('id', '=', attemptId).executeTakeFirstOrThrow();
      expect((await loadDisclosure(db, row, at(30))).score).toBe(false);
      await editAssignment(
        db,
        teacher.id,
        quiz,
        await asSet(db, quiz, { reviewPolicy: { score: 'immediately', answers: 'never', correctAnswers: 'never' } }),
        at(40),
      );
      expect(await loadDisclosure(db, row, at(41))).toMatchObject({ score: true, whichRight: false });
    });

    it('a changed draw applies to attempts started after it, never to started or submitted ones', async () => {
      const { db, teacher, ana, ben, assign } = await setup();
      const quiz = await assign();
      const done = await work(db, quiz, ana.id, { startAt: at(10), submitAt: at(20) });
      const running = await startAssignmentAttempt(db, quiz, ben.id, at(30));
      const before = await db.selectFrom('attempts').select(['id', 'question_ids']).orderBy('id').execute();
      await editAssignment(db, teacher.id, quiz, await asSet(db, quiz, { questionCount: 5 }), at(40));
      expect(await db.selectFrom('attempts').select(['id', 'question_ids']).orderBy('id').execute()).toEqual(before);
      expect(JSON.parse(before.find((a) => a.id === done)!.question_ids)).toHaveLength(12);
      expect(JSON.parse(before.find((a) => a.id === running)!.question_ids)).toHaveLength(12);
      await submitAttempt(db, running, ben.id, at(50));
      const next = await startAssignmentAttempt(db, quiz, ben.id, at(60));
      const held = await db
        .selectFrom('attempts')
        .select('question_ids')
        .where('id', '=', next)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(held.question_ids)).toHaveLength(5);
    });

    it('changing which attempt counts regrades the gradebook at once', async () => {
      const { db, teacher, ana, assign } = await setup();
      const quiz = await assign({ grading: 'highest' });
      await work(db, quiz, ana.id, { startAt: at(10), submitAt: at(20), answer: firstRight(10) });
      await work(db, quiz, ana.id, { startAt: at(30), submitAt: at(40), answer: firstRight(4) });
      const anasScore = async () => (await getGradebook(db, teacher.id, 'c1', at(100)))!.rows[0]!.cells[0]!.score;
      expect(await anasScore()).toBe(10);
      await editAssignment(db, teacher.id, quiz, await asSet(db, quiz, { grading: 'last' }), at(50));
      expect(await anasScore()).toBe(4);
    });

    it('records every change, old and new, in the history; saving nothing changed records nothing', async () => {
      const { db, teacher, assign } = await setup();
      const quiz = await assign({ timeLimitMinutes: 30 });
      await editAssignment(db, teacher.id, quiz, await asSet(db, quiz), at(10));
      expect(await listAssignmentHistory(db, quiz)).toEqual([]);
      await editAssignment(
        db,
        teacher.id,
        quiz,
        await asSet(db, quiz, { dueAt: at(8 * DAY).toISOString(), timeLimitMinutes: null }),
        at(20),
      );
      const [entry, ...rest] = await listAssignmentHistory(db, quiz);
      expect(rest).toEqual([]);
      expect(entry).toMatchObject({
        action: 'edit',
        teacherName: 'Ms Adler',
        createdAt: at(20).toISOString(),
        details: {
          changes: {
            dueAt: { from: at(7 * DAY).toISOString(), to: at(8 * DAY).toISOString() },
            timeLimitMinutes: { from: 30, to: null },
          },
        },
      });
      expect(Object.keys(entry!.details.changes!)).toEqual(['dueAt', 'timeLimitMinutes']);
    });

    it('another teacher cannot edit: not found, and nothing changes', async () => {
      const { db, otherTeacher, assign } = await setup();
      const quiz = await assign();
      const before = await everything(db);
      const refused = await refusal(async () =>
        editAssignment(db, otherTeacher.id, quiz, await asSet(db, quiz, { attemptsAllowed: 1 }), at(10)),
      );
      expect(refused.code).toBe('not_found');
      expect(await everything(db)).toEqual(before);
    });

    it('bad input is refused field by field, and nothing changes', async () => {
      const { db, teacher, assign } = await setup();
      const quiz = await assign();
      const before = await everything(db);
      const dueBeforeOpen = await refusal(async () =>
        editAssignment(db, teacher.id, quiz, await asSet(db, quiz, { dueAt: at(-7200).toISOString() }), at(10)),
      );
      expect(dueBeforeOpen.fieldErrors).toEqual({ dueAt: 'The due date must be after the open date.' });
      const tooMany = await refusal(async () =>
        editAssignment(db, teacher.id, quiz, await asSet(db, quiz, { questionCount: 13 }), at(10)),
      );
      expect(tooMany.message).toMatch(/holds 12 questions/);
      const otherKind = await refusal(async () =>
        editAssignment(db, teacher.id, quiz, await asSet(db, quiz, { kind: 'practice' }), at(10)),
      );
      expect(otherKind.message).toMatch(/cannot change; delete this assignment and assign the work again/);
      expect(await everything(db)).toEqual(before);
    });

    it('a time-limit cut racing a student’s saves: every acknowledged save is kept, the running deadline stays', async () => {
      const { db, teacher, ana, assign } = await setup();
      const quiz = await assign({ timeLimitMinutes: 60 });
      const attemptId = await startAssignmentAttempt(db, quiz, ana.id, T0);
      const held = JSON.parse(
        (await db.selectFrom('attempts').select('question_ids').where('id', '=', attemptId).executeTakeFirstOrThrow())
          .question_ids,
      ) as string[];
      const responses = await Promise.all(held.map((q) => rightAnswer(db, attemptId, q)));
      const outcomes = await Promise.allSettled([
        editAssignment(db, teacher.id, quiz, await asSet(db, quiz, { timeLimitMinutes: 5 }), at(600)),
        ...held.map((questionId, i) =>
          saveAnswer(
            db,
            { attemptId, ownerId: ana.id, questionId, response: responses[i]!, idempotencyKey: `k${i}` },
            at(900),
          ),
        ),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(outcomes.map(() => 'fulfilled'));
      const answers = await db
        .selectFrom('answers')
        .select('question_id')
        .where('attempt_id', '=', attemptId)
        .execute();
      expect(answers).toHaveLength(held.length);
      expect(await deadlineOf(db, attemptId)).toBe(at(3600).toISOString());
      const row = await db.selectFrom('assignments').select('time_limit_seconds').executeTakeFirstOrThrow();
      expect(row.time_limit_seconds).toBe(300);
    });
  });
}
