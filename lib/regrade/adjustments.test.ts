import { AppError } from '@/lib/errors';
import { httpStatusOf } from '@/lib/http/error-response';
import { describe, expect, it } from 'vitest';
import { at, DAY } from '@/scripts/testing/assignments/classroom';
import { startAttempt } from '@/lib/attempts/create-attempt';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { tokensFor } from '@/scripts/testing/attempts/answers';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { getAttemptView } from '@/lib/attempts/get-attempt';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { getGradebook } from '@/lib/gradebook/get-gradebook';
import { getStudentAttemptForTeacher } from '@/lib/gradebook/get-student-attempt-for-teacher';
import { applyAdjustment, previewAdjustment } from './adjustments';
import { answerOf, Q01, readingQuizClass, scoreOf, takeQuiz } from '@/scripts/testing/regrade/scenario';

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

const ADJUSTED_AT = at(2 * DAY);

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`teacher adjustments on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    /** Ana answered "analysis" (0), Ben "writer" (0), Cy "pact" (the key). */
    async function markedQuiz() {
      const db = await freshDb();
      const room = await readingQuizClass(db);
      const [ana, ben, cy] = room.students;
      const attempts = {
        ana: await takeQuiz(db, room.quiz, ana!.id, 'analysis'),
        ben: await takeQuiz(db, room.quiz, ben!.id, 'writer'),
        cy: await takeQuiz(db, room.quiz, cy!.id, 'pact'),
      };
      return { db, ...room, attempts };
    }

    it('previews exactly who gains what, then applying changes just that and records why', async () => {
      const { db, teacher, quiz, attempts } = await markedQuiz();
      const input = {
        teacherId: teacher.id,
        assignmentId: quiz,
        questionId: Q01,
        kind: 'accept' as const,
        accepted: ['analysis'],
      };
      const preview = await previewAdjustment(db, input);
      expect(preview.rows).toEqual([
        {
          studentId: expect.any(String),
          studentName: 'Ana',
          attemptId: attempts.ana,
          attemptNumber: 1,
          oldScore: 0,
          newScore: 1,
          oldAttemptScore: 11,
          newAttemptScore: 12,
        },
      ]);
      expect(await scoreOf(db, attempts.ana)).toBe(11); // a preview changes nothing

      const applied = await applyAdjustment(
        db,
        { ...input, reason: 'The paragraph is written as analysis' },
        ADJUSTED_AT,
      );
      expect(applied.rows).toEqual(preview.rows);
      expect(await answerOf(db, attempts.ana)).toMatchObject({ score: 1, is_correct: 1 });
      expect(await answerOf(db, attempts.ben)).toMatchObject({ score: 0 });
      const rows = await db
        .selectFrom('regrades')
        .select(['attempt_id', 'source', 'adjustment_id', 'reason', 'old_score', 'new_score', 'new_attempt_score'])
        .execute();
      expect(rows).toEqual([
        {
          attempt_id: attempts.ana,
          source: 'teacher',
          adjustment_id: applied.adjustmentId,
          reason: 'The paragraph is written as analysis',
          old_score: 0,
          new_score: 1,
          new_attempt_score: 12,
        },
      ]);
      const gradebook = (await getGradebook(db, teacher.id, 'c1', at(3 * DAY)))!;
      expect(gradebook.rows.map((r) => [r.student.name, r.cells[0]!.score])).toEqual([
        ['Ana', 12],
        ['Ben', 11],
        ['Cy', 12],
      ]);
      const teacherView = (await getStudentAttemptForTeacher(db, teacher.id, attempts.ana, at(3 * DAY)))!;
      expect(teacherView.regrades).toEqual([
        expect.objectContaining({
          source: 'teacher',
          oldScore: 0,
          newScore: 1,
          reason: 'The paragraph is written as analysis',
        }),
      ]);
    });

    it('gives everyone who answered full credit, never lowering anyone', async () => {
      const { db, teacher, quiz, students, attempts } = await markedQuiz();
      const input = { teacherId: teacher.id, assignmentId: quiz, questionId: Q01, kind: 'full-credit' as const };
      const preview = await previewAdjustment(db, input);
      expect(preview.rows.map((r) => [r.studentName, r.oldScore, r.newScore])).toEqual([
        ['Ana', 0, 1],
        ['Ben', 0, 1],
      ]);
      const applied = await applyAdjustment(db, { ...input, reason: 'Ambiguous question' }, ADJUSTED_AT);
      expect(applied.rows).toEqual(preview.rows);
      expect([
        await scoreOf(db, attempts.ana),
        await scoreOf(db, attempts.ben),
        await scoreOf(db, attempts.cy),
      ]).toEqual([12, 12, 12]);
      // The student reads why, where the review policy shows the question.
      const view = (await getAttemptView(db, attempts.ben, students[1]!.id, at(3 * DAY)))!;
      expect(view.regrades).toContainEqual({
        date: ADJUSTED_AT.toISOString(),
        questionId: Q01,
        oldScore: 0,
        newScore: 1,
        reason: 'Ambiguous question',
        byTeacher: true,
      });
      // Applying again finds nobody left to raise.
      expect((await applyAdjustment(db, { ...input, reason: 'Again' }, ADJUSTED_AT)).rows).toEqual([]);
    });

    it("refuses another teacher's assignment exactly as a missing one", async () => {
      const { db, otherTeacher, teacher, quiz } = await markedQuiz();
      const theirs = await refusal(() =>
        previewAdjustment(db, { teacherId: otherTeacher.id, assignmentId: quiz, questionId: Q01, kind: 'full-credit' }),
      );
      const missing = await refusal(() =>
        previewAdjustment(db, {
          teacherId: teacher.id,
          assignmentId: 'as_missing',
          questionId: Q01,
          kind: 'full-credit',
        }),
      );
      expect([theirs.code, theirs.message]).toEqual([missing.code, missing.message]);
      expect(theirs.code).toBe('not_found');
      await refusal(() =>
        applyAdjustment(db, {
          teacherId: otherTeacher.id,
          assignmentId: quiz,
          questionId: Q01,
          kind: 'full-credit',
          reason: 'mine now',
        }),
      );
      expect(await db.selectFrom('question_adjustments').selectAll().execute()).toEqual([]);
      expect(await db.selectFrom('regrades').selectAll().execute()).toEqual([]);
    });

    it('refuses an option the question does not have, and a question not in the assignment', async () => {
      const { db, teacher, quiz } = await markedQuiz();
      const bad = await refusal(() =>
        previewAdjustment(db, {
          teacherId: teacher.id,
          assignmentId: quiz,
          questionId: Q01,
          kind: 'accept',
          accepted: ['maybe'],
        }),
      );
      expect(bad.message).toContain('Not an option of this question: maybe');
      const elsewhere = await refusal(() =>
        previewAdjustment(db, {
          teacherId: teacher.id,
          assignmentId: quiz,
          questionId: 'the-pact-q01',
          kind: 'full-credit',
        }),
      );
      expect(elsewhere.message).toContain('is not in any attempt at this assignment');
      expect(
        (
          await refusal(() =>
            applyAdjustment(db, {
              teacherId: teacher.id,
              assignmentId: quiz,
              questionId: Q01,
              kind: 'full-credit',
              reason: '  ',
            }),
          )
        ).code,
      ).toBe('invalid');
    });

    it('a later save in the assignment honours the adjustment; self-study does not', async () => {
      const { db, teacher, quiz, students } = await markedQuiz();
      await applyAdjustment(
        db,
        {
          teacherId: teacher.id,
          assignmentId: quiz,
          questionId: Q01,
          kind: 'accept',
          accepted: ['analysis'],
          reason: 'Defensible',
        },
        ADJUSTED_AT,
      );
      // Ben's second attempt, after the adjustment, answers "analysis" too.
      const second = await takeQuiz(db, quiz, students[1]!.id, 'analysis', { at: at(3 * DAY) });
      expect(await answerOf(db, second)).toMatchObject({ score: 1, is_correct: 1 });
      expect(await scoreOf(db, second)).toBe(12);
      const practice = await startAttempt(
        db,
        students[1]!.id,
        { courseId: 'nk-russia-pact', kind: 'practice', moduleId: 'reading-critically' },
        at(3 * DAY),
      );
      const response = await tokensFor(db, practice, Q01, { type: 'who-says-so', choice: 'analysis' });
      const saved = await saveAnswer(
        db,
        {
          attemptId: practice,
          ownerId: students[1]!.id,
          questionId: Q01,
          response,
          idempotencyKey: crypto.randomUUID(),
        },
        at(3 * DAY),
      );
      expect(saved.answer.feedback).toMatchObject({ verdict: 'incorrect', score: 0 });
    });
  });
}
