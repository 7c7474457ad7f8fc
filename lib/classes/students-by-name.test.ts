import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createUser, getSessionVersion } from '@/lib/auth/users';
import { verifyPassword } from '@/lib/auth/password';
import type { Database } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { httpStatusOf } from '@/lib/http/error-response';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { addStudentsByName, StudentNamesSchema } from './add-students-by-name';
import { archiveClass } from './archive-class';
import { createClass } from './create-class';
import { issueNewSignInCard } from './issue-new-sign-in-card';
import { joinClass } from './join-class';
import { formatJoinCode, normalizeJoinCode } from './join-code';
import { listRoster } from './list-roster';

// Students without email: a teacher adds them by name, Sourcewise makes their accounts with a
// username and a personal code, and the teacher can give a lost card's owner a new one.

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return httpStatusOf(error);
    throw error;
  }
  throw new Error('expected the operation to be refused');
}

const codeOf = (card: { personalCode: string }) => normalizeJoinCode(card.personalCode)!;

describe('the names a teacher writes', () => {
  it('are one per line, blank lines skipped, each cleaned as sign-up cleans a name', () => {
    expect(StudentNamesSchema.parse('Maya Kowalski\n\n   Tom   Reyes  \r\nZoë\n')).toEqual([
      'Maya Kowalski',
      'Tom Reyes',
      'Zoë',
    ]);
    expect(StudentNamesSchema.safeParse('\n  \n').success).toBe(false);
    expect(StudentNamesSchema.safeParse(Array.from({ length: 61 }, (_, i) => `Student ${i}`).join('\n')).success).toBe(
      false,
    );
    expect(StudentNamesSchema.safeParse(`Ana\n${'x'.repeat(101)}`).success).toBe(false);
  });
});

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`students without email on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    async function setUp(db: Kysely<Database>) {
      const make = (name: string, role: 'student' | 'teacher') =>
        createUser(db, { name, email: `${name.toLowerCase()}@example.org`, password: null, role });
      const teacher = await make('Alma', 'teacher');
      const other = await make('Boris', 'teacher');
      const klass = await createClass(db, teacher.id, 'Year 9 History');
      return { teacher, other, klass };
    }

    it('[teacher] adds students by name: each gets a username, a personal code that signs them in, and a place on the roster', async () => {
      const db = await freshDb();
      const { teacher, klass } = await setUp(db);
      const self = await createUser(db, { name: 'Sam', email: 'sam@example.org', password: null, role: 'student' });
      await joinClass(db, self.id, klass.joinCode);

      const cards = await addStudentsByName(db, teacher.id, klass.id, [
        'Maya Kowalski',
        'Maya Kim',
        'Tom Reyes',
        '王小明',
      ]);
      expect(cards.map((c) => c.username)).toEqual(['maya.k', 'maya.k2', 'tom.r', 'student']);
      for (const card of cards) {
        expect(card).toMatchObject({ className: 'Year 9 History', classCode: formatJoinCode(klass.joinCode) });
        expect(card.personalCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      }
      expect(new Set(cards.map((c) => c.personalCode)).size).toBe(4);

      const stored = await db.selectFrom('users').selectAll().where('email', '=', 'maya.k').executeTakeFirstOrThrow();
      expect(stored).toMatchObject({ name: 'Maya Kowalski', role: 'student', managed_by: teacher.id });
      expect(stored.password_hash).not.toContain(codeOf(cards[0]!));
      expect(await verifyPassword(stored.password_hash, codeOf(cards[0]!))).toBe(true);
      expect(await verifyPassword(stored.password_hash, codeOf(cards[1]!))).toBe(false);

      const roster = await listRoster(db, teacher.id, klass.id);
      expect(roster.map((r) => [r.name, r.email, r.hasSignInCard])).toEqual([
        ['Maya Kim', 'maya.k2', true],
        ['Maya Kowalski', 'maya.k', true],
        ['Sam', 'sam@example.org', false],
        ['Tom Reyes', 'tom.r', true],
        ['王小明', 'student', true],
      ]);

      // A second batch in another class goes on counting: usernames are unique across Sourcewise.
      const second = await createClass(db, teacher.id, 'Year 10 History');
      const more = await addStudentsByName(db, teacher.id, second.id, ['Maya Kowalski', '李雷']);
      expect(more.map((c) => c.username)).toEqual(['maya.k3', 'student2']);
    });

    it("[teacher] refuses another teacher's class, an archived class, and changes nothing when refused", async () => {
      const db = await freshDb();
      const { teacher, other, klass } = await setUp(db);
      expect(await statusOf(addStudentsByName(db, other.id, klass.id, ['Maya Kowalski']))).toBe(404);
      await archiveClass(db, teacher.id, klass.id);
      expect(await statusOf(addStudentsByName(db, teacher.id, klass.id, ['Maya Kowalski']))).toBe(409);
      const users = await db.selectFrom('users').select('email').execute();
      expect(users.map((u) => u.email).sort()).toEqual(['alma@example.org', 'boris@example.org']);
      expect(await listRoster(db, teacher.id, klass.id)).toEqual([]);
    });

    it('[teacher] gives a new card: the old code stops working and the student is signed out', async () => {
      const db = await freshDb();
      const { teacher, other, klass } = await setUp(db);
      const [card] = await addStudentsByName(db, teacher.id, klass.id, ['Maya Kowalski']);
      const versionBefore = await getSessionVersion(db, card!.studentId);

      const renewed = await issueNewSignInCard(db, teacher.id, klass.id, card!.studentId);
      expect(renewed).toMatchObject({ username: 'maya.k', name: 'Maya Kowalski', className: 'Year 9 History' });
      expect(renewed.personalCode).not.toBe(card!.personalCode);
      const hash = (
        await db.selectFrom('users').select('password_hash').where('id', '=', card!.studentId).executeTakeFirstOrThrow()
      ).password_hash;
      expect(await verifyPassword(hash, codeOf(card!))).toBe(false);
      expect(await verifyPassword(hash, codeOf(renewed))).toBe(true);
      expect(await getSessionVersion(db, card!.studentId)).toBe(versionBefore + 1);

      // Another teacher cannot, nor can anyone for a student who made their own account.
      expect(await statusOf(issueNewSignInCard(db, other.id, klass.id, card!.studentId))).toBe(404);
      const self = await createUser(db, {
        name: 'Sam',
        email: 'sam@example.org',
        password: 'sams password',
        role: 'student',
      });
      await joinClass(db, self.id, klass.joinCode);
      expect(await statusOf(issueNewSignInCard(db, teacher.id, klass.id, self.id))).toBe(404);
      const otherClass = await createClass(db, other.id, 'Art');
      await joinClass(db, card!.studentId, otherClass.joinCode);
      expect(await statusOf(issueNewSignInCard(db, other.id, otherClass.id, card!.studentId))).toBe(404);
      const afterRefusals = await db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', card!.studentId)
        .executeTakeFirstOrThrow();
      expect(await verifyPassword(afterRefusals.password_hash, codeOf(renewed))).toBe(true);
    });
  });
}
