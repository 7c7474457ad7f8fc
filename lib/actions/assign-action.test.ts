import type { Kysely } from 'kysely';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import type { Permission } from '@/lib/auth/roles';
import type { User } from '@/lib/auth/users';
import type { Database } from '@/lib/db/schema';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { classroom } from '@/scripts/testing/assignments/classroom';

// The assign form's dates are wall-clock times with no zone. The server reads them in the zone
// the form says it was filled in (the teacher's browser's), else in the zone of the teacher's
// viewer-time cookie, else UTC; and its confirmation repeats the rules as it read them.
const session = vi.hoisted(() => ({
  db: undefined as Kysely<Database> | undefined,
  user: undefined as User | undefined,
  cookie: undefined as string | undefined,
}));
vi.mock('@/lib/db', () => ({ getDb: async () => session.db! }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (name === 'sw_tz' && session.cookie ? { value: session.cookie } : undefined),
  }),
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

const { createAssignmentAction } = await import('@/app/(teacher)/teach/classes/[classId]/actions');

const FIELDS = {
  classId: 'c1',
  courseId: 'nk-russia-pact',
  kind: 'quiz',
  moduleId: 'the-pact',
  questionPool: 'practice',
  opensAt: '2027-03-01T08:00',
  dueAt: '2027-03-08T16:00',
  attemptsAllowed: '2',
  grading: 'highest',
  timeLimitMinutes: '20',
  reviewScore: 'immediately',
  reviewAnswers: 'after_due',
  reviewCorrect: 'after_due',
};

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`the assign form's dates on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);
    beforeEach(() => {
      session.cookie = undefined;
    });

    async function assign(fields: Record<string, string>) {
      const db = await freshDb();
      session.db = db;
      const { teacher } = await classroom(db, ['Ana']);
      session.user = teacher;
      const result = await createAssignmentAction(undefined, form(fields));
      const rows = await db.selectFrom('assignments').select(['opens_at', 'due_at', 'time_limit_seconds']).execute();
      return { result, rows };
    }

    it('reads them in the zone the form was filled in, and says the rules back as it read them', async () => {
      // The cookie names another zone: the form's own wins, as the teacher saw the form in it.
      session.cookie = 'America/New_York|en-US';
      const { result, rows } = await assign({ ...FIELDS, timeZone: 'Europe/Berlin' });
      expect(rows).toEqual([
        { opens_at: '2027-03-01T07:00:00.000Z', due_at: '2027-03-08T15:00:00.000Z', time_limit_seconds: 1200 },
      ]);
      expect(result).toMatchObject({
        ok: true,
        title: 'Quiz: What the pact provides',
        rules: expect.stringContaining('due Mon, Mar 8, 2027, 16:00'),
      });
      expect(result.ok && result.rules).toContain('2 attempts, the highest counts; 20 minutes each');
    });

    it('without a zone from the form, reads them in the cookie’s zone (across a change to summer time)', async () => {
      session.cookie = 'America/New_York|en-US';
      // 14 March 2027: New York moves its clocks forward at 2:00, so 16:00 that day is UTC−4.
      const { rows } = await assign({ ...FIELDS, opensAt: '2027-03-13T16:00', dueAt: '2027-03-14T16:00' });
      expect(rows[0]).toMatchObject({ opens_at: '2027-03-13T21:00:00.000Z', due_at: '2027-03-14T20:00:00.000Z' });
    });

    it('ignores a zone that is not one, and reads them in UTC without a cookie', async () => {
      const { result, rows } = await assign({ ...FIELDS, timeZone: 'Mars/Olympus_Mons' });
      expect(result.ok).toBe(true);
      expect(rows[0]).toMatchObject({ opens_at: '2027-03-01T08:00:00.000Z', due_at: '2027-03-08T16:00:00.000Z' });
    });
  });
}
