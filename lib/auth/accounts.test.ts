import { createClient } from 'redis';
import { describe, expect, it } from 'vitest';
import { startAttempt } from '@/lib/attempts/create-attempt';
import { getAttemptView } from '@/lib/attempts/get-attempt';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { rightAnswer } from '@/lib/attempts/testing/answers';
import { useFreshDatabase } from '@/lib/attempts/testing/backend';
import { TEST_BACKENDS } from '@/lib/db/test-backends';
import { claimGuest } from './claim-guest';
import { verifyPassword } from './password';
import { can } from './roles';
import { THROTTLE, databaseThrottleStore, recordSignInOutcome, redisThrottleStore, signInRetryAfter, type ThrottleStore } from './throttle';
import { EmailTakenError, createUser, findUserByEmail, getUserById } from './users';

const GUEST = 'g_guestaaaaaaaaaaaaaaaaa';
const COURSE = 'nk-russia-pact';

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`accounts on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('creates an account with a hashed password, once per email whatever its case', async () => {
      const db = await freshDb();
      const user = await createUser(db, { name: 'Ada', email: ' Ada@Example.org ', password: 'correct horse', role: 'student' });
      expect(user.email).toBe('ada@example.org');
      const row = (await findUserByEmail(db, 'ADA@example.org'))!;
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain('correct horse');
      expect(await verifyPassword(row.password_hash, 'correct horse')).toBe(true);
      expect(await verifyPassword(row.password_hash, 'wrong horse')).toBe(false);
      expect(await verifyPassword(undefined, 'correct horse')).toBe(false);
      await expect(createUser(db, { name: 'Ada 2', email: 'ada@EXAMPLE.org', password: 'another one', role: 'teacher' })).rejects.toBeInstanceOf(EmailTakenError);
    });

    it('reads the role from the database each time, so a changed role applies at once', async () => {
      const db = await freshDb();
      const teacher = await createUser(db, { name: 'T', email: 't@example.org', password: 'password1', role: 'teacher' });
      expect(can(await getUserById(db, teacher.id), 'class.write')).toBe(true);
      await db.updateTable('users').set({ role: 'student' }).where('id', '=', teacher.id).execute();
      expect(can(await getUserById(db, teacher.id), 'class.write')).toBe(false);
      expect(can(await getUserById(db, teacher.id), 'course.learn')).toBe(true);
    });

    it("moves a guest's attempts and lessons read into the account exactly once, even when retried", async () => {
      const db = await freshDb();
      const user = await createUser(db, { name: 'G', email: 'g@example.org', password: 'password1', role: 'student' });
      const attemptId = await startAttempt(db, GUEST, { courseId: COURSE, kind: 'quiz', moduleId: 'the-pact' });
      const q = (await getAttemptView(db, attemptId, GUEST))!.questions[0]!.id;
      await saveAnswer(db, { attemptId, ownerId: GUEST, questionId: q, response: await rightAnswer(db, attemptId, q), idempotencyKey: crypto.randomUUID() });
      const stamp = new Date().toISOString();
      await db.insertInto('lesson_reads').values({ owner_id: GUEST, course_id: COURSE, module_id: 'the-pact', first_read_at: stamp, last_read_at: stamp }).execute();

      const outcomes = await Promise.all([claimGuest(db, GUEST, user.id), claimGuest(db, GUEST, user.id), claimGuest(db, GUEST, user.id)]);
      expect(outcomes.filter((o) => o.isClaimed)).toEqual([{ isClaimed: true, attemptsMoved: 1, lessonsMoved: 1 }]);
      const view = await getAttemptView(db, attemptId, user.id);
      expect(view?.answers).toHaveLength(1);
      expect(await getAttemptView(db, attemptId, GUEST)).toBeUndefined();
      expect(await db.selectFrom('lesson_reads').select('owner_id').execute()).toEqual([{ owner_id: user.id }]);
      // A later claim of the same guest id (a retried request) changes nothing.
      expect(await claimGuest(db, GUEST, user.id)).toEqual({ isClaimed: false, attemptsMoved: 0, lessonsMoved: 0 });
    });

    it('keeps the attempt worked on most recently when guest and account both have one in progress', async () => {
      const db = await freshDb();
      const user = await createUser(db, { name: 'H', email: 'h@example.org', password: 'password1', role: 'student' });
      const older = await startAttempt(db, user.id, { courseId: COURSE, kind: 'quiz', moduleId: 'the-pact' }, new Date('2026-01-01T00:00:00Z'));
      const newer = await startAttempt(db, GUEST, { courseId: COURSE, kind: 'quiz', moduleId: 'the-pact' }, new Date('2026-02-01T00:00:00Z'));
      await claimGuest(db, GUEST, user.id);
      const statuses = await db.selectFrom('attempts').select(['id', 'status', 'owner_id']).orderBy('created_at').execute();
      expect(statuses).toEqual([
        { id: older, status: 'superseded', owner_id: user.id },
        { id: newer, status: 'in_progress', owner_id: user.id },
      ]);
      expect(await startAttempt(db, user.id, { courseId: COURSE, kind: 'quiz', moduleId: 'the-pact' })).toBe(newer);
    });

    it('throttles sign-in in the database: 20 failures block the account, a success after the cool-down resets it', async () => {
      await throttleScenario(databaseThrottleStore(await freshDb()));
    });

    it('throttles an IP that fails across many accounts, and only that IP', async () => {
      const store = databaseThrottleStore(await freshDb());
      const now = new Date();
      for (let i = 0; i < THROTTLE.ipLimit; i++) await recordSignInOutcome(store, `user${i}@example.org`, '10.1.1.1', false, now);
      expect(await signInRetryAfter(store, 'fresh@example.org', '10.1.1.1', now)).toBeGreaterThan(0);
      expect(await signInRetryAfter(store, 'fresh@example.org', '10.2.2.2', now)).toBe(0);
      // Without a trusted address only the account limit applies.
      expect(await signInRetryAfter(store, 'fresh@example.org', undefined, now)).toBe(0);
    });
  });
}

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisUnavailable = await (async () => {
  const client = createClient({ url: redisUrl, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return undefined;
  } catch (error) {
    const reason = `Redis at ${redisUrl} is unreachable (${(error as Error).message}); skipping the Redis part`;
    console.warn(reason);
    return reason;
  } finally {
    await client.quit().catch(() => undefined);
  }
})();

describe.skipIf(redisUnavailable !== undefined)('sign-in throttling on Redis', () => {
  it('blocks after 20 failures and lets the real user in after the cool-down', async () => {
    await throttleScenario(redisThrottleStore(redisUrl), `redis-${crypto.randomUUID()}@example.org`);
  });
});

async function throttleScenario(store: ThrottleStore, email = 'victim@example.org') {
  const ip = `10.0.0.${Math.floor(Math.random() * 250)}`;
  const start = new Date();
  for (let i = 0; i < THROTTLE.accountLimit - 1; i++) await recordSignInOutcome(store, email, ip, false, start);
  expect(await signInRetryAfter(store, email, ip, start)).toBe(0);
  await recordSignInOutcome(store, email, ip, false, start);
  const retryAfter = await signInRetryAfter(store, email, ip, start);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(THROTTLE.cooldownSeconds());
  // Another account from another address is not affected.
  expect(await signInRetryAfter(store, 'someone-else@example.org', '10.9.9.9', start)).toBe(0);
  // After the cool-down the real user signs in, which clears the account's count.
  const later = new Date(start.getTime() + (THROTTLE.cooldownSeconds() + 1) * 1000);
  expect(await signInRetryAfter(store, email, ip, later)).toBe(0);
  await recordSignInOutcome(store, email, ip, true, later);
  await recordSignInOutcome(store, email, ip, false, later);
  expect(await signInRetryAfter(store, email, ip, later)).toBe(0);
}
