import { describe, expect, it } from 'vitest';
import { at, classroom, DAY, firstRight, T0, work } from '@/scripts/testing/assignments/classroom';
import { createAssignment, type NewAssignment } from '@/lib/assignments/create-assignment';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { listMyWork } from './list-my-work';
import { attemptText } from './my-work-text';

const ASSIGNMENT: NewAssignment = {
  classId: 'c1',
  courseId: 'nk-russia-pact',
  kind: 'quiz',
  moduleId: 'the-pact',
  opensAt: at(-3600).toISOString(),
  dueAt: at(7 * DAY).toISOString(),
  closesAt: null,
  attemptsAllowed: null,
  grading: 'highest',
  timeLimitMinutes: null,
  reviewPolicy: { score: 'never', answers: 'never', correctAnswers: 'never' },
  questionPool: 'practice',
};

// A student's "My work" on both backends: the order of the to-do list, the attempt counts, and
// results shown only as far as the review policy shows them now.
for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`My work on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('lists what to do soonest due first, then what opens later, then what is done', async () => {
      const db = await freshDb();
      const { students, outsider, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const later = await assign({ dueAt: at(9 * DAY).toISOString(), attemptsAllowed: 2 });
      const soon = await assign({ moduleId: 'context', dueAt: at(2 * DAY).toISOString(), attemptsAllowed: 2 });
      const opensThursday = await assign({
        kind: 'final',
        moduleId: null,
        opensAt: at(3 * DAY).toISOString(),
        dueAt: at(10 * DAY).toISOString(),
        attemptsAllowed: 1,
      });
      const overdue = await assign({
        opensAt: at(-5 * DAY).toISOString(),
        dueAt: at(-DAY).toISOString(),
        closesAt: null,
        attemptsAllowed: 1,
      });
      const done = await assign({
        dueAt: at(5 * DAY).toISOString(),
        attemptsAllowed: 1,
        reviewPolicy: { score: 'immediately', answers: 'immediately', correctAnswers: 'after_due' },
      });
      await work(db, done, ana.id, { startAt: at(600), submitAt: at(1200), answer: firstRight(8) });
      const items = await listMyWork(db, ana.id, at(DAY));
      expect(items.map((i) => [i.id, i.group])).toEqual([
        [overdue, 'todo'],
        [soon, 'todo'],
        [later, 'todo'],
        [opensThursday, 'upcoming'],
        [done, 'done'],
      ]);
      expect(items[1]).toMatchObject({ className: 'History 9', canStart: true, attemptsUsed: 0, attemptsAllowed: 2 });
      expect(attemptText(items[1]!)).toBe('Attempt 1 of 2');
      expect(items[3]).toMatchObject({ opensAt: at(3 * DAY).toISOString(), canStart: false });
      expect(attemptText(items[3]!)).toBe('1 attempt');
      expect(items[4]!.results).toEqual({
        attemptId: expect.any(String),
        score: 8,
        max: 12,
        moreAt: at(5 * DAY).toISOString(),
      });
      expect(attemptText(items[4]!)).toBe('Attempt 1 of 1');
      // Nobody else's class shows.
      expect(await listMyWork(db, outsider.id, at(DAY))).toEqual([]);
    });

    it('keeps to one class when asked (the link from /classes), and never to a class the student is not in', async () => {
      const db = await freshDb();
      const { students, otherTeacher, outsider, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      // Ana is in Mr Brook's class too, with work of its own there.
      await db
        .insertInto('class_members')
        .values({ class_id: 'c2', student_id: ana.id, joined_at: T0.toISOString() })
        .execute();
      const history = await assign();
      const brook = await createAssignment(
        db,
        otherTeacher.id,
        { ...ASSIGNMENT, classId: 'c2', moduleId: 'context', dueAt: at(3 * DAY).toISOString() },
        T0,
      );
      const ids = async (studentId: string, classId?: string) =>
        (await listMyWork(db, studentId, at(DAY), { classId })).map((i) => [i.id, i.className]);
      expect(await ids(ana.id)).toEqual([
        [brook, 'Brook 10'],
        [history, 'History 9'],
      ]);
      expect(await ids(ana.id, 'c1')).toEqual([[history, 'History 9']]);
      expect(await ids(ana.id, 'c2')).toEqual([[brook, 'Brook 10']]);
      // Naming a class does not reach into it: Olga is only in c2.
      expect(await ids(outsider.id, 'c1')).toEqual([]);
      expect(await ids(outsider.id, 'c2')).toEqual([[brook, 'Brook 10']]);
    });

    it('counts attempts as the student goes: in progress, then one left, then all used', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const quiz = await assign({
        attemptsAllowed: 2,
        reviewPolicy: { score: 'immediately', answers: 'never', correctAnswers: 'never' },
      });
      const first = await work(db, quiz, ana.id, { startAt: at(600), submitAt: null });
      let [item] = await listMyWork(db, ana.id, at(700));
      expect(item).toMatchObject({ group: 'todo', inProgressAttemptId: first, canStart: false, results: null });
      expect(attemptText(item!)).toBe('Attempt 1 of 2');

      await submitAttempt(db, first, ana.id, at(800));
      [item] = await listMyWork(db, ana.id, at(900));
      expect(item).toMatchObject({ group: 'done', status: 'submitted', canStart: true });
      expect(attemptText(item!)).toBe('1 attempt left');

      await work(db, quiz, ana.id, { startAt: at(1000), submitAt: at(1100) });
      [item] = await listMyWork(db, ana.id, at(1200));
      expect(item).toMatchObject({ group: 'done', canStart: false, attemptsUsed: 2 });
      expect(attemptText(item!)).toBe('Attempt 2 of 2');
    });

    it('shows a score only when the review policy does, and says when it will', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const afterDue = await assign({
        attemptsAllowed: 1,
        reviewPolicy: { score: 'after_due', answers: 'after_due', correctAnswers: 'after_due' },
      });
      const never = await assign({ moduleId: 'context', attemptsAllowed: 1 });
      await work(db, afterDue, ana.id, { startAt: at(600), submitAt: at(1200), answer: firstRight(5) });
      await work(db, never, ana.id, { startAt: at(600), submitAt: at(1200) });
      const byId = async (now: Date) => new Map((await listMyWork(db, ana.id, now)).map((i) => [i.id, i.results]));
      const before = await byId(at(DAY));
      expect(before.get(afterDue)).toMatchObject({ score: null, moreAt: at(7 * DAY).toISOString() });
      expect(before.get(never)).toMatchObject({ score: null, moreAt: null });
      const after = await byId(at(8 * DAY));
      expect(after.get(afterDue)).toMatchObject({ score: 5, max: 12, moreAt: null });
      expect(after.get(never)).toMatchObject({ score: null });
    });
  });
}
