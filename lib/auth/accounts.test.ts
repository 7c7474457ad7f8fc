import { describe, expect, it } from 'vitest';
import { startAttempt } from '@/lib/attempts/create-attempt';
import { getAttemptView } from '@/lib/attempts/get-attempt';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { rightAnswer } from '@/scripts/testing/attempts/answers';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { claimGuest } from './claim-guest';
import { verifyPassword } from './password';
import { can } from './roles';
import { createUser, emailTaken, findUserByEmail, getUserById } from './users';

const GUEST = 'g_guestaaaaaaaaaaaaaaaaa';
const COURSE = 'nk-russia-pact';

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`accounts on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('creates an account with a hashed password, once per email whatever its case, spaces or width', async () => {
      const db = await freshDb();
      const user = await createUser(db, {
        name: 'Ada',
        email: ' Ada@Example.org ',
        password: 'correct horse',
        role: 'student',
      });
      expect(user.email).toBe('ada@example.org');
      expect((await findUserByEmail(db, '\u3000ＡＤＡ＠ｅｘａｍｐｌｅ．ｏｒｇ'))?.id).toBe(user.id);
      const row = (await findUserByEmail(db, 'ADA@example.org'))!;
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain('correct horse');
      expect(await verifyPassword(row.password_hash, 'correct horse')).toBe(true);
      expect(await verifyPassword(row.password_hash, 'wrong horse')).toBe(false);
      expect(await verifyPassword(undefined, 'correct horse')).toBe(false);
      await expect(
        createUser(db, { name: 'Ada 2', email: 'ada@EXAMPLE.org', password: 'another one', role: 'teacher' }),
      ).rejects.toEqual(emailTaken());
    });

    it('reads the role from the database each time, so a changed role applies at once', async () => {
      const db = await freshDb();
      const teacher = await createUser(db, {
        name: 'T',
        email: 't@example.org',
        password: 'password1',
        role: 'teacher',
      });
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
      await saveAnswer(db, {
        attemptId,
        ownerId: GUEST,
        questionId: q,
        response: await rightAnswer(db, attemptId, q),
        idempotencyKey: crypto.randomUUID(),
      });
      const stamp = new Date().toISOString();
      await db
        .insertInto('lesson_reads')
        .values({
          owner_id: GUEST,
          course_id: COURSE,
          module_id: 'the-pact',
          first_read_at: stamp,
          last_read_at: stamp,
        })
        .execute();

      const outcomes = await Promise.all([
        claimGuest(db, GUEST, user.id),
        claimGuest(db, GUEST, user.id),
        claimGuest(db, GUEST, user.id),
      ]);
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
      const older = await startAttempt(
        db,
        user.id,
        { courseId: COURSE, kind: 'quiz', moduleId: 'the-pact' },
        new Date('2026-01-01T00:00:00Z'),
      );
      const newer = await startAttempt(
        db,
        GUEST,
        { courseId: COURSE, kind: 'quiz', moduleId: 'the-pact' },
        new Date('2026-02-01T00:00:00Z'),
      );
      await claimGuest(db, GUEST, user.id);
      const statuses = await db
        .selectFrom('attempts')
        .select(['id', 'status', 'owner_id'])
        .orderBy('created_at')
        .execute();
      expect(statuses).toEqual([
        { id: older, status: 'superseded', owner_id: user.id },
        { id: newer, status: 'in_progress', owner_id: user.id },
      ]);
      expect(await startAttempt(db, user.id, { courseId: COURSE, kind: 'quiz', moduleId: 'the-pact' })).toBe(newer);
    });
  });
}
