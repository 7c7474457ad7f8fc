import type { Kysely } from 'kysely';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import type { Permission } from '@/lib/auth/roles';
import type { User } from '@/lib/auth/users';
import type { Database } from '@/lib/db/schema';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { at, classroom, work } from '@/scripts/testing/assignments/classroom';

// The route handlers over a real database, with the session stubbed: who is signed in is the
// only thing a test changes.
const session = vi.hoisted(() => ({
  db: undefined as Kysely<Database> | undefined,
  user: undefined as User | undefined,
}));
vi.mock('@/lib/db', () => ({ getDb: async () => session.db! }));
vi.mock('@/lib/auth/session', async () => {
  const { AppError } = await import('@/lib/errors');
  const { can } = await import('@/lib/auth/roles');
  return {
    requirePermissionForApi: async (permission: Permission) => {
      if (!session.user) throw new AppError('unauthenticated', 'Sign in first.');
      if (!can(session.user, permission)) throw new AppError('forbidden', 'Your account does not have access to this.');
      return session.user;
    },
  };
});

const { POST: postOverride } = await import('@/app/api/assignments/[assignmentId]/overrides/route');
const { GET: getResponsesCsv } = await import('@/app/api/assignments/[assignmentId]/responses.csv/route');
const { GET: getGradebookCsv } = await import('@/app/api/classes/[classId]/gradebook.csv/route');

const ORIGIN = 'http://localhost:3000';
const post = (body: unknown, origin = ORIGIN) =>
  new Request(`${ORIGIN}/api/assignments/x/overrides`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, host: 'localhost:3000' },
    body: JSON.stringify(body),
  });
const get = (path: string) => new Request(`${ORIGIN}${path}`, { headers: { host: 'localhost:3000' } });
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`gradebook routes on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);
    beforeEach(() => {
      session.user = undefined;
    });

    async function setUp() {
      const db = await freshDb();
      session.db = db;
      const room = await classroom(db, ['Ana']);
      const quiz = await room.assign();
      await work(db, quiz, room.students[0]!.id, { startAt: at(100), submitAt: at(200) });
      const count = async () => (await db.selectFrom('grade_overrides').select('id').execute()).length;
      return { ...room, quiz, count };
    }

    it('[teacher] records an override of their own student: 201; anyone else changes nothing', async () => {
      const { teacher, otherTeacher, students, quiz, count } = await setUp();
      const body = { studentId: students[0]!.id, score: 7, reason: 'Marked by hand' };

      session.user = teacher;
      const created = await postOverride(post(body), params({ assignmentId: quiz }));
      expect(created.status).toBe(201);
      expect(created.headers.get('cache-control')).toBe('private, no-store');
      expect((await created.json()).override).toMatchObject({
        kind: 'score',
        score: 7,
        reason: 'Marked by hand',
        teacherName: 'Ms Adler',
      });

      expect((await postOverride(post(body, 'https://evil.test'), params({ assignmentId: quiz }))).status).toBe(403);
      expect(
        (await postOverride(post({ studentId: students[0]!.id, score: 7 }), params({ assignmentId: quiz }))).status,
      ).toBe(400);
      expect((await postOverride(post({ ...body, score: 13 }), params({ assignmentId: quiz }))).status).toBe(422);
      expect((await postOverride(post(body), params({ assignmentId: 'as_nothing' }))).status).toBe(404);
      session.user = otherTeacher;
      const refused = await postOverride(post(body), params({ assignmentId: quiz }));
      expect(refused.status).toBe(404);
      expect((await refused.json()).error).toMatch(/No such assignment/);
      session.user = students[0];
      expect((await postOverride(post(body), params({ assignmentId: quiz }))).status).toBe(403);
      session.user = undefined;
      expect((await postOverride(post(body), params({ assignmentId: quiz }))).status).toBe(401);
      expect(await count()).toBe(1);
    });

    it('[teacher] downloads the gradebook and the responses as private CSV attachments; others get 404 or 403', async () => {
      const { teacher, otherTeacher, students, quiz } = await setUp();
      session.user = teacher;
      const gradebook = await getGradebookCsv(get('/api/classes/c1/gradebook.csv'), params({ classId: 'c1' }));
      const responses = await getResponsesCsv(
        get(`/api/assignments/${quiz}/responses.csv`),
        params({ assignmentId: quiz }),
      );
      for (const [response, name] of [
        [gradebook, /^gradebook-history-9-\d{4}-\d{2}-\d{2}\.csv$/],
        [responses, /^responses-history-9-quiz-what-the-pact-provides-\d{4}-\d{2}-\d{2}\.csv$/],
      ] as const) {
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        expect(response.headers.get('cache-control')).toBe('private, no-store');
        const disposition = /^attachment; filename="([^"]+)"$/.exec(response.headers.get('content-disposition') ?? '');
        expect(disposition?.[1]).toMatch(name);
      }
      // The body starts with a UTF-8 byte order mark, so spreadsheets read accents right.
      expect([...new Uint8Array(await gradebook.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(await responses.text()).toContain('Ana,student1@example.org,Submitted,1,');

      for (const [user, status] of [
        [otherTeacher, 404],
        [students[0]!, 403],
      ] as const) {
        session.user = user;
        expect((await getGradebookCsv(get('/api/classes/c1/gradebook.csv'), params({ classId: 'c1' }))).status).toBe(
          status,
        );
        expect(
          (await getResponsesCsv(get(`/api/assignments/${quiz}/responses.csv`), params({ assignmentId: quiz }))).status,
        ).toBe(status);
      }
    });
  });
}
