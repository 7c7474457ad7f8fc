import 'server-only';
import type { Insertable, Kysely } from 'kysely';
import { z } from 'zod';
import { hashPassword } from '@/lib/auth/password';
import { newPersonalCode } from '@/lib/auth/personal-code';
import { firstFreeUsername, usernameBase } from '@/lib/auth/username';
import { newUserId } from '@/lib/auth/users';
import { DisplayNameSchema } from '@/lib/auth/normalize-display-name';
import type { Database, UsersTable } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { takePoint } from '@/lib/limits/enforce-limit';
import { LIMITS } from '@/lib/limits/limits';
import { classNotFound } from './errors';
import { formatJoinCode } from './join-code';
import type { SignInCard } from './sign-in-card';

export const MAX_NAMES_AT_ONCE = 60;

/** The form's text: one name per line; blank lines are skipped, each name is checked as sign-up checks it. */
export const StudentNamesSchema = z
  .string()
  .max(MAX_NAMES_AT_ONCE * 120, `Add at most ${MAX_NAMES_AT_ONCE} students at a time.`)
  .transform((text) => text.split(/\r?\n/).filter((line) => line.trim() !== ''))
  .pipe(
    z
      .array(DisplayNameSchema)
      .min(1, 'Write the name of at least one student, one name per line.')
      .max(MAX_NAMES_AT_ONCE, `Add at most ${MAX_NAMES_AT_ONCE} students at a time.`),
  );

/**
 * Makes an account for each named student, with a username and a personal code, and puts them on
 * one of this teacher's open classes: all of them or, on any refusal, none. The codes are hashed
 * before the transaction (argon2 costs ~13 ms of a core each) so the database is held only for
 * the inserts; a username taken meanwhile by a racing request inserts nothing and the next free
 * one is tried. The cards returned are the only place the codes ever appear.
 */
export async function addStudentsByName(
  db: Kysely<Database>,
  teacherId: string,
  classId: string,
  names: string[],
  now = new Date(),
): Promise<SignInCard[]> {
  const klass = await db
    .selectFrom('classes')
    .select(['id', 'name', 'join_code', 'archived_at'])
    .where('id', '=', classId)
    .where('teacher_id', '=', teacherId)
    .executeTakeFirst();
  if (!klass) throw classNotFound();
  if (klass.archived_at !== null)
    throw new AppError('conflict', 'This class is archived. Restore it before adding students.');
  await takePoint(db, LIMITS.signInCardsTeacher(), teacherId, 'You have made many sign-in cards in the last hour.');

  const codes = names.map(() => newPersonalCode());
  const hashes = await Promise.all(codes.map(hashPassword));
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const taken = await takenUsernames(trx, [...new Set(names.map(usernameBase))]);
    const cards: SignInCard[] = [];
    for (const [i, name] of names.entries()) {
      const id = newUserId();
      const username = await insertWithFreeUsername(trx, usernameBase(name), taken, (username) => ({
        id,
        email: username,
        name,
        password_hash: hashes[i]!,
        role: 'student',
        managed_by: teacherId,
        created_at: stamp,
        updated_at: stamp,
      }));
      await trx.insertInto('class_members').values({ class_id: klass.id, student_id: id, joined_at: stamp }).execute();
      cards.push({
        studentId: id,
        name,
        username,
        personalCode: formatJoinCode(codes[i]!),
        className: klass.name,
        classCode: formatJoinCode(klass.join_code),
      });
    }
    return cards;
  });
}

async function takenUsernames(db: Kysely<Database>, bases: string[]): Promise<Set<string>> {
  // Bases are [a-z0-9.] only, so neither LIKE wildcard can be in them.
  const rows = await db
    .selectFrom('users')
    .select('email')
    .where((eb) => eb.or(bases.map((base) => eb('email', 'like', `${base}%`))))
    .execute();
  return new Set(rows.map((row) => row.email));
}

async function insertWithFreeUsername(
  db: Kysely<Database>,
  base: string,
  taken: Set<string>,
  row: (username: string) => Insertable<UsersTable>,
): Promise<string> {
  for (;;) {
    const username = firstFreeUsername(base, taken);
    taken.add(username);
    const inserted = await db
      .insertInto('users')
      .values(row(username))
      .onConflict((oc) => oc.column('email').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return username;
  }
}
