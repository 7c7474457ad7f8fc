import type { Kysely } from 'kysely';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import type { Permission } from '@/lib/auth/roles';
import type { User } from '@/lib/auth/users';
import type { Database } from '@/lib/db/schema';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { getRegradePanel } from './get-regrade-panel';
import { Q01, readingQuizClass, scoreOf, takeQuiz } from '@/scripts/testing/regrade/scenario';

// The adjustments route over a real database, with the session stubbed, and the panel it serves.
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

const { POST } = await import('@/app/api/assignments/[assignmentId]/adjustments/route');

const ORIGIN = 'http://localhost:3000';
const post = (body: unknown, origin = ORIGIN) =>
  new Request(`${ORIGIN}/api/assignments/x/adjustments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, host: 'localhost:3000' },
    body: JSON.stringify(body),
  });
const params = (assignmentId: string) => ({ params: Promise.resolve({ assignmentId }) });

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`regrade panel and adjustments route on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);
    beforeEach(() => {
      session.user = undefined;
    });

    /** Two of three students chose "analysis" on q01, more than chose the key. */
    async function setUp() {
      const db = await freshDb();
      session.db = db;
      const room = await readingQuizClass(db);
      const [ana, ben, cy] = room.students;
      const attempts = [
        await takeQuiz(db, room.quiz, ana!.id, 'analysis'),
        await takeQuiz(db, room.quiz, ben!.id, 'analysis'),
        await takeQuiz(db, room.quiz, cy!.id, 'pact'),
      ];
      return { db, ...room, attempts };
    }

    it('[teacher] the panel flags the question most chose wrongly, and offers to accept that answer', async () => {
      const { db, teacher, otherTeacher, quiz } = await setUp();
      const panel = (await getRegradePanel(db, teacher.id, quiz))!;
      const q01 = panel.find((q) => q.questionId === Q01)!;
      expect(q01).toMatchObject({
        answered: 3,
        right: 1,
        wrong: 2,
        key: 'What the pact provides (as reported), What a leader, KCNA or a government claims',
      });
      expect(q01.warning).toBe(
        'More students chose “What analysts think” (2) than the key (1). Check the key, or accept it.',
      );
      expect(q01.canAccept).toEqual([{ choice: 'analysis', label: 'What analysts think', count: 2, isKey: false }]);
      expect(panel.filter((q) => q.warning !== null).map((q) => q.questionId)).toEqual([Q01]);
      expect(await getRegradePanel(db, otherTeacher.id, quiz)).toBeUndefined();
    });

    it('[teacher] previews (changing nothing), then applies on confirmation; another teacher, a student and a forged request are refused', async () => {
      const { db, teacher, otherTeacher, students, quiz, attempts } = await setUp();
      const body = { questionId: Q01, kind: 'accept', accepted: ['analysis'] };
      session.user = teacher;
      const preview = await POST(post(body), params(quiz));
      expect(preview.status).toBe(200);
      const { preview: shown } = (await preview.json()) as {
        preview: { rows: { studentName: string; oldScore: number; newScore: number }[] };
      };
      expect(shown.rows.map((r) => [r.studentName, r.oldScore, r.newScore])).toEqual([
        ['Ana', 0, 1],
        ['Ben', 0, 1],
      ]);
      expect(await scoreOf(db, attempts[0]!)).toBe(11);

      expect((await POST(post({ ...body, confirm: true }), params(quiz))).status).toBe(422); // no reason
      session.user = otherTeacher;
      expect((await POST(post({ ...body, confirm: true, reason: 'x' }), params(quiz))).status).toBe(404);
      session.user = students[0]!;
      expect((await POST(post({ ...body, confirm: true, reason: 'x' }), params(quiz))).status).toBe(403);
      session.user = teacher;
      expect(
        (await POST(post({ ...body, confirm: true, reason: 'x' }, 'https://evil.example'), params(quiz))).status,
      ).toBe(403);
      expect((await POST(post({ ...body, sneaky: true }), params(quiz))).status).toBe(400);
      expect(await db.selectFrom('question_adjustments').selectAll().execute()).toEqual([]);

      const applied = await POST(post({ ...body, confirm: true, reason: 'Defensible reading' }), params(quiz));
      expect(applied.status).toBe(201);
      expect([
        await scoreOf(db, attempts[0]!),
        await scoreOf(db, attempts[1]!),
        await scoreOf(db, attempts[2]!),
      ]).toEqual([12, 12, 12]);
      const q01 = (await getRegradePanel(db, teacher.id, quiz))!.find((q) => q.questionId === Q01)!;
      expect(q01.adjustments).toEqual([
        { kind: 'accept', accepted: ['What analysts think'], reason: 'Defensible reading' },
      ]);
    });
  });
}
