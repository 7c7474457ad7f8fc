import type { Kysely } from 'kysely';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { classroom } from '@/scripts/testing/assignments/classroom';
import type { User } from '@/lib/auth/users';
import type { Database } from '@/lib/db/schema';
import { SOCKET_ADDRESS_HEADER, SOCKET_ADDRESS_MARK } from './socket-address';
import { LIMIT_STORES, unique, useLimitStore } from '@/scripts/testing/limits/stores';

// The per-client limits through the real route handlers and a real store, with the signed-in user
// stubbed and the limits lowered to 3 so a test can reach them. The client's address comes from
// the header `npm start` writes from the socket (scripts/serve.ts).

const session = vi.hoisted(() => ({
  db: undefined as Kysely<Database> | undefined,
  user: undefined as User | undefined,
}));
vi.mock('@/lib/db', () => ({ getDb: async () => session.db! }));
vi.mock('@/lib/auth/session', async () => {
  const { AppError } = await import('@/lib/errors');
  return {
    getCurrentUser: async () => session.user,
    requireUserForApi: async () => {
      if (!session.user) throw new AppError('unauthenticated', 'Sign in first.');
      return session.user;
    },
  };
});
vi.mock('@/lib/auth/learner', () => ({
  getOrCreateLearnerId: async () => session.user?.id ?? `g_${crypto.randomUUID()}`,
}));

const { POST: signUp } = await import('@/app/api/accounts/route');
const { POST: startAttempt } = await import('@/app/api/attempts/route');
const { POST: joinClass } = await import('@/app/api/classes/join/route');

const ORIGIN = 'http://localhost:3000';
const post = (path: string, body: unknown, ip: string, extra: Record<string, string> = {}) =>
  new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: ORIGIN,
      host: 'localhost:3000',
      [SOCKET_ADDRESS_HEADER]: ip,
      ...extra,
    },
    body: JSON.stringify(body),
  });
const newAccount = () => ({
  name: 'New Student',
  email: `${unique('new')}@example.org`,
  password: 'long enough password',
  role: 'student',
});
const practice = { courseId: 'nk-russia-pact', kind: 'practice', moduleId: 'the-pact' };

async function expectTooMany(res: Response, message: RegExp) {
  expect(res.status).toBe(429);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(((await res.json()) as { error: string }).error).toMatch(message);
}

(globalThis as Record<symbol, unknown>)[SOCKET_ADDRESS_MARK] = true;

for (const store of LIMIT_STORES) {
  const unavailable = await store.unavailable();
  describe.skipIf(unavailable !== undefined)(`per-client limits on ${store.name}`, () => {
    const freshDb = useLimitStore(store);
    beforeEach(async () => {
      session.db = await freshDb();
      session.user = undefined;
      vi.stubEnv('SIGN_UP_PER_IP', '3');
      vi.stubEnv('GUEST_ATTEMPTS_PER_IP', '3');
      vi.stubEnv('JOIN_FAILURES_PER_USER', '3');
    });

    it('[guest] the 4th sign-up from one address gets 429 and creates no account; a forged X-Forwarded-For does not help; another address signs up', async () => {
      const ip = unique('10.3.0.1');
      for (let i = 0; i < 3; i++) expect((await signUp(post('/api/accounts', newAccount(), ip))).status).toBe(201);
      const refused = newAccount();
      await expectTooMany(
        await signUp(post('/api/accounts', refused, ip, { 'x-forwarded-for': '203.0.113.9' })),
        /^Too many new accounts from this network\. Try again in 10 minutes\.$/,
      );
      expect(
        await session.db!.selectFrom('users').select('id').where('email', '=', refused.email).executeTakeFirst(),
      ).toBeUndefined();
      expect((await signUp(post('/api/accounts', newAccount(), unique('10.3.0.2')))).status).toBe(201);
    });

    it('[guest] the 4th attempt started without an account from one address gets 429; a signed-in student there still starts one', async () => {
      const db = session.db!;
      const ip = unique('10.4.0.1');
      for (let i = 0; i < 3; i++) expect((await startAttempt(post('/api/attempts', practice, ip))).status).toBe(201);
      await expectTooMany(
        await startAttempt(post('/api/attempts', practice, ip)),
        /without an account; signing in lifts this limit\. Try again in 10 minutes\./,
      );
      expect(await db.selectFrom('attempts').select('id').execute()).toHaveLength(3);
      const { students } = await classroom(db, ['Ana']);
      session.user = students[0]!;
      expect((await startAttempt(post('/api/attempts', practice, ip))).status).toBe(201);
    });

    it('[student] after 3 wrong class codes even the right one gets 429 and joins nothing; another student on that address still joins', async () => {
      const db = session.db!;
      const ip = unique('10.5.0.1');
      const { students, outsider } = await classroom(db, ['Ana', 'Ben']);
      session.user = outsider;
      for (const wrong of ['ABCD2346', 'ABCD2347', 'nonsense'])
        expect((await joinClass(post('/api/classes/join', { code: wrong }, ip))).status).toBeGreaterThanOrEqual(404);
      await expectTooMany(
        await joinClass(post('/api/classes/join', { code: 'ABCD-2345' }, ip)),
        /^Too many wrong class codes\. Try again in 15 minutes\.$/,
      );
      expect(
        await db
          .selectFrom('class_members')
          .select('student_id')
          .where('class_id', '=', 'c1')
          .where('student_id', '=', outsider.id)
          .execute(),
      ).toEqual([]);
      session.user = students[0]!;
      const joined = await joinClass(post('/api/classes/join', { code: 'ABCD-2345' }, ip));
      expect(joined.status).toBe(200);
    });

    it('[attacker] wrong class codes from several students on one address add up: past the address’s limit a student with none of their own gets 429 there and joins nothing; elsewhere they join', async () => {
      vi.stubEnv('JOIN_FAILURES_PER_IP', '4');
      const db = session.db!;
      const ip = unique('10.6.0.1');
      const { students, outsider } = await classroom(db, ['Ana', 'Ben']);
      // Two each: every student stays under their own limit of 3.
      for (const [student, wrong] of [
        [students[0]!, 'ABCD2346'],
        [students[0]!, 'ABCD2347'],
        [students[1]!, 'ABCD2348'],
        [students[1]!, 'ABCD2349'],
      ] as const) {
        session.user = student;
        expect((await joinClass(post('/api/classes/join', { code: wrong }, ip))).status).toBe(404);
      }
      session.user = outsider;
      await expectTooMany(
        await joinClass(post('/api/classes/join', { code: 'ABCD-2345' }, ip)),
        /^Too many wrong class codes\. Try again in 15 minutes\.$/,
      );
      const membersOfC1 = () =>
        db
          .selectFrom('class_members')
          .select('student_id')
          .where('class_id', '=', 'c1')
          .where('student_id', '=', outsider.id)
          .execute();
      expect(await membersOfC1()).toEqual([]);
      expect((await joinClass(post('/api/classes/join', { code: 'ABCD-2345' }, unique('10.6.0.2')))).status).toBe(200);
      expect(await membersOfC1()).toEqual([{ student_id: outsider.id }]);
    });
  });
}
