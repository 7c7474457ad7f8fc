import { AppError } from '@/lib/errors';
import { httpStatusOf } from '@/lib/http/error-response';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { createUser } from '@/lib/auth/users';
import type { Database } from '@/lib/db/schema';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { archiveClass, unarchiveClass } from './archive-class';
import { createClass } from './create-class';
import { getClassByJoinCode } from './get-class-by-join-code';
import { getClassForTeacher } from './get-class-for-teacher';
import { formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from './join-code';
import { joinClass } from './join-class';
import { listClassesForStudent } from './list-classes-for-student';
import { listClassesForTeacher } from './list-classes-for-teacher';
import { listRoster } from './list-roster';
import { removeStudent } from './remove-student';
import { renameClass } from './rename-class';

type Refusal = { code: string; message: string; status: number };

async function refusal(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    // The status is the route's answer for it (lib/http/error-response.ts), which a user sees.
    if (error instanceof AppError) return { code: error.code, message: error.message, status: httpStatusOf(error) };
    throw error;
  }
  throw new Error('expected the operation to be refused');
}

describe('join codes', () => {
  it('are 8 characters from an alphabet without look-alikes', () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    const codes = Array.from({ length: 500 }, generateJoinCode);
    for (const code of codes) expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
    expect(new Set(codes).size).toBe(codes.length);
    // Every character of the alphabet turns up: no character is left out by the drawing.
    expect(new Set(codes.join('')).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it('are shown in two groups and read back however they are typed or pasted', () => {
    expect(formatJoinCode('ABCDEFGH')).toBe('ABCD-EFGH');
    for (const typed of ['ABCDEFGH', 'abcd-efgh', ' abcd efgh ', 'AB CD\tEF GH', 'abcd–efgh', 'ABCD - EFGH']) {
      expect(normalizeJoinCode(typed), typed).toBe('ABCDEFGH');
    }
    for (const typed of ['', 'ABCDEFG', 'ABCDEFGHJ', 'ABCD-EFG0', 'ABCDEFGI', 'ABCD_EFGH', 'ABCD.EFGH']) {
      expect(normalizeJoinCode(typed), typed).toBeUndefined();
    }
  });
});

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`classes on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    async function people(db: Kysely<Database>) {
      const make = (name: string, role: 'student' | 'teacher') =>
        createUser(db, { name, email: `${name.toLowerCase()}@example.org`, password: null, role });
      return {
        teacherA: await make('Alma', 'teacher'),
        teacherB: await make('Boris', 'teacher'),
        student: await make('Sam', 'student'),
        other: await make('Tess', 'student'),
      };
    }

    it('creates, renames, archives and unarchives a class, listing it for its teacher only', async () => {
      const db = await freshDb();
      const { teacherA, teacherB } = await people(db);
      const created = await createClass(db, teacherA.id, '  Year 10   History ');
      expect(created).toMatchObject({ name: 'Year 10 History', isArchived: false, studentCount: 0 });
      expect(normalizeJoinCode(created.joinCode)).toBe(created.joinCode);
      await createClass(db, teacherA.id, 'art club');

      expect((await listClassesForTeacher(db, teacherA.id)).map((c) => c.name)).toEqual([
        'art club',
        'Year 10 History',
      ]);
      expect(await listClassesForTeacher(db, teacherB.id)).toEqual([]);

      expect(await renameClass(db, teacherA.id, created.id, 'Year 11 History')).toBe('Year 11 History');
      expect((await refusal(renameClass(db, teacherA.id, created.id, '   '))).status).toBe(422);
      expect((await refusal(renameClass(db, teacherA.id, created.id, 'x'.repeat(101)))).status).toBe(422);

      await archiveClass(db, teacherA.id, created.id);
      const archived = (await getClassForTeacher(db, teacherA.id, created.id))!;
      expect(archived).toMatchObject({ name: 'Year 11 History', isArchived: true, joinCode: created.joinCode });
      await unarchiveClass(db, teacherA.id, created.id);
      expect((await getClassForTeacher(db, teacherA.id, created.id))!.isArchived).toBe(false);
    });

    it('retries when a new code is already taken', async () => {
      const db = await freshDb();
      const { teacherA } = await people(db);
      const first = await createClass(db, teacherA.id, 'First', { generateCode: () => 'ABCDEFGH' });
      const codes = ['ABCDEFGH', 'ABCDEFGH', 'HGFEDCBA'];
      const second = await createClass(db, teacherA.id, 'Second', { generateCode: () => codes.shift()! });
      expect(first.joinCode).toBe('ABCDEFGH');
      expect(second.joinCode).toBe('HGFEDCBA');
      expect(codes).toEqual([]);
      await expect(createClass(db, teacherA.id, 'Third', { generateCode: () => 'ABCDEFGH' })).rejects.toThrow(
        /unused join code/,
      );
      expect(await listClassesForTeacher(db, teacherA.id)).toHaveLength(2);
    });

    it('joins by code however it is typed, once, even when joining again or 10 times at once', async () => {
      const db = await freshDb();
      const { teacherA, student } = await people(db);
      const klass = await createClass(db, teacherA.id, 'Year 10 History');
      const typed = ` ${formatJoinCode(klass.joinCode).toLowerCase().replace('-', ' ')} `;
      const first = await joinClass(db, student.id, typed);
      expect(first).toEqual({ classId: klass.id, className: 'Year 10 History', isNewMember: true });
      const again = await Promise.all(Array.from({ length: 10 }, () => joinClass(db, student.id, klass.joinCode)));
      expect(again.every((r) => r.classId === klass.id && !r.isNewMember)).toBe(true);

      const roster = await listRoster(db, teacherA.id, klass.id);
      expect(roster).toEqual([
        {
          studentId: student.id,
          name: 'Sam',
          email: 'sam@example.org',
          joinedAt: expect.any(String),
          hasSignInCard: false,
        },
      ]);
      expect((await getClassForTeacher(db, teacherA.id, klass.id))!.studentCount).toBe(1);
      expect(await listClassesForStudent(db, student.id)).toEqual([
        {
          id: klass.id,
          name: 'Year 10 History',
          teacherName: 'Alma',
          isArchived: false,
          joinedAt: roster[0]!.joinedAt,
        },
      ]);
      expect(await getClassByJoinCode(db, student.id, klass.joinCode)).toMatchObject({ state: 'member' });
    });

    it('refuses unknown and malformed codes, archived classes and a teacher joining their own class', async () => {
      const db = await freshDb();
      const { teacherA, teacherB, student } = await people(db);
      const klass = await createClass(db, teacherA.id, 'Year 10 History');

      const malformed = await refusal(joinClass(db, student.id, 'ABC'));
      expect(malformed.status).toBe(422);
      expect(malformed.message).toMatch(/8 letters and digits/);
      const unknown = await refusal(joinClass(db, student.id, klass.joinCode === 'ABCDEFGH' ? 'HGFEDCBA' : 'ABCDEFGH'));
      expect(unknown.status).toBe(404);
      expect(unknown.message).toMatch(/No class has the code/);

      const own = await refusal(joinClass(db, teacherA.id, klass.joinCode));
      expect(own.status).toBe(409);
      expect(own.message).toMatch(/You teach this class/);
      expect(await getClassByJoinCode(db, teacherA.id, klass.joinCode)).toMatchObject({
        state: 'own',
        classId: klass.id,
      });
      // Another teacher may join as a student, say to see what students see.
      expect((await joinClass(db, teacherB.id, klass.joinCode)).isNewMember).toBe(true);

      await archiveClass(db, teacherA.id, klass.id);
      expect(await getClassByJoinCode(db, student.id, klass.joinCode)).toMatchObject({ state: 'archived' });
      const archived = await refusal(joinClass(db, student.id, klass.joinCode));
      expect(archived.status).toBe(409);
      expect(archived.message).toMatch(/archived/);
      // Someone already in the class stays in it, and joining again is still fine.
      expect((await joinClass(db, teacherB.id, klass.joinCode)).isNewMember).toBe(false);
      expect((await listRoster(db, teacherA.id, klass.id)).map((r) => r.name)).toEqual(['Boris']);

      await unarchiveClass(db, teacherA.id, klass.id);
      expect((await joinClass(db, student.id, klass.joinCode)).isNewMember).toBe(true);
    });

    it('removes a student from the roster; removing again changes nothing; they may rejoin', async () => {
      const db = await freshDb();
      const { teacherA, student, other } = await people(db);
      const klass = await createClass(db, teacherA.id, 'Year 10 History');
      await joinClass(db, student.id, klass.joinCode);
      await joinClass(db, other.id, klass.joinCode);
      expect(await removeStudent(db, teacherA.id, klass.id, student.id)).toBe(true);
      expect(await removeStudent(db, teacherA.id, klass.id, student.id)).toBe(false);
      expect((await listRoster(db, teacherA.id, klass.id)).map((r) => r.name)).toEqual(['Tess']);
      expect(await listClassesForStudent(db, student.id)).toEqual([]);
      expect(await joinClass(db, student.id, klass.joinCode)).toMatchObject({ isNewMember: true });
    });

    it("a teacher never reads or changes another teacher's class, and a student cannot create one", async () => {
      const db = await freshDb();
      const { teacherA, teacherB, student } = await people(db);
      const klass = await createClass(db, teacherA.id, 'Year 10 History');
      await joinClass(db, student.id, klass.joinCode);

      expect(await getClassForTeacher(db, teacherB.id, klass.id)).toBeUndefined();
      // Each refusal is made and awaited in turn, so none is left unhandled.
      const attempts = [
        () => renameClass(db, teacherB.id, klass.id, 'Mine now'),
        () => archiveClass(db, teacherB.id, klass.id),
        () => unarchiveClass(db, teacherB.id, klass.id),
        () => listRoster(db, teacherB.id, klass.id),
        () => removeStudent(db, teacherB.id, klass.id, student.id),
        // A student of the class is no teacher of it either.
        () => renameClass(db, student.id, klass.id, 'Mine now'),
        () => listRoster(db, student.id, klass.id),
      ];
      for (const attempt of attempts) expect((await refusal(attempt())).status).toBe(404);
      const unchanged = (await getClassForTeacher(db, teacherA.id, klass.id))!;
      expect(unchanged).toMatchObject({ name: 'Year 10 History', isArchived: false, studentCount: 1 });

      const refused = await refusal(createClass(db, student.id, 'My own class'));
      expect(refused.status).toBe(403);
      expect((await refusal(createClass(db, 'u_nobody', 'Ghost class'))).status).toBe(403);
      expect(await db.selectFrom('classes').select('id').execute()).toHaveLength(1);
    });
  });
}
