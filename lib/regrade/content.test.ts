import { describe, expect, it } from 'vitest';
import { at, DAY } from '@/scripts/testing/assignments/classroom';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { getAttemptView } from '@/lib/attempts/get-attempt';
import { getQuestionIndex } from '@/lib/content/course';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { getGradebook } from '@/lib/gradebook/get-gradebook';
import { getStudentAttemptForTeacher } from '@/lib/gradebook/get-student-attempt-for-teacher';
import { overrideGrade } from '@/lib/gradebook/override-grade';
import { applyContentRegrade, planContentRegrade } from './content';
import { formatRegradePlan } from './format-plan';
import { answerOf, Q01, readingQuizClass, scoreOf, takeQuiz } from '@/scripts/testing/regrade/scenario';

const NOTE = getQuestionIndex('nk-russia-pact')!
  .get(Q01)!
  .question.history!.find((h) => h.revision === 2)!.note;
const REGRADED_AT = new Date('2026-12-02T10:00:00Z');

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`content regrade on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    /** Ana answered "claim" (0 under revision 1), Ben "pact" (1 either way), Cy "analysis", which revision 1 is taken to have credited. */
    async function beforeTheRelease() {
      const db = await freshDb();
      const room = await readingQuizClass(db);
      const [ana, ben, cy] = room.students;
      const attempts = {
        ana: await takeQuiz(db, room.quiz, ana!.id, 'claim', { storedAs: { revision: 1, score: 0 } }),
        ben: await takeQuiz(db, room.quiz, ben!.id, 'pact', { storedAs: { revision: 1, score: 1 } }),
        cy: await takeQuiz(db, room.quiz, cy!.id, 'analysis', { storedAs: { revision: 1, score: 1 } }),
      };
      return { db, ...room, attempts };
    }

    it('a dry run lists exactly what applying changes, and changes nothing itself', async () => {
      const { db, teacher, quiz, students, attempts } = await beforeTheRelease();
      expect(await scoreOf(db, attempts.ana)).toBe(11);
      const plan = await planContentRegrade(db);
      const lines = formatRegradePlan(plan, true);
      expect(lines.join('\n')).toContain(`attempt ${attempts.ana} (Ana), ${Q01}: 0 → 1 (revision 1 → 2)`);
      expect(lines.join('\n')).toContain(`attempt ${attempts.ana} (Ana): total 11 → 12`);
      expect(lines.join('\n')).toContain(`skipped  attempt ${attempts.cy} (Cy), ${Q01}: would lower 1 → 0`);
      expect(lines.at(-1)).toBe(
        'Dry run: nothing was changed. 1 answer score(s) would change, 1 answer(s) would be brought to the current revision at the same score, 1 lowering(s) skipped (rerun with --allow-lower to apply them).',
      );
      // Nothing written by planning.
      expect(await answerOf(db, attempts.ana)).toEqual({ score: 0, is_correct: 0, question_revision: 1 });
      expect(await db.selectFrom('regrades').selectAll().execute()).toEqual([]);

      await applyContentRegrade(db, plan, { now: REGRADED_AT });
      const planned = plan.attempts.flatMap((a) =>
        a.changes.map((c) => ({
          attempt_id: a.attemptId,
          question_id: c.questionId,
          old_score: c.oldScore,
          new_score: c.newScore,
          old_attempt_score: a.oldScore,
          new_attempt_score: a.newScore,
        })),
      );
      const rows = await db
        .selectFrom('regrades')
        .select([
          'attempt_id',
          'question_id',
          'old_score',
          'new_score',
          'old_attempt_score',
          'new_attempt_score',
          'source',
          'from_revision',
          'to_revision',
          'reason',
          'created_at',
          'owner_id',
          'assignment_id',
        ])
        .execute();
      expect(
        rows.map(({ attempt_id, question_id, old_score, new_score, old_attempt_score, new_attempt_score }) => ({
          attempt_id,
          question_id,
          old_score,
          new_score,
          old_attempt_score,
          new_attempt_score,
        })),
      ).toEqual(planned);
      expect(rows).toEqual([
        expect.objectContaining({
          attempt_id: attempts.ana,
          source: 'content',
          from_revision: 1,
          to_revision: 2,
          reason: NOTE,
          created_at: REGRADED_AT.toISOString(),
          owner_id: students[0]!.id,
          assignment_id: quiz,
        }),
      ]);
      for (const attempt of plan.attempts) expect(await scoreOf(db, attempt.attemptId)).toBe(attempt.newScore);
      expect(await answerOf(db, attempts.ana)).toEqual({ score: 1, is_correct: 1, question_revision: 2 });
      // Same score: brought to revision 2, no history row. A lowering: left exactly as it was.
      expect(await answerOf(db, attempts.ben)).toEqual({ score: 1, is_correct: 1, question_revision: 2 });
      expect(await answerOf(db, attempts.cy)).toEqual({ score: 1, is_correct: 1, question_revision: 1 });
      expect(plan.assignmentIds).toEqual([quiz]);
      const gradebook = (await getGradebook(db, teacher.id, 'c1', at(DAY)))!;
      expect(gradebook.rows.map((r) => [r.student.name, r.cells[0]!.score])).toEqual([
        ['Ana', 12],
        ['Ben', 12],
        ['Cy', 12],
      ]);
    });

    it("keeps a teacher's override on top of a regraded score", async () => {
      const { db, teacher, quiz, students, attempts } = await beforeTheRelease();
      await overrideGrade(
        db,
        teacher.id,
        quiz,
        { studentId: students[0]!.id, score: 10, reason: 'Copied a neighbour' },
        at(DAY),
      );
      const overridesBefore = await db.selectFrom('grade_overrides').selectAll().execute();
      await applyContentRegrade(db, {}, { now: REGRADED_AT });
      expect(await scoreOf(db, attempts.ana)).toBe(12);
      expect(await db.selectFrom('grade_overrides').selectAll().execute()).toEqual(overridesBefore);
      const cell = (await getGradebook(db, teacher.id, 'c1', at(2 * DAY)))!.rows[0]!.cells[0]!;
      expect(cell).toMatchObject({
        score: 10,
        attemptScore: 12,
        override: expect.objectContaining({ score: 10, reason: 'Copied a neighbour' }),
      });
    });

    it('lowers a score only when allowed, and says which it skipped', async () => {
      const { db, attempts } = await beforeTheRelease();
      const raised = await applyContentRegrade(db, { now: REGRADED_AT });
      expect(raised.attempts.find((a) => a.attemptId === attempts.cy)!.skipped).toEqual([
        expect.objectContaining({ questionId: Q01, oldScore: 1, newScore: 0 }),
      ]);
      expect(await scoreOf(db, attempts.cy)).toBe(12);
      expect(
        (await planContentRegrade(db)).attempts.map((a) => [a.attemptId, a.changes.length, a.skipped.length]),
      ).toEqual([[attempts.cy, 0, 1]]);

      const lowered = await applyContentRegrade(db, { allowLower: true, now: REGRADED_AT });
      expect(lowered.attempts.map((a) => [a.attemptId, a.oldScore, a.newScore])).toEqual([[attempts.cy, 12, 11]]);
      expect(await answerOf(db, attempts.cy)).toEqual({ score: 0, is_correct: 0, question_revision: 2 });
      expect(await scoreOf(db, attempts.cy)).toBe(11);
      const rows = await db
        .selectFrom('regrades')
        .select(['attempt_id', 'old_score', 'new_score'])
        .where('attempt_id', '=', attempts.cy)
        .execute();
      expect(rows).toEqual([{ attempt_id: attempts.cy, old_score: 1, new_score: 0 }]);
    });

    it('changes nothing when run again', async () => {
      const { db, attempts } = await beforeTheRelease();
      await applyContentRegrade(db, { allowLower: true, now: REGRADED_AT });
      const snapshot = async () => ({
        answers: await db.selectFrom('answers').selectAll().orderBy('attempt_id').orderBy('question_id').execute(),
        attempts: await db.selectFrom('attempts').select(['id', 'score']).orderBy('id').execute(),
        regrades: await db.selectFrom('regrades').selectAll().orderBy('id').execute(),
      });
      const before = await snapshot();
      expect(before.regrades).toHaveLength(2);
      const again = await applyContentRegrade(db, {
        allowLower: true,
        now: new Date(REGRADED_AT.getTime() + DAY * 1000),
      });
      expect(again.attempts).toEqual([]);
      expect(await snapshot()).toEqual(before);
      expect(await scoreOf(db, attempts.ana)).toBe(12);
    });

    it('regrades an attempt in progress without giving it a total, and its submit counts the new score', async () => {
      const db = await freshDb();
      const { quiz, students } = await readingQuizClass(db);
      const attemptId = await takeQuiz(db, quiz, students[0]!.id, 'claim', {
        storedAs: { revision: 1, score: 0 },
        isSubmitted: false,
      });
      const applied = await applyContentRegrade(db, { now: REGRADED_AT });
      expect(applied.attempts.map((a) => [a.oldScore, a.newScore, a.changes.length])).toEqual([[null, null, 1]]);
      expect(await scoreOf(db, attemptId)).toBeNull();
      expect(await answerOf(db, attemptId)).toEqual({ score: 1, is_correct: 1, question_revision: 2 });
    });

    it('shows the student the note where the disclosure shows the question, and the teacher the whole history', async () => {
      const { db, teacher, students, attempts } = await beforeTheRelease();
      await applyContentRegrade(db, { now: REGRADED_AT });
      const view = (await getAttemptView(db, attempts.ana, students[0]!.id, at(DAY)))!;
      expect(view.result!.score).toBe(12);
      expect(view.regrades).toEqual([
        {
          date: REGRADED_AT.toISOString(),
          questionId: null,
          oldScore: 11,
          newScore: 12,
          reason: null,
          byTeacher: false,
        },
        { date: REGRADED_AT.toISOString(), questionId: Q01, oldScore: 0, newScore: 1, reason: NOTE, byTeacher: false },
      ]);
      expect(view.answers.find((a) => a.questionId === Q01)!.feedback).toMatchObject({ verdict: 'correct', score: 1 });
      const teacherView = (await getStudentAttemptForTeacher(db, teacher.id, attempts.ana, at(DAY)))!;
      expect(teacherView.regrades).toEqual([
        {
          date: REGRADED_AT.toISOString(),
          questionId: Q01,
          source: 'content',
          oldScore: 0,
          newScore: 1,
          oldAttemptScore: 11,
          newAttemptScore: 12,
          reason: NOTE,
        },
      ]);
    });

    it('shows the student nothing of a regrade where the review policy shows nothing, and only the total where it shows only the score', async () => {
      const db = await freshDb();
      const hidden = await readingQuizClass(db, { score: 'never', answers: 'never', correctAnswers: 'never' });
      const ana = hidden.students[0]!;
      const hiddenAttempt = await takeQuiz(db, hidden.quiz, ana.id, 'claim', { storedAs: { revision: 1, score: 0 } });
      const scoreOnly = await hidden.assign({
        moduleId: 'reading-critically',
        reviewPolicy: { score: 'immediately', answers: 'never', correctAnswers: 'never' },
      });
      await db
        .updateTable('assignments')
        .set({ question_pool: 'practice', question_count: 100 })
        .where('id', '=', scoreOnly)
        .execute();
      const scoreOnlyAttempt = await takeQuiz(db, scoreOnly, ana.id, 'claim', { storedAs: { revision: 1, score: 0 } });
      await applyContentRegrade(db, { now: REGRADED_AT });
      const hiddenView = (await getAttemptView(db, hiddenAttempt, ana.id, at(DAY)))!;
      expect(hiddenView.resultWithheld).toBe(true);
      expect(hiddenView.regrades).toBeUndefined();
      const scoreOnlyView = (await getAttemptView(db, scoreOnlyAttempt, ana.id, at(DAY)))!;
      expect(scoreOnlyView.regrades).toEqual([
        {
          date: REGRADED_AT.toISOString(),
          questionId: null,
          oldScore: 11,
          newScore: 12,
          reason: null,
          byTeacher: false,
        },
      ]);
    });
  });
}
