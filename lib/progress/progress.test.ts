import { AppError } from '@/lib/errors';
import { httpStatusOf } from '@/lib/http/error-response';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { startAttempt } from '@/lib/attempts/create-attempt';
import { getAttemptView } from '@/lib/attempts/get-attempt';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { startRetake } from '@/lib/attempts/start-retake';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { rightAnswer, wrongAnswer } from '@/scripts/testing/attempts/answers';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { getCourse } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { getCourseProgress } from './get-course-progress';
import { getMastery } from './get-mastery';
import { getScoreHistory } from './get-score-history';
import { listMistakes } from './list-mistakes';
import { recordLessonRead } from './record-lesson-read';
import { startReview } from './start-review';

const COURSE = 'nk-russia-pact';
const MODULE = 'the-pact';
const ALICE = 'g_aliceaaaaaaaaaaaaaaaaa';
const BOB = 'u_bobbbbbbbbbbbbbbbbbbbb';

// Every write gets a later time than the one before, so "most recent" is never a tie.
let clock = Date.parse('2026-03-01T09:00:00.000Z');
const tick = () => new Date((clock += 60_000));

const moduleOf = (moduleId: string) => getCourse(COURSE)!.moduleList.find((m) => m.id === moduleId)!;
/** The module's practice questions (what a self-study quiz holds), in content order. */
const questionsOf = (moduleId: string, objective?: string) =>
  moduleOf(moduleId)
    .questions.filter((q) => q.pool === 'practice' && (!objective || q.objective === objective))
    .map((q) => q.id);

async function answer(db: Kysely<Database>, ownerId: string, attemptId: string, questionId: string, isRight: boolean) {
  const response = isRight
    ? await rightAnswer(db, attemptId, questionId)
    : await wrongAnswer(db, attemptId, questionId);
  return saveAnswer(db, { attemptId, ownerId, questionId, response, idempotencyKey: crypto.randomUUID() }, tick());
}

/** Starts a quiz at the module and answers the given questions, right or wrong; not submitted. */
async function answerQuiz(
  db: Kysely<Database>,
  ownerId: string,
  answers: Record<string, boolean>,
  kind: 'quiz' | 'practice' = 'quiz',
  moduleId = MODULE,
) {
  const attemptId = await startAttempt(db, ownerId, { courseId: COURSE, kind, moduleId }, tick());
  for (const [questionId, isRight] of Object.entries(answers))
    await answer(db, ownerId, attemptId, questionId, isRight);
  return attemptId;
}

const allOf = (ids: string[], isRight: (id: string, index: number) => boolean) =>
  Object.fromEntries(ids.map((id, i) => [id, isRight(id, i)]));

type Refusal = { code: string; message: string; status: number };

async function refusal(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    // The status is the route's answer for it (lib/http/error-response.ts), which a user sees.
    if (error instanceof AppError) return { code: error.code, message: error.message, status: httpStatusOf(error) };
    throw error;
  }
  throw new Error('expected the operation to be refused');
}

const levels = async (db: Kysely<Database>, ownerId: string) =>
  Object.fromEntries(
    (await getMastery(db, ownerId, COURSE)).flatMap((m) => m.objectives.map((o) => [o.objectiveId, o.level])),
  );

