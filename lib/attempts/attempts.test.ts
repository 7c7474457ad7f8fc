import { describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { startAttempt } from './create-attempt';
import { AppError } from '@/lib/errors';
import { httpStatusOf } from '@/lib/http/error-response';
import { getAttemptView } from './get-attempt';
import { saveAnswer } from './save-answer';
import { startRetake } from './start-retake';
import { AlreadySubmittedError, submitAttempt } from './submit-attempt';
import { FINAL_TEST_PER_MODULE } from './targets';
import { rightAnswer, wrongAnswer } from '@/scripts/testing/attempts/answers';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { createUser, revokeSessions } from '@/lib/auth/users';

const COURSE = 'nk-russia-pact';
const MODULE = 'the-pact';
const ALICE = 'g_aliceaaaaaaaaaaaaaaaaa';
const BOB = 'g_bobbbbbbbbbbbbbbbbbbbb';
const key = () => crypto.randomUUID();

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the operation to be refused');
}

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`attempt rules on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('starting again resumes the attempt in progress, even 10 starts at once', async () => {
      const db = await freshDb();
      const ids = await Promise.all(
        Array.from({ length: 10 }, () => startAttempt(db, ALICE, { courseId: COURSE, kind: 'quiz', moduleId: MODULE })),
      );
      expect(new Set(ids).size).toBe(1);
      const rows = await db.selectFrom('attempts').select('id').execute();
      expect(rows).toHaveLength(1);
      // A different kind at the same module is a different attempt.
      const practice = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'practice', moduleId: MODULE });
      expect(practice).not.toBe(ids[0]);
    });

    it('a quiz hides feedback until submitted; practice shows a verdict after each check', async () => {
      const db = await freshDb();
      const quiz = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'quiz', moduleId: MODULE });
      const view = (await getAttemptView(db, quiz, ALICE))!;
      const q = view.questions[0]!.id;
      const saved = await saveAnswer(db, {
        attemptId: quiz,
        ownerId: ALICE,
        questionId: q,
        response: await rightAnswer(db, quiz, q),
        idempotencyKey: key(),
      });
      expect(saved.answer.feedback).toBeUndefined();

      const practice = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'practice', moduleId: MODULE });
      const checked = await saveAnswer(db, {
        attemptId: practice,
        ownerId: ALICE,
        questionId: q,
        response: await wrongAnswer(db, practice, q),
        idempotencyKey: key(),
      });
      expect(checked.answer.feedback?.verdict).toBe('incorrect');
      expect(checked.answer.feedback?.score).toBeLessThan(1);
      // A first wrong try points to where to look; the key waits (practice-feedback.test.ts).
      expect(checked.answer.feedback?.explanation).toBe('');
      expect(checked.answer.feedback?.lookAt?.length).toBeGreaterThan(0);
      const again = await saveAnswer(db, {
        attemptId: practice,
        ownerId: ALICE,
        questionId: q,
        response: await rightAnswer(db, practice, q),
        idempotencyKey: key(),
      });
      expect(again.answer.feedback?.verdict).toBe('correct');
      expect(again.answer.tries).toBe(2);
    });

    it('a retried save with the same key is applied once, even 10 retries at once', async () => {
      const db = await freshDb();
      const attemptId = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'quiz', moduleId: MODULE });
      const q = (await getAttemptView(db, attemptId, ALICE))!.questions[0]!.id;
      const k = key();
      const response = await rightAnswer(db, attemptId, q);
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          saveAnswer(db, { attemptId, ownerId: ALICE, questionId: q, response, idempotencyKey: k }),
        ),
      );
      expect(results.filter((r) => !r.isReplay)).toHaveLength(1);
      const answer = await db
        .selectFrom('answers')
        .selectAll()
        .where('attempt_id', '=', attemptId)
        .executeTakeFirstOrThrow();
      expect(answer.tries).toBe(1);
      expect(answer.revision).toBe(1);
      // A later save with a new key, then a late retry of the first: the later answer stands.
      const wrong = await wrongAnswer(db, attemptId, q);
      await saveAnswer(db, { attemptId, ownerId: ALICE, questionId: q, response: wrong, idempotencyKey: key() });
      const late = await saveAnswer(db, { attemptId, ownerId: ALICE, questionId: q, response, idempotencyKey: k });
      expect(late.isReplay).toBe(true);
      expect(late.answer.response).toEqual(wrong);
    });

    it('every acknowledged save of many parallel saves is stored exactly once', async () => {
      const db = await freshDb();
      const attemptId = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'quiz', moduleId: MODULE });
      const questions = (await getAttemptView(db, attemptId, ALICE))!.questions;
      const saves = await Promise.all(
        questions.flatMap((q) =>
          [0, 1, 2].map(async () =>
            saveAnswer(db, {
              attemptId,
              ownerId: ALICE,
              questionId: q.id,
              response: await rightAnswer(db, attemptId, q.id),
              idempotencyKey: key(),
            }),
          ),
        ),
      );
      expect(saves).toHaveLength(questions.length * 3);
      const stored = await db
        .selectFrom('answer_saves')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(stored.n).toBe(questions.length * 3);
      const answers = await db.selectFrom('answers').select(['question_id', 'tries']).execute();
      expect(answers).toHaveLength(questions.length);
      expect(answers.every((a) => a.tries === 3)).toBe(true);
    });

    it('30 saves of one question at once, each with its own key, all count: none lost to another', async () => {
      const db = await freshDb();
      const attemptId = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'quiz', moduleId: MODULE });
      const q = (await getAttemptView(db, attemptId, ALICE))!.questions[0]!.id;
      const response = await rightAnswer(db, attemptId, q);
      const saves = await Promise.all(
        Array.from({ length: 30 }, () =>
          saveAnswer(db, { attemptId, ownerId: ALICE, questionId: q, response, idempotencyKey: key() }),
        ),
      );
      expect(saves.filter((s) => s.isReplay)).toHaveLength(0);
      // Each acknowledgement reports a different revision: no two saves both thought they were the 5th.
      expect(new Set(saves.map((s) => s.answer.tries)).size).toBe(30);
      const answer = await db
        .selectFrom('answers')
        .select(['tries', 'revision'])
        .where('attempt_id', '=', attemptId)
        .executeTakeFirstOrThrow();
      expect(answer).toEqual({ tries: 30, revision: 30 });
      const keys = await db.selectFrom('answer_saves').select('revision').where('attempt_id', '=', attemptId).execute();
      expect(keys.map((k) => k.revision).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    });

    it('saves racing a submit: each is counted in the score or refused with 409, never stored uncounted', async () => {
      const db = await freshDb();
      const attemptId = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'quiz', moduleId: MODULE });
      const questions = (await getAttemptView(db, attemptId, ALICE))!.questions;
      const responses = await Promise.all(questions.map((q) => rightAnswer(db, attemptId, q.id)));
      const saves = questions.map((q, i) =>
        saveAnswer(db, { attemptId, ownerId: ALICE, questionId: q.id, response: responses[i]!, idempotencyKey: key() }),
      );
      const submit = submitAttempt(db, attemptId, ALICE);
      const outcomes = await Promise.allSettled(saves);
      const submitted = await submit;
      const acknowledged = outcomes.filter((o) => o.status === 'fulfilled').length;
      const refused = outcomes
        .filter((o) => o.status === 'rejected')
        .map((o) => (o as PromiseRejectedResult).reason as AppError);
      expect(refused.every((e) => e instanceof AppError && httpStatusOf(e) === 409)).toBe(true);
      expect(acknowledged + refused.length).toBe(questions.length);
      // Every right answer that was acknowledged is in the score, and nothing else was stored.
      expect(submitted.result?.score).toBe(acknowledged);
      const stored = await db.selectFrom('answers').select('question_id').where('attempt_id', '=', attemptId).execute();
      expect(stored).toHaveLength(acknowledged);
    });

    it('submitting 20 times in parallel produces exactly one submission and one score', async () => {
      const db = await freshDb();
      const attemptId = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'quiz', moduleId: MODULE });
      const questions = (await getAttemptView(db, attemptId, ALICE))!.questions;
      for (const q of questions.slice(0, 5)) {
        await saveAnswer(db, {
          attemptId,
          ownerId: ALICE,
          questionId: q.id,
          response: await rightAnswer(db, attemptId, q.id),
          idempotencyKey: key(),
        });
      }
      const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => submitAttempt(db, attemptId, ALICE)));
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason);
      expect(won).toHaveLength(1);
      expect(refused).toHaveLength(19);
      expect(refused.every((r) => r instanceof AlreadySubmittedError && r.attempt.result?.score === 5)).toBe(true);
      const row = await db
        .selectFrom('attempts')
        .select(['status', 'score', 'max_score'])
        .where('id', '=', attemptId)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'submitted', score: 5, max_score: questions.length });
    });

    it('an answer to a submitted attempt is refused with a conflict and changes nothing', async () => {
      const db = await freshDb();
      const attemptId = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'quiz', moduleId: MODULE });
      const q = (await getAttemptView(db, attemptId, ALICE))!.questions[0]!.id;
      await saveAnswer(db, {
        attemptId,
        ownerId: ALICE,
        questionId: q,
        response: await wrongAnswer(db, attemptId, q),
        idempotencyKey: key(),
      });
      const submitted = await submitAttempt(db, attemptId, ALICE);
      expect(submitted.result?.score).toBe(0);
      const error = await rejection(
        saveAnswer(db, {
          attemptId,
          ownerId: ALICE,
          questionId: q,
          response: await rightAnswer(db, attemptId, q),
          idempotencyKey: key(),
        }),
      );
      expect(error).toBeInstanceOf(AppError);
      expect(httpStatusOf(error as AppError)).toBe(409);
      const answer = await db.selectFrom('answers').select(['score', 'revision']).executeTakeFirstOrThrow();
      expect(answer).toEqual({ score: 0, revision: 1 });
      // After submitting, feedback is shown for every answered question.
      expect(submitted.answers[0]!.feedback?.verdict).toBe('incorrect');
      expect(submitted.result?.objectives.reduce((n, o) => n + o.max, 0)).toBe(submitted.questions.length);
      // Questions left unanswered get their answer, explanation and evidence in the results too.
      const unanswered = submitted.questions.map((x) => x.id).filter((id) => id !== q);
      expect(Object.keys(submitted.result?.unanswered ?? {}).sort()).toEqual(unanswered.sort());
      expect(
        Object.values(submitted.result?.unanswered ?? {}).every(
          (f) => f.evidence.length > 0 && f.explanation.length > 0,
        ),
      ).toBe(true);
    });

    it("another learner's attempt is not found: not read, answered, submitted or retaken", async () => {
      const db = await freshDb();
      const attemptId = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'quiz', moduleId: MODULE });
      const q = (await getAttemptView(db, attemptId, ALICE))!.questions[0]!.id;
      const response = await rightAnswer(db, attemptId, q);
      expect(await getAttemptView(db, attemptId, BOB)).toBeUndefined();
      for (const attempt of [
        () => saveAnswer(db, { attemptId, ownerId: BOB, questionId: q, response, idempotencyKey: key() }),
        () => submitAttempt(db, attemptId, BOB),
        () => startRetake(db, attemptId, BOB),
      ]) {
        const error = await rejection(attempt());
        expect(httpStatusOf(error as AppError)).toBe(404);
      }
      expect(await db.selectFrom('answers').selectAll().execute()).toEqual([]);
      expect((await db.selectFrom('attempts').select('status').executeTakeFirstOrThrow()).status).toBe('in_progress');
    });

    it("a signed-in user's save checks the session in its own read: a signed-out session saves nothing", async () => {
      const db = await freshDb();
      const user = await createUser(db, {
        name: 'Cy',
        email: 'cy@example.org',
        password: 'password1',
        role: 'student',
      });
      const attemptId = await startAttempt(db, user.id, { courseId: COURSE, kind: 'quiz', moduleId: MODULE });
      const [q1, q2] = (await getAttemptView(db, attemptId, user.id))!.questions.map((q) => q.id);
      const save = async (questionId: string, sessionVersion: number) =>
        saveAnswer(db, {
          attemptId,
          ownerId: user.id,
          sessionVersion,
          questionId,
          response: await rightAnswer(db, attemptId, questionId),
          idempotencyKey: key(),
        });
      expect((await save(q1!, 0)).answer.questionId).toBe(q1);
      await revokeSessions(db, user.id, 0);
      expect(httpStatusOf((await rejection(save(q2!, 0))) as AppError)).toBe(404);
      expect((await db.selectFrom('answers').select('question_id').execute()).map((a) => a.question_id)).toEqual([q1]);
      // The next sign-in's session saves again.
      expect((await save(q2!, 1)).answer.questionId).toBe(q2);
    });

    it('refuses answers naming options the question does not have, or of the wrong type', async () => {
      const db = await freshDb();
      const attemptId = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'quiz', moduleId: MODULE });
      const questions = (await getAttemptView(db, attemptId, ALICE))!.questions;
      const choice = questions.find((q) => q.type === 'single-choice')!;
      const bad = await rejection(
        saveAnswer(db, {
          attemptId,
          ownerId: ALICE,
          questionId: choice.id,
          response: { type: 'single-choice', choice: 'a' },
          idempotencyKey: key(),
        }),
      );
      expect(httpStatusOf(bad as AppError)).toBe(422);
      const wrongType = await rejection(
        saveAnswer(db, {
          attemptId,
          ownerId: ALICE,
          questionId: choice.id,
          response: { type: 'true-false', value: true },
          idempotencyKey: key(),
        }),
      );
      expect((wrongType as AppError).message).toMatch(/single-choice question/);
      const unknown = await rejection(
        saveAnswer(db, {
          attemptId,
          ownerId: ALICE,
          questionId: 'no-such-question',
          response: { type: 'true-false', value: true },
          idempotencyKey: key(),
        }),
      );
      expect(httpStatusOf(unknown as AppError)).toBe(404);
      expect(await db.selectFrom('answers').selectAll().execute()).toEqual([]);
    });

    it('the final test draws from every module, and a retake holds only what was missed', async () => {
      const db = await freshDb();
      const finalId = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'final' });
      const final = (await getAttemptView(db, finalId, ALICE))!;
      expect(final.questions).toHaveLength(5 * FINAL_TEST_PER_MODULE);
      const modules = new Set(final.questions.map((q) => q.id.replace(/-q\d+$/, '')));
      expect(modules.size).toBe(5);
      const [first, second, ...rest] = final.questions;
      await saveAnswer(db, {
        attemptId: finalId,
        ownerId: ALICE,
        questionId: first!.id,
        response: await rightAnswer(db, finalId, first!.id),
        idempotencyKey: key(),
      });
      await saveAnswer(db, {
        attemptId: finalId,
        ownerId: ALICE,
        questionId: second!.id,
        response: await wrongAnswer(db, finalId, second!.id),
        idempotencyKey: key(),
      });
      expect(httpStatusOf((await rejection(startRetake(db, finalId, ALICE))) as AppError)).toBe(409);
      await submitAttempt(db, finalId, ALICE);

      const retakeId = await startRetake(db, finalId, ALICE);
      expect(await startRetake(db, finalId, ALICE)).toBe(retakeId);
      const retake = (await getAttemptView(db, retakeId, ALICE))!;
      expect(retake.kind).toBe('retake');
      expect(retake.questions.map((q) => q.id).sort()).toEqual([second!, ...rest].map((q) => q.id).sort());
      for (const q of retake.questions) {
        await saveAnswer(db, {
          attemptId: retakeId,
          ownerId: ALICE,
          questionId: q.id,
          response: await rightAnswer(db, retakeId, q.id),
          idempotencyKey: key(),
        });
      }
      const done = await submitAttempt(db, retakeId, ALICE);
      expect(done.result?.score).toBe(retake.questions.length);
      expect(((await rejection(startRetake(db, retakeId, ALICE))) as AppError).message).toMatch(/nothing to retake/);
    });

    it('shows the same question and option order on every reload', async () => {
      const db = await freshDb();
      const attemptId = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'quiz', moduleId: MODULE });
      const first = await getAttemptView(db, attemptId, ALICE);
      const second = await getAttemptView(db, attemptId, ALICE);
      expect(second).toEqual(first);
    });
  });
}
