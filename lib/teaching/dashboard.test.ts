import { describe, expect, it } from 'vitest';
import { createAssignment } from '@/lib/assignments/create-assignment';
import { at, classroom, DAY, firstRight, T0, work } from '@/scripts/testing/assignments/classroom';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { createUser } from '@/lib/auth/users';
import { removeStudent } from '@/lib/classes/remove-student';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { overrideGrade } from '@/lib/gradebook/override-grade';
import { FLAG_REASONS } from '@/lib/reports/item-analysis';
import { listAttentionItems } from './list-attention-items';
import { listUpcomingAssignments } from './list-upcoming-assignments';
import { getQuestionIndex } from '@/lib/content/course';
import { getBankNumbers } from '@/lib/gradebook/bank-numbers';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

/** The bank number (as statistics and the dashboard show it) of an attempt's nth question in content order, from 1. */
async function bankNumberOfNth(db: Kysely<Database>, n: number): Promise<number> {
  const row = await db.selectFrom('attempts').select(['question_ids', 'course_id']).executeTakeFirstOrThrow();
  const order = [...getQuestionIndex(row.course_id)!.keys()];
  const held = (JSON.parse(row.question_ids) as string[]).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return getBankNumbers(row.course_id).get(held[n - 1]!)!.number;
}

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`teacher dashboard on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('lists work due in the next 14 days or open now, soonest first, and never another teacher’s', async () => {
      const db = await freshDb();
      const { teacher, otherTeacher, assign } = await classroom(db);
      const later = await assign({ moduleId: 'context', dueAt: at(10 * DAY).toISOString() });
      const soon = await assign({ dueAt: at(3 * DAY).toISOString() });
      const openLong = await assign({ dueAt: at(20 * DAY).toISOString(), closesAt: null });
      const opensSoon = await assign({ opensAt: at(2 * DAY).toISOString(), dueAt: at(9 * DAY).toISOString() });
      await assign({ opensAt: at(15 * DAY).toISOString(), dueAt: at(20 * DAY).toISOString(), closesAt: null }); // neither soon nor open
      await assign({ opensAt: at(-5 * DAY).toISOString(), dueAt: at(-DAY).toISOString(), closesAt: null }); // already due
      // Teacher A's archived class and teacher B's class each have work due soon.
      await db
        .insertInto('classes')
        .values({
          id: 'c3',
          teacher_id: teacher.id,
          name: 'Old 8',
          join_code: 'JKMN2345',
          archived_at: null,
          created_at: T0.toISOString(),
          updated_at: T0.toISOString(),
        })
        .execute();
      await assign({ classId: 'c3', dueAt: at(4 * DAY).toISOString() });
      await db.updateTable('classes').set({ archived_at: T0.toISOString() }).where('id', '=', 'c3').execute();
      const rival = await createAssignment(
        db,
        otherTeacher.id,
        {
          classId: 'c2',
          courseId: 'nk-russia-pact',
          kind: 'quiz',
          moduleId: 'the-pact',
          opensAt: at(-3600).toISOString(),
          dueAt: at(2 * DAY).toISOString(),
          closesAt: null,
          attemptsAllowed: 1,
          grading: 'highest',
          timeLimitMinutes: null,
          reviewPolicy: { score: 'never', answers: 'never', correctAnswers: 'never' },
        },
        T0,
      );

      const upcoming = await listUpcomingAssignments(db, teacher.id, T0);
      expect(upcoming.map((a) => a.id)).toEqual([soon, opensSoon, later, openLong]);
      expect(upcoming[0]).toEqual({
        id: soon,
        title: 'Quiz: What the pact provides',
        classId: 'c1',
        className: 'History 9',
        opensAt: at(-3600).toISOString(),
        dueAt: at(3 * DAY).toISOString(),
        isOpen: true,
        submitted: 0,
        students: 3,
      });
      expect(upcoming[1]).toMatchObject({ isOpen: false });
      expect(upcoming[2]).toMatchObject({ title: 'Quiz: The context: tensions on the peninsula' });
      expect((await listUpcomingAssignments(db, otherTeacher.id, T0)).map((a) => a.id)).toEqual([rival]);
    });

    it('counts each current student once who handed the work in, including a timed attempt that ran out', async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db, ['Ana', 'Ben', 'Cy', 'Dee']);
      const [ana, ben, cy] = students;
      const quiz = await assign();
      const timed = await assign({ moduleId: 'context', timeLimitMinutes: 10, dueAt: at(8 * DAY).toISOString() });
      await work(db, quiz, ana!.id, { startAt: at(600), submitAt: at(1200), answer: firstRight(5) });
      await work(db, quiz, ana!.id, { startAt: at(1800), submitAt: at(2400) }); // a second try counts once
      await work(db, quiz, ben!.id, { startAt: at(600), submitAt: null }); // still in progress
      await work(db, quiz, cy!.id, { startAt: at(600), submitAt: at(1200) });
      await removeStudent(db, teacher.id, 'c1', cy!.id); // no longer in the class
      await work(db, timed, ana!.id, { startAt: at(600), submitAt: null }); // ran out after 10 minutes

      const upcoming = await listUpcomingAssignments(db, teacher.id, at(DAY));
      expect(upcoming.map((a) => [a.id, `${a.submitted} of ${a.students}`])).toEqual([
        [quiz, '1 of 3'],
        [timed, '1 of 3'],
      ]);
    });

    it('needs attention: missed, late and unfinished work after the due date; excused or overridden students are settled', async () => {
      const db = await freshDb();
      const { teacher, otherTeacher, students, assign } = await classroom(db, [
        'Ana',
        'Ben',
        'Cy',
        'Dee',
        'Eve',
        'Fay',
      ]);
      const [ana, ben, , dee, eve, fay] = students;
      const quiz = await assign({ dueAt: at(7 * DAY).toISOString(), closesAt: at(14 * DAY).toISOString() });
      await assign({ moduleId: 'context', dueAt: at(10 * DAY).toISOString() }); // not due yet: nothing to see
      await assign({ opensAt: at(-50 * DAY).toISOString(), dueAt: at(-40 * DAY).toISOString(), closesAt: null }); // missed by all, but long ago
      await work(db, quiz, ana!.id, { startAt: at(DAY), submitAt: at(DAY + 600) });
      expect(await listAttentionItems(db, teacher.id, at(6 * DAY))).toEqual([]); // before the due date
      await work(db, quiz, ben!.id, { startAt: at(7 * DAY + 600), submitAt: at(7 * DAY + 1200) }); // late
      await work(db, quiz, fay!.id, { startAt: at(DAY), submitAt: null }); // started, never submitted
      // Cy missed it; Dee and Eve did too, but the teacher settled both.
      await overrideGrade(
        db,
        teacher.id,
        quiz,
        { studentId: dee!.id, excused: true, reason: 'Ill that week' },
        at(7 * DAY + 3600),
      );
      await overrideGrade(
        db,
        teacher.id,
        quiz,
        { studentId: eve!.id, score: 0, reason: 'No work handed in' },
        at(7 * DAY + 3600),
      );
      const rival = await createAssignment(
        db,
        otherTeacher.id,
        {
          classId: 'c2',
          courseId: 'nk-russia-pact',
          kind: 'quiz',
          moduleId: 'the-pact',
          opensAt: at(-3600).toISOString(),
          dueAt: at(2 * DAY).toISOString(),
          closesAt: null,
          attemptsAllowed: 1,
          grading: 'highest',
          timeLimitMinutes: null,
          reviewPolicy: { score: 'never', answers: 'never', correctAnswers: 'never' },
        },
        T0,
      );

      const items = await listAttentionItems(db, teacher.id, at(8 * DAY));
      expect(items).toEqual([
        {
          assignmentId: quiz,
          title: 'Quiz: What the pact provides',
          classId: 'c1',
          className: 'History 9',
          dueAt: at(7 * DAY).toISOString(),
          overdue: { missed: 1, late: 1, unfinished: 1 },
          flagged: null,
        },
      ]);
      // Teacher B's student (the outsider) missed B's quiz: only B hears of it.
      expect(await listAttentionItems(db, otherTeacher.id, at(8 * DAY))).toEqual([
        expect.objectContaining({ assignmentId: rival, overdue: { missed: 1, late: 0, unfinished: 0 } }),
      ]);
      const newcomer = await createUser(db, {
        name: 'Mx New',
        email: 'new@example.org',
        password: null,
        role: 'teacher',
      });
      expect(await listAttentionItems(db, newcomer.id, at(8 * DAY))).toEqual([]);
    });

    it('flags a question that looks broken only once five students have submitted', async () => {
      const db = await freshDb();
      const { teacher, otherTeacher, students, assign } = await classroom(db, ['Ana', 'Ben', 'Cy', 'Dee', 'Eve']);
      const quiz = await assign();
      // Everyone gets the twelfth question wrong: facility 0.
      for (const student of students.slice(0, 4))
        await work(db, quiz, student.id, { startAt: at(600), submitAt: at(1200), answer: firstRight(11) });
      expect(await listAttentionItems(db, teacher.id, at(DAY))).toEqual([]);

      await work(db, quiz, students[4]!.id, { startAt: at(600), submitAt: at(1200), answer: firstRight(11) });
      expect(await listAttentionItems(db, teacher.id, at(DAY))).toEqual([
        {
          assignmentId: quiz,
          title: 'Quiz: What the pact provides',
          classId: 'c1',
          className: 'History 9',
          dueAt: at(7 * DAY).toISOString(),
          overdue: null,
          flagged: {
            submitted: 5,
            questions: [{ number: await bankNumberOfNth(db, 12), reason: FLAG_REASONS['very-low-facility'] }],
          },
        },
      ]);
      expect(await listAttentionItems(db, otherTeacher.id, at(DAY))).toEqual([]);
    });

    it('lists an assignment that is both overdue and flagged once, with both reasons', async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db, ['Ana', 'Ben', 'Cy', 'Dee', 'Eve', 'Fay']);
      const quiz = await assign({ dueAt: at(7 * DAY).toISOString() });
      // Five hand it in on time, all missing the twelfth question; Fay never does.
      for (const student of students.slice(0, 5))
        await work(db, quiz, student.id, { startAt: at(600), submitAt: at(1200), answer: firstRight(11) });
      const items = await listAttentionItems(db, teacher.id, at(8 * DAY));
      expect(items).toEqual([
        expect.objectContaining({
          assignmentId: quiz,
          overdue: { missed: 1, late: 0, unfinished: 0 },
          flagged: {
            submitted: 5,
            questions: [{ number: await bankNumberOfNth(db, 12), reason: FLAG_REASONS['very-low-facility'] }],
          },
        }),
      ]);
    });
  });
}