const mistakeIds = async (db: Kysely<Database>, ownerId: string) =>
  (await listMistakes(db, ownerId, COURSE)).map((m) => m.questionId);

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`learner progress on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('records a lesson read once per module, keeping the first read and updating the last', async () => {
      const db = await freshDb();
      const first = tick();
      await recordLessonRead(db, ALICE, COURSE, MODULE, first);
      const last = tick();
      await Promise.all([
        recordLessonRead(db, ALICE, COURSE, MODULE, last),
        recordLessonRead(db, ALICE, COURSE, MODULE, last),
      ]);
      const rows = await db.selectFrom('lesson_reads').selectAll().execute();
      expect(rows).toEqual([
        {
          owner_id: ALICE,
          course_id: COURSE,
          module_id: MODULE,
          first_read_at: first.toISOString(),
          last_read_at: last.toISOString(),
        },
      ]);
      expect(await db.selectFrom('guests').select('id').execute()).toEqual([{ id: ALICE }]);

      const progress = await getCourseProgress(db, ALICE, COURSE);
      expect(progress).toMatchObject({ lessonsRead: 1, lessonCount: 5, quizzesTaken: 0 });
      expect(progress.modules.map((m) => m.isRead)).toEqual([true, false, false, false, false]);

      expect((await refusal(recordLessonRead(db, ALICE, COURSE, 'no-such-module'))).status).toBe(404);
      expect((await refusal(recordLessonRead(db, ALICE, 'no-such-course', MODULE))).status).toBe(404);
      expect((await refusal(getCourseProgress(db, ALICE, 'no-such-course'))).status).toBe(404);
      expect(await db.selectFrom('lesson_reads').select('module_id').execute()).toHaveLength(1);
    });

    it('counts submitted quizzes with their best and last score; quizzes in progress and retakes do not count', async () => {
      const db = await freshDb();
      const ids = questionsOf(MODULE);
      for (const rightCount of [6, 9, 3]) {
        const quiz = await answerQuiz(
          db,
          ALICE,
          allOf(ids, (_, i) => i < rightCount),
        );
        await submitAttempt(db, quiz, ALICE, tick());
      }
      const lastQuiz = (
        await db.selectFrom('attempts').select('id').orderBy('created_at', 'desc').executeTakeFirstOrThrow()
      ).id;
      const retake = await startRetake(db, lastQuiz, ALICE, tick());
      for (const id of JSON.parse(
        (await db.selectFrom('attempts').select('question_ids').where('id', '=', retake).executeTakeFirstOrThrow())
          .question_ids,
      ) as string[]) {
        await answer(db, ALICE, retake, id, true);
      }
      await submitAttempt(db, retake, ALICE, tick());
      const final = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'final' }, tick());
      for (const q of (await getAttemptView(db, final, ALICE))!.questions) await answer(db, ALICE, final, q.id, true);
      await submitAttempt(db, final, ALICE, tick());
      // A quiz answered perfectly but not submitted changes nothing.
      await answerQuiz(
        db,
        ALICE,
        allOf(ids, () => true),
      );

      const progress = await getCourseProgress(db, ALICE, COURSE);
      const pact = progress.modules[0]!;
      expect(pact).toMatchObject({ moduleId: MODULE, number: 1, taken: 3 });
      expect(pact.best).toMatchObject({ score: 9, max: 12, fraction: 0.75, percent: 75 });
      expect(pact.last).toMatchObject({ score: 3, max: 12, percent: 25 });
      expect(progress.modules.slice(1).every((m) => m.taken === 0 && m.best === null && m.last === null)).toBe(true);
      expect(progress.quizzesTaken).toBe(3);
      expect(progress.final).toMatchObject({
        taken: 1,
        best: { score: 15, max: 15, percent: 100 },
        last: { percent: 100 },
      });

      const history = await getScoreHistory(db, ALICE, COURSE);
      expect(history.map((h) => [h.kind, h.percent])).toEqual([
        ['quiz', 50],
        ['quiz', 75],
        ['quiz', 25],
        ['retake', 100],
        ['final', 100],
      ]);
      expect(history[0]!.title).toBe(`Quiz: ${moduleOf(MODULE).title}`);
      expect(history.map((h) => h.submittedAt)).toEqual([...history.map((h) => h.submittedAt)].sort());
    });

    it('mastery and mistakes change once a quiz is submitted, never while it is in progress', async () => {
      const db = await freshDb();
      const [defence] = questionsOf(MODULE, 'the-pact-mutual-defence');
      await answerQuiz(db, ALICE, { [defence!]: false }, 'practice');
      const before = await levels(db, ALICE);
      expect(before['the-pact-mutual-defence']).toBe('attempted');
      expect(before['the-pact-cooperation']).toBe('not-started');
      expect(await mistakeIds(db, ALICE)).toEqual([defence]);

      // Every question right but one of the cooperation objective; then a final test and a
      // superseded quiz with answers too. None of it is visible yet.
      const [missed] = questionsOf(MODULE, 'the-pact-cooperation');
      const quiz = await answerQuiz(
        db,
        ALICE,
        allOf(questionsOf(MODULE), (id) => id !== missed),
      );
      const final = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'final' }, tick());
      for (const q of (await getAttemptView(db, final, ALICE))!.questions) await answer(db, ALICE, final, q.id, false);
      const superseded = await answerQuiz(db, ALICE, { [questionsOf('context')[0]!]: false }, 'quiz', 'context');
      await db.updateTable('attempts').set({ status: 'superseded' }).where('id', '=', superseded).execute();
      expect(await levels(db, ALICE)).toEqual(before);
      expect(await mistakeIds(db, ALICE)).toEqual([defence]);
      expect((await getCourseProgress(db, ALICE, COURSE)).quizzesTaken).toBe(0);
      expect(await getScoreHistory(db, ALICE, COURSE)).toEqual([]);

      await submitAttempt(db, quiz, ALICE, tick());
      const after = await levels(db, ALICE);
      // The defence question was missed in practice minutes before, its answer shown: right in the
      // quiz, it counts for a third. Everything else right, but on one occasion: not yet Mastered.
      expect(after['the-pact-mutual-defence']).toBe('familiar');
      expect(after['the-pact-cooperation']).toBe('familiar'); // 2 of 3 right: 66%
      expect(after['the-pact-wider-aims']).toBe('proficient');
      expect(after['context-tensions']).toBe('not-started');
      expect(await mistakeIds(db, ALICE)).toEqual([missed]);
      const [mistake] = await listMistakes(db, ALICE, COURSE);
      expect(mistake).toMatchObject({ moduleId: MODULE, score: 0, feedback: { verdict: 'incorrect' } });
      expect(mistake!.feedback!.correctAnswer.length).toBeGreaterThan(0);
      expect(mistake!.feedback!.explanation.length).toBeGreaterThan(10);
      expect(mistake!.feedback!.evidence.length).toBeGreaterThan(0);
    });

    it('a mistake disappears once answered right later, and returns if missed again', async () => {
      const db = await freshDb();
      const [q] = questionsOf(MODULE);
      const quiz = await answerQuiz(db, ALICE, { [q!]: false });
      await submitAttempt(db, quiz, ALICE, tick());
      expect(await mistakeIds(db, ALICE)).toEqual([q]);
      const practice = await answerQuiz(db, ALICE, { [q!]: true }, 'practice');
      expect(await mistakeIds(db, ALICE)).toEqual([]);
      await answer(db, ALICE, practice, q!, false);
      expect(await mistakeIds(db, ALICE)).toEqual([q]);
    });

    it('a review holds the mistakes, shows feedback as you go and resumes until finished', async () => {
      const db = await freshDb();
      const [a] = questionsOf('context');
      const [b, c] = questionsOf(MODULE);
      await answerQuiz(db, ALICE, { [a!]: false }, 'practice', 'context');
      await answerQuiz(db, ALICE, { [c!]: false, [b!]: false }, 'practice');

      const reviewIds = await Promise.all(Array.from({ length: 5 }, () => startReview(db, ALICE, COURSE, tick())));
      expect(new Set(reviewIds).size).toBe(1);
      const review = (await getAttemptView(db, reviewIds[0]!, ALICE))!;
      expect(review).toMatchObject({
        kind: 'review',
        status: 'in_progress',
        moduleId: null,
        title: `Review of my mistakes: ${getCourse(COURSE)!.title}`,
      });
      // Course order: the first module's questions before the second's.
      expect(review.questions.map((q) => q.id)).toEqual([b, c, a]);

      const checked = await answer(db, ALICE, review.id, b!, true);
      expect(checked.answer.feedback?.verdict).toBe('correct');
      expect(await mistakeIds(db, ALICE)).toEqual([c, a]);
      for (const id of [c!, a!]) await answer(db, ALICE, review.id, id, true);
      // Nothing left to review, but the review in progress is still there to finish.
      expect(await mistakeIds(db, ALICE)).toEqual([]);
      expect(await startReview(db, ALICE, COURSE, tick())).toBe(review.id);
      await submitAttempt(db, review.id, ALICE, tick());
      const refused = await refusal(startReview(db, ALICE, COURSE, tick()));
      expect(refused.status).toBe(409);
      expect(refused.message).toMatch(/Nothing to review/);
      expect(await getScoreHistory(db, ALICE, COURSE)).toEqual([]);
      expect((await refusal(startReview(db, ALICE, 'no-such-course'))).status).toBe(404);
    });

    it("another learner's reads, answers and attempts never appear", async () => {
      const db = await freshDb();
      await recordLessonRead(db, ALICE, COURSE, MODULE, tick());
      const quiz = await answerQuiz(
        db,
        ALICE,
        allOf(questionsOf(MODULE), (_, i) => i % 2 === 0),
      );
      await submitAttempt(db, quiz, ALICE, tick());
      await answerQuiz(
        db,
        ALICE,
        allOf(questionsOf('context'), () => false),
        'practice',
        'context',
      );
      const aliceReview = await startReview(db, ALICE, COURSE, tick());

      const progress = await getCourseProgress(db, BOB, COURSE);
      expect(progress).toMatchObject({ lessonsRead: 0, quizzesTaken: 0, final: { taken: 0, best: null } });
      expect(progress.modules.every((m) => !m.isRead && m.taken === 0)).toBe(true);
      expect(Object.values(await levels(db, BOB)).every((level) => level === 'not-started')).toBe(true);
      expect(await listMistakes(db, BOB, COURSE)).toEqual([]);
      expect(await getScoreHistory(db, BOB, COURSE)).toEqual([]);
      expect((await refusal(startReview(db, BOB, COURSE))).status).toBe(409);
      expect(await getAttemptView(db, aliceReview, BOB)).toBeUndefined();

      // And Bob's own work leaves Alice's as it was.
      const aliceMistakes = await mistakeIds(db, ALICE);
      await answerQuiz(
        db,
        BOB,
        allOf(questionsOf('context'), () => true),
        'practice',
        'context',
      );
      expect(await mistakeIds(db, ALICE)).toEqual(aliceMistakes);
      expect(aliceMistakes).toHaveLength(6 + 12);
    });
  });
}
