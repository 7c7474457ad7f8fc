import type { Kysely } from 'kysely';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import type { Permission } from '@/lib/auth/roles';
import type { User } from '@/lib/auth/users';
import type { Database } from '@/lib/db/schema';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { at, classroom, work } from '@/scripts/testing/assignments/classroom';

// The teacher forms' Server Actions are public POST endpoints: each is called here as a forged
// request would call it, over a real database with the session stubbed. A student is refused by
// the permission, another teacher by the WHERE clause of the lib/ function, and nothing changes.
const session = vi.hoisted(() => ({
  db: undefined as Kysely<Database> | undefined,
  user: undefined as User | undefined,
}));
vi.mock('@/lib/db', () => ({ getDb: async () => session.db! }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock('@/lib/auth/session', async () => {
  const { AppError } = await import('@/lib/errors');
  const { can } = await import('@/lib/auth/roles');
  const requireUserForApi = async () => {
    if (!session.user) throw new AppError('unauthenticated', 'Sign in first.');
    return session.user;
  };
  return {
    getCurrentUser: async () => session.user,
    requireUserForApi,
    requirePermissionForApi: async (permission: Permission) => {
      const user = await requireUserForApi();
      if (!can(user, permission)) throw new AppError('forbidden', 'Your account does not have access to this.');
      return user;
    },
  };
});

const classActions = await import('@/app/(teacher)/teach/classes/[classId]/actions');
const { createClassAction } = await import('@/app/(teacher)/teach/actions');
const { overrideGradeAction } = await import('@/app/(teacher)/teach/classes/[classId]/gradebook/actions');
const assignmentActions = await import('@/app/(teacher)/teach/assignments/[assignmentId]/actions');
const editActions = await import('@/app/(teacher)/teach/assignments/[assignmentId]/edit-actions');
const { setQuestionCreditAction } = await import('@/app/(teacher)/teach/attempts/[attemptId]/actions');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};
const FORBIDDEN = { ok: false, message: 'Your account does not have access to this.' };

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`teacher form actions on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);
    beforeEach(() => {
      session.user = undefined;
    });

    async function setUp() {
      const db = await freshDb();
      session.db = db;
      const room = await classroom(db, ['Ana']);
      const quiz = await room.assign({ timeLimitMinutes: 20 });
      // Ana's submitted attempt, for the per-question credit form.
      const attemptId = await work(db, quiz, room.students[0]!.id, { startAt: at(60), submitAt: at(600) });
      const questionId = (
        await db
          .selectFrom('answers')
          .select('question_id')
          .where('attempt_id', '=', attemptId)
          .executeTakeFirstOrThrow()
      ).question_id;
      const snapshot = async () => ({
        users: await db
          .selectFrom('users')
          .select(['id', 'email', 'password_hash', 'session_version'])
          .orderBy('id')
          .execute(),
        classes: await db.selectFrom('classes').select(['id', 'name', 'archived_at']).orderBy('id').execute(),
        members: await db
          .selectFrom('class_members')
          .select(['class_id', 'student_id'])
          .orderBy('student_id')
          .execute(),
        assignments: (await db.selectFrom('assignments').select('id').execute()).length,
        assignmentRules: await db.selectFrom('assignments').selectAll().orderBy('id').execute(),
        history: (await db.selectFrom('assignment_history').select('id').execute()).length,
        overrides: (await db.selectFrom('grade_overrides').select('id').execute()).length,
        accommodations: (await db.selectFrom('accommodations').select('student_id').execute()).length,
        adjustments: (await db.selectFrom('question_adjustments').select('id').execute()).length,
        answerScores: await db
          .selectFrom('answers')
          .select(['attempt_id', 'question_id', 'score'])
          .orderBy('attempt_id')
          .orderBy('question_id')
          .execute(),
        attemptScores: await db.selectFrom('attempts').select(['id', 'score']).orderBy('id').execute(),
      });
      return { ...room, quiz, attemptId, questionId, snapshot };
    }

    function calls(ids: { studentId: string; assignmentId: string; attemptId: string; questionId: string }) {
      const assignment = {
        classId: 'c1',
        courseId: 'nk-russia-pact',
        kind: 'quiz',
        moduleId: 'the-pact',
        opensAt: '2026-03-01T09:00',
        dueAt: '2026-03-08T09:00',
        attemptsAllowed: '1',
        grading: 'highest',
        questionPool: 'practice',
        reviewScore: 'immediately',
        reviewAnswers: 'after_due',
        reviewCorrect: 'after_due',
      };
      const rules = {
        opensAt: assignment.opensAt,
        dueAt: assignment.dueAt,
        attemptsAllowed: assignment.attemptsAllowed,
        grading: assignment.grading,
        questionPool: assignment.questionPool,
      };
      return [
        () => createClassAction(undefined, form({ name: 'Mine now' })),
        () => classActions.renameClassAction(undefined, form({ classId: 'c1', name: 'Mine now' })),
        () => classActions.archiveClassAction(undefined, form({ classId: 'c1', archived: 'true' })),
        () => classActions.removeStudentAction(undefined, form({ classId: 'c1', studentId: ids.studentId })),
        () =>
          classActions.addStudentsByNameAction(undefined, form({ classId: 'c1', names: 'Maya Kowalski\nTom Reyes' })),
        () => classActions.newSignInCardAction(undefined, form({ classId: 'c1', studentId: ids.studentId })),
        () => classActions.createAssignmentAction(undefined, form(assignment)),
        () =>
          overrideGradeAction(
            undefined,
            form({ assignmentId: ids.assignmentId, studentId: ids.studentId, action: 'excuse', reason: 'Forged' }),
          ),
        () =>
          assignmentActions.setAccommodationAction(
            undefined,
            form({ assignmentId: ids.assignmentId, studentId: ids.studentId, extraTime: '2' }),
          ),
        () =>
          assignmentActions.removeAccommodationAction(
            undefined,
            form({ assignmentId: ids.assignmentId, studentId: ids.studentId }),
          ),
        () =>
          assignmentActions.previewAdjustmentAction(
            undefined,
            form({ assignmentId: ids.assignmentId, questionId: 'q', kind: 'full-credit' }),
          ),
        () =>
          assignmentActions.applyAdjustmentAction(
            undefined,
            form({ assignmentId: ids.assignmentId, questionId: 'q', kind: 'full-credit', reason: 'Forged' }),
          ),
        () => editActions.editAssignmentAction(undefined, form({ assignmentId: ids.assignmentId, ...rules })),
        () =>
          editActions.archiveAssignmentAction(undefined, form({ assignmentId: ids.assignmentId, archived: 'true' })),
        () =>
          setQuestionCreditAction(
            undefined,
            form({ attemptId: ids.attemptId, questionId: ids.questionId, credit: 'none', reason: 'Forged' }),
          ),
      ];
    }

    it('[student] and [guest] are refused by every teacher action, and nothing changes', async () => {
      const { students, quiz, attemptId, questionId, snapshot } = await setUp();
      const before = await snapshot();
      for (const call of calls({ studentId: students[0]!.id, assignmentId: quiz, attemptId, questionId })) {
        session.user = students[0];
        expect(await call()).toEqual(FORBIDDEN);
        session.user = undefined;
        expect(await call()).toEqual({ ok: false, message: 'Sign in first.' });
      }
      expect(await snapshot()).toEqual(before);
    });

    it('[teacher] another teacher’s class and assignment are not found through any action, and nothing changes', async () => {
      const { otherTeacher, students, quiz, attemptId, questionId, snapshot } = await setUp();
      const before = await snapshot();
      session.user = otherTeacher;
      // Creating a class makes the rival's own; every other call names the owner's class, assignment or attempt.
      for (const [index, call] of calls({ studentId: students[0]!.id, assignmentId: quiz, attemptId, questionId })
        .slice(1)
        .entries()) {
        const result = await call();
        expect(result.ok, `call ${index + 1}`).toBe(false);
        expect(result.ok === false && result.message, `call ${index + 1}: ${JSON.stringify(result)}`).toMatch(
          /^No such|not found/i,
        );
      }
      expect(await snapshot()).toEqual(before);
    });

    it('[teacher] the owner renames, assigns and overrides through the same actions', async () => {
      const { teacher, students, quiz, snapshot } = await setUp();
      session.user = teacher;
      expect(await classActions.renameClassAction(undefined, form({ classId: 'c1', name: '  History 9B ' }))).toEqual({
        ok: true,
        name: 'History 9B',
      });
      expect(await classActions.renameClassAction(undefined, form({ classId: 'c1', name: '   ' }))).toEqual({
        ok: false,
        message: 'Enter a name for the class, such as "Year 10 History".',
        fieldErrors: { name: 'Enter a name for the class, such as "Year 10 History".' },
      });
      const refused = await overrideGradeAction(
        undefined,
        form({ assignmentId: quiz, studentId: students[0]!.id, action: 'score', score: '99', reason: 'Too generous' }),
      );
      expect(refused).toMatchObject({ ok: false, fieldErrors: { score: expect.stringMatching(/between 0 and/) } });
      expect(
        await overrideGradeAction(
          undefined,
          form({ assignmentId: quiz, studentId: students[0]!.id, action: 'excuse', reason: 'Was ill' }),
        ),
      ).toEqual({ ok: true });
      const after = await snapshot();
      expect(after.classes.find((c) => c.id === 'c1')?.name).toBe('History 9B');
      expect(after.overrides).toBe(1);
    });

    it('[teacher] the owner adds students without email and gives one a new card; a bad list is refused beside its field', async () => {
      const { teacher, students, snapshot } = await setUp();
      session.user = teacher;
      const before = await snapshot();
      expect(await classActions.addStudentsByNameAction(undefined, form({ classId: 'c1', names: ' \n ' }))).toEqual({
        ok: false,
        message: 'Please correct the fields marked below.',
        fieldErrors: { names: 'Write the name of at least one student, one name per line.' },
      });
      expect(await snapshot()).toEqual(before);
      const added = await classActions.addStudentsByNameAction(
        undefined,
        form({ classId: 'c1', names: 'Maya Kowalski' }),
      );
      expect(added).toMatchObject({ ok: true, cards: [{ name: 'Maya Kowalski', username: 'maya.k' }] });
      const maya = added.ok ? added.cards[0]! : undefined;
      const renewed = await classActions.newSignInCardAction(
        undefined,
        form({ classId: 'c1', studentId: maya!.studentId }),
      );
      expect(renewed).toMatchObject({ ok: true, card: { username: 'maya.k' } });
      expect(renewed.ok && renewed.card.personalCode).not.toBe(maya!.personalCode);
      // Ana made her own account: the teacher cannot set her a code.
      expect(
        await classActions.newSignInCardAction(undefined, form({ classId: 'c1', studentId: students[0]!.id })),
      ).toMatchObject({ ok: false, message: expect.stringMatching(/no sign-in card from you/) });
    });

    it('[teacher] the owner edits and deletes an assignment; bad input is refused beside its field and changes nothing', async () => {
      const { teacher, quiz, snapshot } = await setUp();
      session.user = teacher;
      const rules = {
        assignmentId: quiz,
        opensAt: '2026-03-01T09:00',
        dueAt: '2026-03-12T15:30',
        closesAt: '',
        attemptsAllowed: '2',
        grading: 'last',
        timeLimitMinutes: '25',
        questionPool: 'practice',
        questionCount: '12',
        reviewScore: 'immediately',
        reviewAnswers: 'after_due',
        reviewCorrect: 'never',
      };
      const before = await snapshot();
      expect(await editActions.editAssignmentAction(undefined, form({ ...rules, dueAt: '2026-02-01T09:00' }))).toEqual({
        ok: false,
        message: 'Please correct the fields marked below.',
        fieldErrors: { dueAt: 'The due date must be after the open date.' },
      });
      expect(
        await editActions.editAssignmentAction(undefined, form({ ...rules, timeLimitMinutes: 'soon' })),
      ).toMatchObject({
        ok: false,
        fieldErrors: { timeLimitMinutes: 'Enter whole minutes from 1 to 600, or leave this empty.' },
      });
      expect(await editActions.editAssignmentAction(undefined, form({ ...rules, questionCount: '13' }))).toMatchObject({
        ok: false,
        fieldErrors: { questionCount: expect.stringMatching(/holds 12 questions here; ask for 12 or fewer/) },
      });
      // What was assigned is not a field of the edit form: a forged one is refused as a whole.
      expect(await editActions.editAssignmentAction(undefined, form({ ...rules, kind: 'final' }))).toMatchObject({
        ok: false,
      });
      expect(await snapshot()).toEqual(before);

      expect(await editActions.editAssignmentAction(undefined, form(rules))).toEqual({
        ok: true,
        changed: 8,
        movedDeadlines: 0,
      });
      const edited = (await snapshot()).assignmentRules[0]!;
      expect(edited).toMatchObject({
        due_at: '2026-03-12T15:30:00.000Z',
        closes_at: null,
        attempts_allowed: 2,
        grading: 'last',
        time_limit_seconds: 1500,
      });
      expect(
        await editActions.archiveAssignmentAction(undefined, form({ assignmentId: quiz, archived: 'true' })),
        // The set-up's one submitted attempt (Ana's) is named, and kept.
      ).toEqual({ ok: true, students: 1, attempts: 1, isArchived: true });
      expect(await editActions.editAssignmentAction(undefined, form(rules))).toEqual({
        ok: false,
        message: 'This assignment is archived, so it cannot be changed. Restore it first.',
      });
      expect((await snapshot()).history).toBe(2);
    });

    it('[teacher] the edit form posted back as shown (dates to the minute) changes nothing and records nothing', async () => {
      const { teacher, assign, snapshot } = await setUp();
      session.user = teacher;
      // Made through the API with seconds; the form shows 09:00 and 16:30 (UTC: no viewer-time cookie).
      const quiz = await assign({
        opensAt: '2026-03-01T09:00:41.250Z',
        dueAt: '2026-03-08T16:30:05.000Z',
        closesAt: null,
      });
      const before = await snapshot();
      const shown = {
        assignmentId: quiz,
        opensAt: '2026-03-01T09:00',
        dueAt: '2026-03-08T16:30',
        closesAt: '',
        attemptsAllowed: 'unlimited',
        grading: 'highest',
        timeLimitMinutes: '',
        questionPool: 'practice',
        questionCount: '12',
        reviewScore: 'never',
        reviewAnswers: 'never',
        reviewCorrect: 'never',
      };
      expect(await editActions.editAssignmentAction(undefined, form(shown))).toEqual({
        ok: true,
        changed: 0,
        movedDeadlines: 0,
      });
      expect(await snapshot()).toEqual(before);
    });

    it('[teacher] the owner gives credit on a question of a student’s attempt; a bad score is named beside its field', async () => {
      const { teacher, attemptId, questionId, snapshot } = await setUp();
      session.user = teacher;
      const before = await snapshot();
      expect(
        await setQuestionCreditAction(
          undefined,
          form({ attemptId, questionId, credit: 'score', score: '2', reason: 'Too generous' }),
        ),
      ).toMatchObject({ ok: false, fieldErrors: { score: 'The score must be between 0 and 1.' } });
      expect(
        await setQuestionCreditAction(undefined, form({ attemptId, questionId, credit: 'none', reason: ' ' })),
      ).toMatchObject({ ok: false, fieldErrors: { reason: expect.stringMatching(/Give a reason/) } });
      expect(await snapshot()).toEqual(before);
      expect(
        await setQuestionCreditAction(undefined, form({ attemptId, questionId, credit: 'none', reason: 'Copied' })),
      ).toMatchObject({ ok: true, credit: { oldScore: 1, newScore: 0 } });
      const after = await snapshot();
      expect(after.adjustments).toBe(1);
      expect(after.attemptScores.find((a) => a.id === attemptId)?.score).toBe(
        before.attemptScores.find((a) => a.id === attemptId)!.score! - 1,
      );
    });
  });
}
