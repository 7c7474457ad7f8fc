import { describe, expect, it } from 'vitest';
import { startAttempt } from '@/lib/attempts/create-attempt';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { at, classroom, DAY, firstRight, work } from '@/scripts/testing/assignments/classroom';
import { rightAnswer } from '@/scripts/testing/attempts/answers';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { getMastery } from './get-mastery';
import { getScoreHistory } from './get-score-history';
import { listLatestVisibleAnswers } from './visible-answers';

// A student's own dashboard uses an assigned quiz only as far as its review policy shows it: the
// score once scores are shown, each answer (mastery, mistakes) once "which answers were right" is.

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`assigned work in a student's progress on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('counts an assigned quiz toward mastery only once the review policy shows which answers were right', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      // Score at once; which answers were right only after the due date (7 days after T0).
      const assignmentId = await assign({
        reviewPolicy: { score: 'immediately', answers: 'after_due', correctAnswers: 'never' },
      });
      await work(db, assignmentId, ana.id, { startAt: at(60), submitAt: at(600), answer: firstRight(9) });

      const beforeDue = at(DAY);
      expect((await listLatestVisibleAnswers(db, ana.id, 'nk-russia-pact', beforeDue)).size).toBe(0);
      const answeredIn = async (now: Date) =>
        (await getMastery(db, ana.id, 'nk-russia-pact', now))
          .flatMap((m) => m.objectives)
          .reduce((n, o) => n + o.answered, 0);
      expect(await answeredIn(beforeDue)).toBe(0);
      expect((await getScoreHistory(db, ana.id, 'nk-russia-pact', beforeDue)).map((p) => p.score)).toEqual([9]);

      const afterDue = at(8 * DAY);
      const answers = await listLatestVisibleAnswers(db, ana.id, 'nk-russia-pact', afterDue);
      expect(answers.size).toBe(12);
      expect([...answers.values()].filter((a) => a.score === 1).length).toBe(9);
      expect(await answeredIn(afterDue)).toBe(12);
    });

    it('never shows a withheld score or answers, and a later due date for one student keeps them hidden longer', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana', 'Ben']);
      const [ana, ben] = [students[0]!, students[1]!];
      const hidden = await assign({ reviewPolicy: { score: 'never', answers: 'never', correctAnswers: 'never' } });
      await work(db, hidden, ana.id, { startAt: at(60), submitAt: at(600) });
      expect(await getScoreHistory(db, ana.id, 'nk-russia-pact', at(30 * DAY))).toEqual([]);
      expect((await listLatestVisibleAnswers(db, ana.id, 'nk-russia-pact', at(30 * DAY))).size).toBe(0);

      const afterDue = await assign({
        moduleId: 'context',
        reviewPolicy: { score: 'after_due', answers: 'after_due', correctAnswers: 'after_due' },
      });
      await db
        .insertInto('accommodations')
        .values({
          assignment_id: afterDue,
          student_id: ben.id,
          time_multiplier: null,
          is_untimed: 0,
          due_at: at(10 * DAY).toISOString(),
          closes_at: null,
          updated_at: at(0).toISOString(),
        })
        .execute();
      for (const s of [ana, ben]) await work(db, afterDue, s.id, { startAt: at(60), submitAt: at(600) });
      // Day 8: past the class's due date, not yet past Ben's own.
      expect((await getScoreHistory(db, ana.id, 'nk-russia-pact', at(8 * DAY))).length).toBe(1);
      expect(await getScoreHistory(db, ben.id, 'nk-russia-pact', at(8 * DAY))).toEqual([]);
      expect((await getScoreHistory(db, ben.id, 'nk-russia-pact', at(11 * DAY))).length).toBe(1);
    });

    it('counts a try soon after the due date released the keys for a third, however long ago the quiz was submitted', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana', 'Ben']);
      const [ana, ben] = [students[0]!, students[1]!];
      // Every part after the due date (day 7); both hand in on day 0 with the last three questions wrong.
      const assignmentId = await assign({
        reviewPolicy: { score: 'after_due', answers: 'after_due', correctAnswers: 'after_due' },
      });
      await work(db, assignmentId, ana.id, { startAt: at(60), submitAt: at(600), answer: firstRight(9) });
      await work(db, assignmentId, ben.id, { startAt: at(60), submitAt: at(600), answer: firstRight(9) });
      const missed = [...(await listLatestVisibleAnswers(db, ana.id, 'nk-russia-pact', at(8 * DAY))).values()]
        .filter((a) => a.score === 0)
        .map((a) => a.questionId);
      expect(missed).toHaveLength(3);

      // Each practises the same questions, every one right at the first try: Ana an hour after the
      // keys were released, Ben the next day.
      const practise = async (ownerId: string, start: Date) => {
        const id = await startAttempt(
          db,
          ownerId,
          { courseId: 'nk-russia-pact', kind: 'practice', moduleId: 'the-pact' },
          start,
        );
        for (const questionId of missed) {
          const response = await rightAnswer(db, id, questionId);
          await saveAnswer(
            db,
            { attemptId: id, ownerId, questionId, response, idempotencyKey: crypto.randomUUID() },
            start,
          );
        }
      };
      await practise(ana.id, at(7 * DAY + 3600));
      await practise(ben.id, at(8 * DAY + 3600));
      const percents = async (ownerId: string) =>
        (await getMastery(db, ownerId, 'nk-russia-pact', at(9 * DAY)))
          .find((m) => m.moduleId === 'the-pact')!
          .objectives.map((o) => o.percent);
      const anas = await percents(ana.id);
      const bens = await percents(ben.id);
      // Ben's tries were from memory and put every objective right; Ana's came right after seeing
      // the answers, so the objectives of the missed questions stay below.
      expect(bens).toEqual(anas.map(() => 100));
      expect(anas.filter((p) => p! < 100).length).toBeGreaterThan(0);
    });
  });
}
