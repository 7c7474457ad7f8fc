import { describe, expect, it } from 'vitest';
import { claimGuest } from '@/lib/auth/claim-guest';
import { createUser } from '@/lib/auth/users';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { getStorageScope, getStorageScopes } from './storage-scope';

describe('getStorageScope', () => {
  it('names each learner’s kept answers apart, the same on every visit, without writing the id itself', () => {
    const ana = getStorageScope('user-ana');
    expect(getStorageScope('user-ana')).toBe(ana);
    expect(getStorageScope('user-ben')).not.toBe(ana);
    expect(ana).not.toContain('ana');
    expect(ana).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`getStorageScopes on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('adds the guests an account took over, and never another account’s guest', async () => {
      const db = await freshDb();
      const ana = await createUser(db, {
        name: 'Ana',
        email: 'ana@example.org',
        password: 'password1',
        role: 'student',
      });
      const ben = await createUser(db, {
        name: 'Ben',
        email: 'ben@example.org',
        password: 'password1',
        role: 'student',
      });
      expect(await getStorageScopes(db, ana.id)).toEqual({ current: getStorageScope(ana.id), earlier: [] });
      await claimGuest(db, 'g_anaguestaaaaaaaaaaaaaa', ana.id);
      await claimGuest(db, 'g_benguestaaaaaaaaaaaaaa', ben.id);
      expect(await getStorageScopes(db, ana.id)).toEqual({
        current: getStorageScope(ana.id),
        earlier: [getStorageScope('g_anaguestaaaaaaaaaaaaaa')],
      });
    });
  });
}
