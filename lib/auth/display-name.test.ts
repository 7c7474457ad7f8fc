import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { createClass } from '@/lib/classes/create-class';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import * as cleanNames from '@/lib/db/migrations/0007-clean-names';
import { AppError } from '@/lib/errors';
import { httpStatusOf } from '@/lib/http/error-response';
import { normalizeDisplayName } from './normalize-display-name';
import { oauthDisplayName } from './oauth';
import { createUser } from './users';

const DISGUISED = 'Ana \u202Eexe.\u200Btxt\u2066';

describe('normalizeDisplayName', () => {
  it('shows a name as it reads: no bidi override, zero-width or control characters, NFC', () => {
    expect(normalizeDisplayName(DISGUISED)).toBe('Ana exe.txt');
    expect(normalizeDisplayName(' Chloe\u0301\u0000 Student ')).toBe('Chloé Student');
  });
  it.each(['', '   ', '\u202E\u200B\u2066', '\u3164'])(
    'refuses %j, which leaves nothing to read, with a 400',
    (input) => {
      expect(() => normalizeDisplayName(input)).toThrow(AppError);
      try {
        normalizeDisplayName(input);
      } catch (error) {
        expect(httpStatusOf(error as AppError)).toBe(400);
        expect((error as AppError).message).toMatch(/Enter your name/);
      }
    },
  );
  it('names an OAuth account after the email when the provider name is only invisible characters', () => {
    expect(oauthDisplayName('\u202E\u200B', 'dara.s@example.org')).toBe('dara.s');
    expect(oauthDisplayName(`Eli\u202E${'x'.repeat(200)}`, 'e@example.org')).toHaveLength(100);
    expect(oauthDisplayName(null, 'gus@example.org')).toBe('gus');
  });
});

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`stored names on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('every account is created with the cleaned name, and a name of nothing readable is refused', async () => {
      const db = await freshDb();
      const user = await createUser(db, { name: DISGUISED, email: 'ana@example.org', password: null, role: 'student' });
      const row = await db.selectFrom('users').select('name').where('id', '=', user.id).executeTakeFirstOrThrow();
      expect(row.name).toBe('Ana exe.txt');
      await expect(
        createUser(db, { name: '\u202E', email: 'ben@example.org', password: null, role: 'student' }),
      ).rejects.toThrow(/Enter your name/);
      expect(
        await db.selectFrom('users').select('id').where('email', '=', 'ben@example.org').executeTakeFirst(),
      ).toBeUndefined();
    });

    it('migration 0007 cleans names stored before, and leaves none empty', async () => {
      const db = await freshDb();
      const teacher = await createUser(db, {
        name: 'Ms. Teacher',
        email: 't@example.org',
        password: null,
        role: 'teacher',
      });
      const klass = await createClass(db, teacher.id, 'History');
      const student = await createUser(db, {
        name: 'Placeholder',
        email: 'hana.k@example.org',
        password: null,
        role: 'student',
      });
      await db.updateTable('users').set({ name: DISGUISED }).where('id', '=', teacher.id).execute();
      await db.updateTable('users').set({ name: '\u202E\u200B' }).where('id', '=', student.id).execute();
      await db.updateTable('classes').set({ name: 'Year\u202E 10' }).where('id', '=', klass.id).execute();
      await cleanNames.up(db as unknown as Kysely<unknown>);
      const names = await db.selectFrom('users').select(['email', 'name']).orderBy('email').execute();
      expect(names).toEqual([
        { email: 'hana.k@example.org', name: 'hana.k' },
        { email: 't@example.org', name: 'Ana exe.txt' },
      ]);
      expect((await db.selectFrom('classes').select('name').executeTakeFirstOrThrow()).name).toBe('Year 10');
    });
  });
}
