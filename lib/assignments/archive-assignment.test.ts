import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import type { Database } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { getGradebook } from '@/lib/gradebook/get-gradebook';
import { listAttentionItems } from '@/lib/teaching/list-attention-items';
import { listUpcomingAssignments } from '@/lib/teaching/list-upcoming-assignments';
import { rightAnswer } from '@/scripts/testing/attempts/answers';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { at, classroom, DAY, work } from '@/scripts/testing/assignments/classroom';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { setAssignmentArchived, countAssignmentAttempts } from './archive-assignment';
import { listAssignmentHistory } from './assignment-history';
import { listAssignmentsForClass } from './list-assignments-for-class';
import { listMyWork } from './list-my-work';
import { setAccommodation } from './set-accommodation';
import { startAssignmentAttempt } from './start-assignment-attempt';

// Deleting an assignment archives it (archive-assignment.ts): out of every list, closed to new
// work, its attempts kept; restoring puts it back. On both backends.

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const firstQuestion = async (db: Kysely<Database>, attemptId: string) =>
  (
    JSON.parse(
      (await db.selectFrom('attempts').select('question_ids').where('id', '=', attemptId).executeTakeFirstOrThrow())
        .question_ids,
    ) as string[]
  )[0]!;

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`archiving an assignment on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    async function setup() {
      const db = await freshDb();
      const room = await classroom(db, ['Ana', 'Ben', 'Cy']);
      return { db, ...room, ana: room.students[0]!, ben: room.students[1]!, cy: room.students[2]! };
    }

    it('counts what it affects, leaves every list, keeps the attempts, and comes back on restore', async () => {
      const { db, teacher, ana, ben, cy, assign } = await setup();
      const quiz = await assign({ attemptsAllowed: 3 });
      const kept = await assign({ moduleId: 'the-pact' });
      await work(db, quiz, ana.id, { startAt: at(10), submitAt: at(20) });
      await work(db, quiz, ana.id, { startAt: at(30), submitAt: at(40) });
      await work(db, quiz, ben.id, { startAt: at(30), submitAt: at(40) });
      await startAssignmentAttempt(db, quiz, cy.id, at(50));
      expect(await countAssignmentAttempts(db, teacher.id, quiz)).toEqual({ students: 3, attempts: 4 });

      const lists = async () => ({
        gradebook: (await getGradebook(db, teacher.id, 'c1', at(60)))!.assignments.map((a) => a.id),
        classList: (await listAssignmentsForClass(db, teacher.id, 'c1')).map((a) => a.id),
        myWork: (await listMyWork(db, ana.id, at(60))).map((a) => a.id),
        comingUp: (await listUpcomingAssignments(db, teacher.id, at(60))).map((a) => a.id),
        attention: [...new Set((await listAttentionItems(db, teacher.id, at(8 * DAY))).map((a) => a.assignmentId))],
      });
      const before = await lists();
      expect(before.gradebook).toContain(quiz);
      expect(before.attention).toContain(quiz);
      const attemptsBefore = await db.selectFrom('attempts').selectAll().orderBy('id').execute();

      expect(await setAssignmentArchived(db, teacher.id, quiz, true, at(60))).toEqual({
        students: 3,
        attempts: 4,
        isArchived: true,
      });
      expect(await lists()).toEqual({
        gradebook: [kept],
        classList: [kept],
        myWork: [kept],
        comingUp: [kept],
        attention: before.attention.filter((id) => id !== quiz),
      });
      expect(await db.selectFrom('attempts').selectAll().orderBy('id').execute()).toEqual(attemptsBefore);

      // Archiving again changes nothing; restoring brings it all back.
      await setAssignmentArchived(db, teacher.id, quiz, true, at(70));
      await setAssignmentArchived(db, teacher.id, quiz, false, at(80));
      expect(await lists()).toEqual(before);
      expect((await listAssignmentHistory(db, quiz)).map((h) => [h.action, h.details])).toEqual([
        ['restore', { students: 3, attempts: 4 }],
        ['archive', { students: 3, attempts: 4 }],
      ]);
    });

    it('an archived assignment takes no new attempts, answers or hand-ins, with a clear message', async () => {
      const { db, teacher, ana, ben, assign } = await setup();
      const quiz = await assign();
      const running = await startAssignmentAttempt(db, quiz, ana.id, at(10));
      const questionId = await firstQuestion(db, running);
      const response = await rightAnswer(db, running, questionId);
      await setAssignmentArchived(db, teacher.id, quiz, true, at(20));
      const removed = /Your teacher has removed this assignment/;
      const start = await refusal(() => startAssignmentAttempt(db, quiz, ben.id, at(30)));
      expect([start.code, start.message]).toEqual(['conflict', expect.stringMatching(removed)]);
      const save = await refusal(() =>
        saveAnswer(db, { attemptId: running, ownerId: ana.id, questionId, response, idempotencyKey: 'k' }, at(30)),
      );
      expect(save.message).toMatch(removed);
      expect((await refusal(() => submitAttempt(db, running, ana.id, at(30)))).message).toMatch(removed);
      expect(await db.selectFrom('answers').select('question_id').execute()).toEqual([]);
      // Read-only for the teacher too: no accommodation is given on it.
      const accommodation = await refusal(() =>
        setAccommodation(db, teacher.id, quiz, {
          studentId: ben.id,
          extraTime: 'none',
          dueAt: at(9 * DAY).toISOString(),
        }),
      );
      expect(accommodation.message).toMatch(/archived, so it cannot be changed/);
      expect(await db.selectFrom('accommodations').selectAll().execute()).toEqual([]);
      // Restored, the same attempt goes on.
      await setAssignmentArchived(db, teacher.id, quiz, false, at(40));
      await saveAnswer(db, { attemptId: running, ownerId: ana.id, questionId, response, idempotencyKey: 'k' }, at(50));
      expect(await db.selectFrom('answers').select('question_id').execute()).toEqual([{ question_id: questionId }]);
    });

    it('another teacher cannot archive or restore: not found, and nothing changes', async () => {
      const { db, otherTeacher, assign } = await setup();
      const quiz = await assign();
      const snapshot = async () => ({
        assignments: await db.selectFrom('assignments').selectAll().execute(),
        history: await db.selectFrom('assignment_history').selectAll().execute(),
      });
      const before = await snapshot();
      expect((await refusal(() => setAssignmentArchived(db, otherTeacher.id, quiz, true, at(10)))).code).toBe(
        'not_found',
      );
      expect(await countAssignmentAttempts(db, otherTeacher.id, quiz)).toBeUndefined();
      expect(await snapshot()).toEqual(before);
    });

    it('archived while students start: each start is refused or counted, never left in between', async () => {
      const { db, teacher, students, assign } = await setup();
      const quiz = await assign();
      const outcomes = await Promise.allSettled([
        ...students.map((s) => startAssignmentAttempt(db, quiz, s.id, at(10))),
        setAssignmentArchived(db, teacher.id, quiz, true, at(10)),
      ]);
      const archive = outcomes.at(-1)!;
      expect(archive.status).toBe('fulfilled');
      const counted = (archive as PromiseFulfilledResult<{ attempts: number }>).value.attempts;
      const starts = outcomes.slice(0, -1);
      for (const start of starts) {
        if (start.status === 'rejected')
          expect(String(start.reason)).toMatch(/Your teacher has removed this assignment/);
      }
      const started = starts.filter((s) => s.status === 'fulfilled').length;
      // Every start that was acknowledged made an attempt the archive counted; every other was told why.
      expect(await db.selectFrom('attempts').select('id').execute()).toHaveLength(started);
      expect(counted).toBe(started);
    });
  });
}
