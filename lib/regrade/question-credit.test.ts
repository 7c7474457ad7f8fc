import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { setAssignmentArchived } from '@/lib/assignments/archive-assignment';
import { listMyWork } from '@/lib/assignments/list-my-work';
import { getAttemptView } from '@/lib/attempts/get-attempt';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import type { Database } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { getGradebook } from '@/lib/gradebook/get-gradebook';
import { getStudentAttemptForTeacher } from '@/lib/gradebook/get-student-attempt-for-teacher';
import { overrideGrade } from '@/lib/gradebook/override-grade';
import { httpStatusOf } from '@/lib/http/error-response';
import { at, DAY } from '@/scripts/testing/assignments/classroom';
import { rightAnswer } from '@/scripts/testing/attempts/answers';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { answerOf, Q01, readingQuizClass, scoreOf, takeQuiz } from '@/scripts/testing/regrade/scenario';
import { applyAdjustment, previewAdjustment } from './adjustments';
import { applyContentRegrade } from './content';
import { setQuestionCredit } from './set-question-credit';

// Per-question credit on one student's attempt, through the regrade engine: the append-only log,
// the totals the gradebook reads, its order with class-wide adjustments and content regrades,
// races with another tab and with the student's own submit, refusals, and what the student sees.

async function refusal(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError)
      return { code: error.code, status: httpStatusOf(error), message: error.message, fields: error.fieldErrors };
    throw error;
  }
  throw new Error('expected a refusal');
}

const T1 = at(2 * DAY);
const T2 = at(3 * DAY);
const LATER = at(4 * DAY);

async function snapshot(db: Kysely<Database>) {
  return {
    adjustments: await db.selectFrom('question_adjustments').selectAll().orderBy('id').execute(),
    regrades: await db.selectFrom('regrades').selectAll().orderBy('id').execute(),
    answers: await db
      .selectFrom('answers')
      .select(['attempt_id', 'question_id', 'score'])
      .orderBy('attempt_id')
      .orderBy('question_id')
      .execute(),
    attempts: await db.selectFrom('attempts').select(['id', 'score', 'status']).orderBy('id').execute(),
  };
}

