import type { Kysely } from 'kysely';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import type { User } from '@/lib/auth/users';
import type { Database } from '@/lib/db/schema';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { classroom, work } from '@/scripts/testing/assignments/classroom';
import { removeStudent } from '@/lib/classes/remove-student';

// The student forms' Server Actions (join, start, retake, review, sign-up) are public POST
// endpoints like the teacher's (form-actions-access.test.ts): each is called here as a forged
// request would call it, over a real database with the session and guest cookie stubbed. A
// refusal is a message (beside its field where there is one) and changes nothing; a success
// opens what the form's route opens.
const session = vi.hoisted(() => ({
  db: undefined as Kysely<Database> | undefined,
  user: undefined as User | undefined,
  guestId: undefined as string | undefined,
  minted: 0,
}));
vi.mock('@/lib/db', () => ({ getDb: async () => session.db! }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
vi.mock('@/lib/auth/session', async () => {
  const { AppError } = await import('@/lib/errors');
  const requireUserForApi = async () => {
    if (!session.user) throw new AppError('unauthenticated', 'Sign in first.');
    return session.user;
  };
  return { getCurrentUser: async () => session.user, requireUserForApi, requirePermissionForApi: requireUserForApi };
});
vi.mock('@/lib/auth/learner', () => ({
  getLearnerId: async () => session.user?.id ?? session.guestId,
  getOrCreateLearnerId: async () => {
    if (session.user) return session.user.id;
    if (!session.guestId) {
      session.minted++;
      session.guestId = `guest-${session.minted}`;
    }
    return session.guestId;
  },
}));

const attemptActions = await import('@/app/(student)/attempts/actions');
const { joinClassAction } = await import('@/app/(student)/join/actions');
const { signUpAction } = await import('@/app/(auth)/sign-up/actions');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

/** Where a successful action sends the browser (its redirect), or its result when it does not. */
async function outcome(call: () => Promise<unknown>): Promise<{ redirect: string } | unknown> {
  try {
    return await call();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT;')) throw error;
    return { redirect: digest.split(';')[2] };
  }
}

const NO_SUCH_ATTEMPT = { ok: false, message: 'No such attempt. It may belong to someone else, or the link is wrong.' };
const SIGN_IN_FIRST = { ok: false, message: 'Sign in first.' };

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`student form actions on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);
    beforeEach(() => {
      session.user = undefined;
      session.guestId = undefined;
      session.minted = 0;
    });

    async function setUp() {
      const db = await freshDb();
      session.db = db;
      const room = await classroom(db, ['Ana', 'Ben']);
      const snapshot = async () => ({
        attempts: await db.selectFrom('attempts').select(['id', 'owner_id']).orderBy('id').execute(),
        members: await db
          .selectFrom('class_members')
          .select(['class_id', 'student_id'])
          .orderBy('class_id')
          .orderBy('student_id')
          .execute(),
        users: (await db.selectFrom('users').select('id').execute()).length,
      });
      return { db, ...room, snapshot };
    }

    it('[student] an assigned quiz starts only for a member of its class; a guest, an outsider and a removed student are refused and nothing is created', async () => {
      const { db, teacher, students, outsider, assign, snapshot } = await setUp();
      const quiz = await assign({
        opensAt: new Date(Date.now() - 3600_000).toISOString(),
        dueAt: new Date(Date.now() + 86400_000).toISOString(),
        closesAt: null,
      });
      await removeStudent(db, teacher.id, 'c1', students[1]!.id);
      const before = await snapshot();
      const start = () => attemptActions.startAssignmentAttemptAction(undefined, form({ assignmentId: quiz }));

      expect(await outcome(start)).toEqual(SIGN_IN_FIRST);
      for (const stranger of [outsider, students[1]!]) {
        session.user = stranger;
        const refused = await outcome(start);
        expect(refused, stranger.name).toMatchObject({
          ok: false,
          message: expect.stringMatching(/^No such|not in|removed/i),
        });
      }
      expect(await snapshot()).toEqual(before);

      session.user = students[0];
      const opened = (await outcome(start)) as { redirect: string };
      const created = (await snapshot()).attempts.filter((a) => !before.attempts.some((b) => b.id === a.id));
      expect(created).toEqual([{ id: expect.any(String), owner_id: students[0]!.id }]);
      expect(opened).toEqual({ redirect: `/attempts/${created[0]!.id}` });
      // Pressing the button again resumes the attempt in progress.
      expect(await outcome(start)).toEqual(opened);
    });

    it('[student] a retake is refused for another learner’s attempt, for no one, and while the policy hides the correct answers', async () => {
      const { db, students, assign, snapshot } = await setUp();
      const quiz = await assign({
        opensAt: new Date(Date.now() - 3600_000).toISOString(),
        dueAt: new Date(Date.now() + 86400_000).toISOString(),
        closesAt: null,
        attemptsAllowed: 3,
        reviewPolicy: { score: 'immediately', answers: 'after_due', correctAnswers: 'after_due' },
      });
      const now = new Date();
      const attemptId = await work(db, quiz, students[0]!.id, { startAt: now, submitAt: now, answer: () => 'wrong' });
      const before = await snapshot();
      const retake = () => attemptActions.startRetakeAction(undefined, form({ attemptId }));

      expect(await outcome(retake)).toEqual(NO_SUCH_ATTEMPT);
      session.guestId = 'guest-elsewhere';
      expect(await outcome(retake)).toEqual(NO_SUCH_ATTEMPT);
      session.guestId = undefined;
      session.user = students[1];
      expect(await outcome(retake)).toEqual(NO_SUCH_ATTEMPT);
      session.user = students[0];
      expect(await outcome(retake)).toEqual({
        ok: false,
        message:
          'Your teacher has not released the correct answers of this assignment yet, so it cannot be retaken now.',
      });
      expect(await snapshot()).toEqual(before);
    });

    it('[guest] self-study starts with a guest identity minted only for good input; a review needs something answered', async () => {
      const { snapshot } = await setUp();
      const before = await snapshot();
      const bad = await outcome(() =>
        attemptActions.startAttemptAction(undefined, form({ courseId: 'nk-russia-pact', kind: 'exam' })),
      );
      expect(bad).toMatchObject({ ok: false });
      expect(
        await outcome(() => attemptActions.startReviewAction(undefined, form({ courseId: 'nk-russia-pact' }))),
      ).toMatchObject({ ok: false, message: expect.stringMatching(/answer/i) });
      expect(session.minted).toBe(0);
      expect(await snapshot()).toEqual(before);

      const opened = (await outcome(() =>
        attemptActions.startAttemptAction(
          undefined,
          form({ courseId: 'nk-russia-pact', kind: 'practice', moduleId: 'the-pact' }),
        ),
      )) as { redirect: string };
      const [created] = (await snapshot()).attempts;
      expect(created).toEqual({ id: expect.any(String), owner_id: 'guest-1' });
      expect(opened).toEqual({ redirect: `/attempts/${created!.id}` });
    });

    it('[student] joining: a guest is told to sign in, a wrong code is named beside the field and counted, the right one joins', async () => {
      const { teacher, outsider, snapshot } = await setUp();
      const before = await snapshot();
      const join = (code: string) => outcome(() => joinClassAction(undefined, form({ code })));

      expect(await join('ABCD-2345')).toEqual(SIGN_IN_FIRST);
      session.user = outsider;
      expect(await join('   ')).toEqual({
        ok: false,
        message: 'Enter the class code your teacher gave you.',
        fieldErrors: { code: 'Enter the class code your teacher gave you.' },
      });
      const wrong = 'No class has the code ZZZZ-ZZZZ. Check the code with your teacher.';
      expect(await join('zzzz-zzzz')).toEqual({ ok: false, message: wrong, fieldErrors: { code: wrong } });
      session.user = teacher;
      expect(await join('ABCD-2345')).toMatchObject({
        ok: false,
        fieldErrors: { code: expect.stringMatching(/teach/) },
      });
      expect(await snapshot()).toEqual(before);

      // The ten wrong codes a student may try in 15 minutes: the one above and nine more; the next is refused unread.
      session.user = outsider;
      for (let i = 0; i < 9; i++) expect(await join('zzzz-zzzz')).toMatchObject({ ok: false });
      expect(await join('ABCD-2345')).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^Too many wrong class codes/),
        fieldErrors: { code: expect.stringMatching(/^Too many wrong class codes/) },
      });
      expect(await snapshot()).toEqual(before);
    });

    it('[guest] the right code joins and opens /classes', async () => {
      const { outsider, snapshot } = await setUp();
      session.user = outsider;
      expect(await outcome(() => joinClassAction(undefined, form({ code: ' abcd-2345 ' })))).toEqual({
        redirect: '/classes',
      });
      expect((await snapshot()).members).toContainEqual({ class_id: 'c1', student_id: outsider.id });
    });

    it('[guest] sign-up refuses a bad field beside it and a taken email, creating no account', async () => {
      const { snapshot } = await setUp();
      const before = await snapshot();
      const signUp = (fields: Record<string, string>) => outcome(() => signUpAction(undefined, form(fields)));
      const good = {
        name: 'New Student',
        email: 'new@example.org',
        password: 'a long enough password',
        role: 'student',
      };

      expect(await signUp({ ...good, email: 'not an email' })).toMatchObject({
        ok: false,
        fieldErrors: { email: 'Enter an email address like name@example.com.' },
      });
      expect(await signUp({ ...good, role: 'admin' })).toMatchObject({
        ok: false,
        fieldErrors: { role: 'Choose student or teacher.' },
      });
      expect(await signUp({ ...good, email: 'Student1@Example.org' })).toMatchObject({ ok: false });
      expect(await snapshot()).toEqual(before);

      expect(await signUp(good)).toEqual({ ok: true, name: 'New Student' });
      expect((await snapshot()).users).toBe(before.users + 1);
    });
  });
}
