import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { sessionVersionOf } from './options';
import { can } from './roles';
import { createUser, getSessionUser, getSessionVersion, revokeSessions } from './users';

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`session revocation on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('refuses every session issued before a sign-out, and accepts the next sign-in', async () => {
      const db = await freshDb();
      const user = await createUser(db, {
        name: 'Ada',
        email: 'ada@example.org',
        password: 'password1',
        role: 'student',
      });
      const issued = await getSessionVersion(db, user.id);
      expect(issued).toBe(0);
      expect((await getSessionUser(db, user.id, issued))?.id).toBe(user.id);

      expect(await revokeSessions(db, user.id, issued)).toBe(true);
      expect(await getSessionUser(db, user.id, issued)).toBeUndefined();

      const next = await getSessionVersion(db, user.id);
      expect(next).toBe(issued + 1);
      expect((await getSessionUser(db, user.id, next))?.name).toBe('Ada');
    });

    it('a token that was already revoked cannot sign the account out again', async () => {
      const db = await freshDb();
      const user = await createUser(db, {
        name: 'Bo',
        email: 'bo@example.org',
        password: 'password1',
        role: 'student',
      });
      await revokeSessions(db, user.id, 0);
      expect(await revokeSessions(db, user.id, 0)).toBe(false);
      expect((await getSessionUser(db, user.id, 1))?.id).toBe(user.id);
    });

    it('the same query reads the role as it is now: a demoted teacher loses teaching at once', async () => {
      const db = await freshDb();
      const teacher = await createUser(db, {
        name: 'T',
        email: 't@example.org',
        password: 'password1',
        role: 'teacher',
      });
      expect(can(await getSessionUser(db, teacher.id, 0), 'class.write')).toBe(true);
      await db.updateTable('users').set({ role: 'student' }).where('id', '=', teacher.id).execute();
      const demoted = await getSessionUser(db, teacher.id, 0);
      expect(can(demoted, 'class.write')).toBe(false);
      expect(can(demoted, 'course.learn')).toBe(true);
    });
  });
}

describe('sessionVersionOf', () => {
  it('reads the version a token carries; a token from before versions counts as 0', () => {
    expect(sessionVersionOf(3)).toBe(3);
    expect(sessionVersionOf(undefined)).toBe(0);
    expect(sessionVersionOf('3')).toBe(0);
    expect(sessionVersionOf(1.5)).toBe(0);
  });
});
