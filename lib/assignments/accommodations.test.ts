import { AppError } from '@/lib/errors';
import { httpStatusOf } from '@/lib/http/error-response';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import type { Database } from '@/lib/db/schema';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { getGradebook } from '@/lib/gradebook/get-gradebook';
import { listAccommodations } from './list-accommodations';
import { removeAccommodation, setAccommodation, type AccommodationInput } from './set-accommodation';
import { startAssignmentAttempt } from './start-assignment-attempt';
import { at, classroom, DAY, T0, work } from '@/scripts/testing/assignments/classroom';

// What a teacher sets on the assignment page, and what their students then notice: a later
// deadline on a timed attempt, and work handed in by their own due date not counted late.

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

const rows = (db: Kysely<Database>) => db.selectFrom('accommodations').selectAll().orderBy('student_id').execute();

async function statusOf(db: Kysely<Database>, teacherId: string, studentId: string, now: Date) {
  const gradebook = (await getGradebook(db, teacherId, 'c1', now))!;
  const cell = gradebook.rows.find((r) => r.student.id === studentId)!.cells[0]!;
  return { status: cell.status, isLate: cell.isLate, dueAt: cell.dueAt };
}

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`accommodations on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('sets, replaces and removes one student’s accommodation', async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db);
      const [ana, ben] = [students[0]!, students[1]!];
      const assignmentId = await assign({ timeLimitMinutes: 20 });
      const set = (studentId: string, rest: Omit<AccommodationInput, 'studentId'>, now = T0) =>
        setAccommodation(db, teacher.id, assignmentId, { studentId, ...rest }, now);

      expect(await set(ben.id, { extraTime: '1.5', dueAt: null })).toMatchObject({
        studentName: 'Ben',
        extraTime: '1.5',
        dueAt: null,
      });
      await set(ana.id, { extraTime: 'unlimited', dueAt: null });
      // Saving again replaces: one row per student, with the new choice and time.
      const later = at(9 * DAY).toISOString();
      await set(ben.id, { extraTime: '2', dueAt: '2026-03-11T11:00:00+02:00' }, at(60));
      const listed = await listAccommodations(db, teacher.id, assignmentId);
      expect(listed).toEqual([
        { studentId: ana.id, studentName: 'Ana', extraTime: 'unlimited', dueAt: null, updatedAt: T0.toISOString() },
        { studentId: ben.id, studentName: 'Ben', extraTime: '2', dueAt: later, updatedAt: at(60).toISOString() },
      ]);
      expect(await rows(db)).toHaveLength(2);

      // No extra time and no later date is no accommodation: saving it removes Ben's.
      expect(await set(ben.id, { extraTime: 'none', dueAt: null })).toBeNull();
      expect((await listAccommodations(db, teacher.id, assignmentId)).map((a) => a.studentName)).toEqual(['Ana']);
      expect(await removeAccommodation(db, teacher.id, assignmentId, ana.id)).toBe(true);
      expect(await removeAccommodation(db, teacher.id, assignmentId, ana.id)).toBe(false);
      expect(await rows(db)).toEqual([]);
    });

    it('another teacher’s assignment is not found, and a student outside the class is refused; nothing is written', async () => {
      const db = await freshDb();
      const { teacher, otherTeacher, students, outsider, assign } = await classroom(db);
      const assignmentId = await assign({ timeLimitMinutes: 20 });
      await setAccommodation(
        db,
        teacher.id,
        assignmentId,
        { studentId: students[0]!.id, extraTime: '1.25', dueAt: null },
        T0,
      );
      const before = await rows(db);

      const foreign = await refusal(() =>
        setAccommodation(
          db,
          otherTeacher.id,
          assignmentId,
          { studentId: students[1]!.id, extraTime: '2', dueAt: null },
          at(60),
        ),
      );
      expect([foreign.status, foreign.message]).toEqual([404, expect.stringMatching(/No such assignment/)]);
      expect(
        (await refusal(() => removeAccommodation(db, otherTeacher.id, assignmentId, students[0]!.id))).status,
      ).toBe(404);
      expect(await listAccommodations(db, otherTeacher.id, assignmentId)).toEqual([]);
      const stranger = await refusal(() =>
        setAccommodation(db, teacher.id, assignmentId, { studentId: outsider.id, extraTime: '2', dueAt: null }, at(60)),
      );
      expect([stranger.status, stranger.message]).toEqual([404, 'No such student in this class.']);
      expect(await rows(db)).toEqual(before);
    });

    it('refuses bad input with a message and changes nothing', async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db);
      const timed = await assign({ timeLimitMinutes: 20 });
      const untimed = await assign({ timeLimitMinutes: null });
      const studentId = students[0]!.id;
      await setAccommodation(db, teacher.id, timed, { studentId, extraTime: '1.5', dueAt: null }, T0);
      const before = await rows(db);
      const attempts: [string, unknown, RegExp][] = [
        [timed, { studentId, extraTime: '3', dueAt: null }, /extraTime/],
        [
          timed,
          { studentId, extraTime: '2', dueAt: '2026-03-12T09:00' },
          /dueAt: give the later due date as an ISO date/,
        ],
        [timed, { studentId, extraTime: '2', dueAt: null, closesAt: null }, /closesAt/],
        [
          timed,
          { studentId, extraTime: 'none', dueAt: at(6 * DAY).toISOString() },
          /after the assignment’s own due date/,
        ],
        [untimed, { studentId, extraTime: '2', dueAt: null }, /no time limit/],
      ];
      for (const [assignmentId, input, message] of attempts) {
        const error = await refusal(() =>
          setAccommodation(db, teacher.id, assignmentId, input as AccommodationInput, at(60)),
        );
        expect([error.status, error.message]).toEqual([422, expect.stringMatching(message)]);
      }
      expect(await rows(db)).toEqual(before);
    });

    it('a student with time and a half gets a later deadline; one with no limit gets none but the close date', async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db);
      const [ana, ben, cy] = [students[0]!, students[1]!, students[2]!];
      const assignmentId = await assign({ timeLimitMinutes: 10 });
      await setAccommodation(db, teacher.id, assignmentId, { studentId: ana.id, extraTime: '1.5', dueAt: null }, T0);
      await setAccommodation(
        db,
        teacher.id,
        assignmentId,
        { studentId: cy.id, extraTime: 'unlimited', dueAt: null },
        T0,
      );
      const deadlineOf = async (studentId: string) => {
        const id = await startAssignmentAttempt(db, assignmentId, studentId, T0);
        return (await db.selectFrom('attempts').select('deadline_at').where('id', '=', id).executeTakeFirstOrThrow())
          .deadline_at;
      };
      expect(await deadlineOf(ana.id)).toBe(at(15 * 60).toISOString());
      expect(await deadlineOf(ben.id)).toBe(at(10 * 60).toISOString());
      expect(await deadlineOf(cy.id)).toBe(at(14 * DAY).toISOString());
    });

    it('a later due date makes work handed in by it on time, and keeps the assignment open for that student', async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db, ['Ana', 'Ben']);
      const [ana, ben] = [students[0]!, students[1]!];
      const assignmentId = await assign({ dueAt: at(7 * DAY).toISOString(), closesAt: at(8 * DAY).toISOString() });
      await setAccommodation(
        db,
        teacher.id,
        assignmentId,
        { studentId: ana.id, extraTime: 'none', dueAt: at(10 * DAY).toISOString() },
        T0,
      );

      // Both hand in a day after the class's due date: only Ben is late.
      for (const student of [ana, ben])
        await work(db, assignmentId, student.id, { startAt: at(7.5 * DAY), submitAt: at(7.5 * DAY + 600) });
      const now = at(7.6 * DAY);
      expect(await statusOf(db, teacher.id, ana.id, now)).toEqual({
        status: 'submitted',
        isLate: false,
        dueAt: at(10 * DAY).toISOString(),
      });
      expect(await statusOf(db, teacher.id, ben.id, now)).toEqual({
        status: 'late',
        isLate: true,
        dueAt: at(7 * DAY).toISOString(),
      });

      // After the class's close date Ana may still start another attempt; Ben may not.
      expect(await startAssignmentAttempt(db, assignmentId, ana.id, at(9 * DAY))).toMatch(/^a_/);
      expect((await refusal(() => startAssignmentAttempt(db, assignmentId, ben.id, at(9 * DAY)))).message).toMatch(
        /closed/,
      );
    });
  });
}