/** The attempt's total as submit sums it: the scores of its own questions' answers. */
async function sumOfAnswers(db: Kysely<Database>, attemptId: string) {
  const { question_ids } = await db
    .selectFrom('attempts')
    .select('question_ids')
    .where('id', '=', attemptId)
    .executeTakeFirstOrThrow();
  const ids = JSON.parse(question_ids) as string[];
  const rows = await db
    .selectFrom('answers')
    .select(['question_id', 'score'])
    .where('attempt_id', '=', attemptId)
    .execute();
  return rows.filter((r) => ids.includes(r.question_id)).reduce((sum, r) => sum + r.score, 0);
}

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`per-question credit on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    /** Ana answered "analysis" (0), Ben "writer" (0), Cy "pact" (the key): 11, 11 and 12 of 12. */
    async function markedQuiz(policy?: Parameters<typeof readingQuizClass>[1]) {
      const db = await freshDb();
      const room = await readingQuizClass(db, policy);
      const [ana, ben, cy] = room.students;
      const attempts = {
        ana: await takeQuiz(db, room.quiz, ana!.id, 'analysis'),
        ben: await takeQuiz(db, room.quiz, ben!.id, 'writer'),
        cy: await takeQuiz(db, room.quiz, cy!.id, 'pact'),
      };
      return { db, ...room, attempts };
    }

    it('gives and takes credit with a reason, each change a new row of the log, and the total and gradebook follow', async () => {
      const { db, teacher, quiz, students, attempts } = await markedQuiz();
      const give = { teacherId: teacher.id, attemptId: attempts.ana, questionId: Q01 };
      expect(await setQuestionCredit(db, { ...give, score: 1, reason: 'accepted the spelling' }, T1)).toMatchObject({
        oldScore: 0,
        newScore: 1,
        oldAttemptScore: 11,
        newAttemptScore: 12,
      });
      expect(await answerOf(db, attempts.ana)).toMatchObject({ score: 1, is_correct: 1 });
      expect(await scoreOf(db, attempts.ana)).toBe(12);
      const gradebook = async () =>
        (await getGradebook(db, teacher.id, 'c1', LATER))!.rows.map((r) => [r.student.name, r.cells[0]!.score]);
      expect(await gradebook()).toEqual([
        ['Ana', 12],
        ['Ben', 11],
        ['Cy', 12],
      ]);

      // Taken back, then half: two more rows; the first is left as it was.
      await setQuestionCredit(db, { ...give, score: 0, reason: 'the spelling changes the meaning' }, T2);
      await setQuestionCredit(db, { ...give, score: 0.5, reason: 'half: the idea is there' }, LATER);
      expect(await scoreOf(db, attempts.ana)).toBe(11.5);
      const log = await db
        .selectFrom('question_adjustments')
        .select(['kind', 'attempt_id', 'score', 'sequence', 'reason'])
        .orderBy('sequence')
        .execute();
      expect(log).toEqual([
        { kind: 'set-score', attempt_id: attempts.ana, score: 1, sequence: 1, reason: 'accepted the spelling' },
        {
          kind: 'set-score',
          attempt_id: attempts.ana,
          score: 0,
          sequence: 2,
          reason: 'the spelling changes the meaning',
        },
        { kind: 'set-score', attempt_id: attempts.ana, score: 0.5, sequence: 3, reason: 'half: the idea is there' },
      ]);
      const regrades = await db
        .selectFrom('regrades')
        .select(['old_score', 'new_score', 'new_attempt_score', 'reason'])
        .orderBy('created_at')
        .execute();
      expect(regrades.map((r) => [r.old_score, r.new_score, r.new_attempt_score])).toEqual([
        [0, 1, 12],
        [1, 0, 11],
        [0, 0.5, 11.5],
      ]);
      expect((await gradebook())[0]).toEqual(['Ana', 11.5]);

      // The teacher's page lists every change with who made it; the gradebook's override still stands over the total.
      const view = (await getStudentAttemptForTeacher(db, teacher.id, attempts.ana, LATER))!;
      expect(view.credits.map((c) => [c.teacherName, c.score, c.reason])).toEqual([
        ['Ms Adler', 1, 'accepted the spelling'],
        ['Ms Adler', 0, 'the spelling changes the meaning'],
        ['Ms Adler', 0.5, 'half: the idea is there'],
      ]);
      expect(view.attempt.result!.score).toBe(11.5);
      expect(view.override).toBeNull();
      await overrideGrade(
        db,
        teacher.id,
        quiz,
        { studentId: students[0]!.id, score: 5, reason: 'agreed resit mark' },
        LATER,
      );
      await setQuestionCredit(db, { ...give, score: 1, reason: 'full after all' }, LATER);
      expect(await scoreOf(db, attempts.ana)).toBe(12);
      expect((await gradebook())[0]).toEqual(['Ana', 5]);
      expect((await getStudentAttemptForTeacher(db, teacher.id, attempts.ana, LATER))!.override).toMatchObject({
        score: 5,
      });
    });

    it("a teacher's credit on an answer stands over a later class-wide adjustment and content regrade, and over an earlier adjustment", async () => {
      const db = await freshDb();
      const room = await readingQuizClass(db);
      const [ana, ben, cy] = room.students;
      // Ana chose "claim", graded 0 by revision 1; revision 2 of the question accepts it.
      const anaAttempt = await takeQuiz(db, room.quiz, ana!.id, 'claim', { storedAs: { revision: 1, score: 0 } });
      const benAttempt = await takeQuiz(db, room.quiz, ben!.id, 'writer');
      const cyAttempt = await takeQuiz(db, room.quiz, cy!.id, 'pact');
      const teacherId = room.teacher.id;
      await setQuestionCredit(
        db,
        { teacherId, attemptId: anaAttempt, questionId: Q01, score: 0.5, reason: 'half' },
        T1,
      );
      await setQuestionCredit(db, { teacherId, attemptId: cyAttempt, questionId: Q01, score: 0, reason: 'copied' }, T1);

      // Everyone gets full credit: Ben rises; Ana and Cy keep what their teacher gave them.
      const applied = await applyAdjustment(
        db,
        { teacherId, assignmentId: room.quiz, questionId: Q01, kind: 'full-credit', reason: 'ambiguous' },
        T2,
      );
      expect(applied.rows.map((r) => r.studentName)).toEqual(['Ben']);
      expect([
        (await answerOf(db, anaAttempt)).score,
        (await answerOf(db, benAttempt)).score,
        (await answerOf(db, cyAttempt)).score,
      ]).toEqual([0.5, 1, 0]);

      // The content release regrades Ana's answer to revision 2: her mark stays 0.5.
      await applyContentRegrade(db, { now: LATER, allowLower: true });
      expect(await answerOf(db, anaAttempt)).toMatchObject({ score: 0.5, question_revision: 2 });
      expect(await scoreOf(db, anaAttempt)).toBe(11.5);

      // Credit after a class-wide adjustment replaces it for that answer, lower too.
      await setQuestionCredit(
        db,
        { teacherId, attemptId: benAttempt, questionId: Q01, score: 0, reason: 'left blank in effect' },
        LATER,
      );
      expect((await answerOf(db, benAttempt)).score).toBe(0);
      expect(await scoreOf(db, benAttempt)).toBe(11);
      for (const id of [anaAttempt, benAttempt, cyAttempt])
        expect(await scoreOf(db, id)).toBe(await sumOfAnswers(db, id));
    });

    it('two tabs crediting one question at once: both are recorded, the one applied last stands, the total agrees', async () => {
      const { db, teacher, attempts } = await markedQuiz();
      const base = { teacherId: teacher.id, attemptId: attempts.ben, questionId: Q01 };
      await Promise.all([
        setQuestionCredit(db, { ...base, score: 1, reason: 'tab one' }, T1),
        setQuestionCredit(db, { ...base, score: 0.25, reason: 'tab two' }, T1),
      ]);
      const log = await db
        .selectFrom('question_adjustments')
        .select(['score', 'sequence'])
        .orderBy('sequence')
        .execute();
      expect(log.map((r) => r.sequence)).toEqual([1, 2]);
      expect(new Set(log.map((r) => r.score))).toEqual(new Set([1, 0.25]));
      expect((await answerOf(db, attempts.ben)).score).toBe(log[1]!.score);
      expect(await scoreOf(db, attempts.ben)).toBe(11 + log[1]!.score!);
      expect(await scoreOf(db, attempts.ben)).toBe(await sumOfAnswers(db, attempts.ben));
    });

    it('work still in progress is refused; credit racing the student’s save and submit loses nothing acknowledged', async () => {
      const db = await freshDb();
      const room = await readingQuizClass(db);
      const ana = room.students[0]!;
      const attemptId = await takeQuiz(db, room.quiz, ana.id, 'analysis', { isSubmitted: false });
      const before = await snapshot(db);
      const early = await refusal(() =>
        setQuestionCredit(
          db,
          { teacherId: room.teacher.id, attemptId, questionId: Q01, score: 1, reason: 'early' },
          T1,
        ),
      );
      expect(early).toMatchObject({
        code: 'conflict',
        status: 409,
        message: expect.stringMatching(/not handed in yet/),
      });
      expect(await snapshot(db)).toEqual(before);

      const { question_ids } = await db
        .selectFrom('attempts')
        .select('question_ids')
        .where('id', '=', attemptId)
        .executeTakeFirstOrThrow();
      const other = (JSON.parse(question_ids) as string[]).find((q) => q !== Q01)!;
      const response = await rightAnswer(db, attemptId, other);
      const [saved, submitted, credited] = await Promise.allSettled([
        saveAnswer(
          db,
          { attemptId, ownerId: ana.id, questionId: other, response, idempotencyKey: crypto.randomUUID() },
          T1,
        ),
        submitAttempt(db, attemptId, ana.id, T1),
        setQuestionCredit(
          db,
          { teacherId: room.teacher.id, attemptId, questionId: Q01, score: 1, reason: 'racing' },
          T1,
        ),
      ]);
      expect(submitted.status).toBe('fulfilled');
      const answers = await db
        .selectFrom('answers')
        .select(['question_id', 'revision', 'score'])
        .where('attempt_id', '=', attemptId)
        .execute();
      if (saved.status === 'fulfilled') expect(answers.find((a) => a.question_id === other)!.revision).toBe(2);
      else expect(saved.reason).toMatchObject({ code: 'conflict' });
      const q01 = answers.find((a) => a.question_id === Q01)!;
      const credits = await db.selectFrom('question_adjustments').select('id').execute();
      if (credited.status === 'fulfilled') {
        expect(q01.score).toBe(1);
        expect(credits).toHaveLength(1);
      } else {
        expect(credited.reason).toMatchObject({ code: 'conflict' });
        expect(q01.score).toBe(0);
        expect(credits).toHaveLength(0);
      }
      expect(await scoreOf(db, attemptId)).toBe(await sumOfAnswers(db, attemptId));
    });

    it('refuses another teacher, a bad score, no reason and a question not answered, and nothing changes', async () => {
      const { db, teacher, otherTeacher, students, attempts } = await markedQuiz();
      const before = await snapshot(db);
      const input = { teacherId: teacher.id, attemptId: attempts.ana, questionId: Q01, score: 1, reason: 'ok' };
      const theirs = await refusal(() => setQuestionCredit(db, { ...input, teacherId: otherTeacher.id }));
      const missing = await refusal(() => setQuestionCredit(db, { ...input, attemptId: 'a_nope' }));
      expect(theirs).toEqual(missing);
      expect(theirs).toMatchObject({ code: 'not_found', status: 404 });
      // A student's id is nobody's teacher: not found either.
      expect(await refusal(() => setQuestionCredit(db, { ...input, teacherId: students[0]!.id }))).toEqual(missing);
      expect(await refusal(() => setQuestionCredit(db, { ...input, score: 1.5 }))).toMatchObject({
        code: 'invalid',
        fields: { score: 'The score must be between 0 and 1.' },
      });
      expect(await refusal(() => setQuestionCredit(db, { ...input, score: 0.333 }))).toMatchObject({
        fields: { score: expect.stringMatching(/two decimals/) },
      });
      expect(await refusal(() => setQuestionCredit(db, { ...input, reason: '   ' }))).toMatchObject({
        code: 'invalid',
        fields: { reason: expect.stringMatching(/Give a reason/) },
      });
      expect(await refusal(() => setQuestionCredit(db, { ...input, questionId: 'the-pact-q01' }))).toMatchObject({
        code: 'invalid',
        message: expect.stringMatching(/not in this attempt/),
      });
      await db.deleteFrom('answers').where('attempt_id', '=', attempts.cy).where('question_id', '=', Q01).execute();
      const withoutAnswer = await snapshot(db);
      expect(await refusal(() => setQuestionCredit(db, { ...input, attemptId: attempts.cy }))).toMatchObject({
        code: 'invalid',
        message: expect.stringMatching(/did not answer/),
      });
      expect(await snapshot(db)).toEqual(withoutAnswer);
      expect((await snapshot(db)).adjustments).toEqual(before.adjustments);
    });

    it('an archived (deleted) assignment takes no credit and no class-wide adjustment, nor a preview of one, until restored', async () => {
      const { db, teacher, quiz, attempts } = await markedQuiz();
      await setAssignmentArchived(db, teacher.id, quiz, true, T1);
      const before = await snapshot(db);
      const archived = {
        code: 'conflict',
        status: 409,
        message: 'This assignment is archived, so it cannot be changed. Restore it first.',
      };
      const credit = { teacherId: teacher.id, attemptId: attempts.ana, questionId: Q01, score: 1, reason: 'accepted' };
      expect(await refusal(() => setQuestionCredit(db, credit, T2))).toMatchObject(archived);
      const adjustment = {
        teacherId: teacher.id,
        assignmentId: quiz,
        questionId: Q01,
        kind: 'accept' as const,
        accepted: ['analysis'],
      };
      expect(await refusal(() => previewAdjustment(db, adjustment))).toMatchObject(archived);
      expect(
        await refusal(() => applyAdjustment(db, { ...adjustment, reason: 'written as analysis' }, T2)),
      ).toMatchObject(archived);
      expect(await snapshot(db)).toEqual(before);
      expect(await scoreOf(db, attempts.ana)).toBe(11);

      // Restored, the same changes go through.
      await setAssignmentArchived(db, teacher.id, quiz, false, T2);
      expect(await setQuestionCredit(db, credit, LATER)).toMatchObject({ oldScore: 0, newScore: 1 });
      expect(
        (await applyAdjustment(db, { ...adjustment, accepted: ['writer'], reason: 'also fair' }, LATER)).rows,
      ).toEqual([expect.objectContaining({ attemptId: attempts.ben, oldScore: 0, newScore: 1 })]);
    });

    it('the student sees the changed grade and why on the result, dashboard and work list, as far as the review policy shows', async () => {
      const { db, teacher, students, attempts } = await markedQuiz();
      const ana = students[0]!;
      await setQuestionCredit(
        db,
        { teacherId: teacher.id, attemptId: attempts.ana, questionId: Q01, score: 1, reason: 'accepted the spelling' },
        T1,
      );
      const view = (await getAttemptView(db, attempts.ana, ana.id, LATER))!;
      expect(view.result!.score).toBe(12);
      expect(view.regrades).toEqual([
        { date: T1.toISOString(), questionId: null, oldScore: 11, newScore: 12, reason: null, byTeacher: true },
        {
          date: T1.toISOString(),
          questionId: Q01,
          oldScore: 0,
          newScore: 1,
          reason: 'accepted the spelling',
          byTeacher: true,
        },
      ]);
      const [work] = await listMyWork(db, ana.id, LATER);
      expect(work!.gradeChange).toEqual({
        assignmentId: work!.id,
        attemptId: attempts.ana,
        date: T1.toISOString(),
        oldScore: 11,
        newScore: 12,
        max: 12,
        reason: 'accepted the spelling',
      });
      // Ben's work has no change; nobody else sees Ana's.
      expect((await listMyWork(db, students[1]!.id, LATER))[0]!.gradeChange).toBeNull();
    });

    it('holds the change back where the score is hidden, and the reason where only the score shows', async () => {
      const hidden = await markedQuiz({ score: 'never', answers: 'never', correctAnswers: 'never' });
      const ana = hidden.students[0]!;
      await setQuestionCredit(
        hidden.db,
        { teacherId: hidden.teacher.id, attemptId: hidden.attempts.ana, questionId: Q01, score: 1, reason: 'accepted' },
        T1,
      );
      expect((await getAttemptView(hidden.db, hidden.attempts.ana, ana.id, LATER))!.regrades).toBeUndefined();
      expect((await listMyWork(hidden.db, ana.id, LATER))[0]!.gradeChange).toBeNull();

      const scoreOnly = await markedQuiz({ score: 'immediately', answers: 'after_due', correctAnswers: 'after_due' });
      const ana2 = scoreOnly.students[0]!;
      await setQuestionCredit(
        scoreOnly.db,
        {
          teacherId: scoreOnly.teacher.id,
          attemptId: scoreOnly.attempts.ana,
          questionId: Q01,
          score: 1,
          reason: 'accepted',
        },
        T1,
      );
      const beforeDue = at(DAY + 3600);
      expect((await listMyWork(scoreOnly.db, ana2.id, beforeDue))[0]!.gradeChange).toMatchObject({
        newScore: 12,
        reason: null,
      });
      expect((await getAttemptView(scoreOnly.db, scoreOnly.attempts.ana, ana2.id, beforeDue))!.regrades).toEqual([
        expect.objectContaining({ questionId: null, newScore: 12 }),
      ]);
      // Once the due date shows the answers, the reason follows.
      expect((await listMyWork(scoreOnly.db, ana2.id, at(8 * DAY)))[0]!.gradeChange).toMatchObject({
        reason: 'accepted',
      });
    });
  });
}
