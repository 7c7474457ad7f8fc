import 'server-only';
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { PERMISSIONS } from '@/lib/auth/roles';
import type { Database } from '@/lib/db/schema';
import { cannotTeach } from './errors';
import { generateJoinCode } from './join-code';
import { normalizeClassName } from './normalize-class-name';
import type { TeacherClass } from './views';

const MAX_CODE_TRIES = 5;

export function newClassId(): string {
  return `c_${randomBytes(12).toString('base64url')}`;
}

/**
 * Creates a class with a fresh join code. The insert selects the teacher from `users` by id and a
 * role that may write classes, so the permission is checked by the database in the same statement;
 * a code that happens to be taken already inserts nothing and is retried with another.
 */
export async function createClass(
  db: Kysely<Database>,
  teacherId: string,
  rawName: string,
  { now = new Date(), generateCode = generateJoinCode }: { now?: Date; generateCode?: () => string } = {},
): Promise<TeacherClass> {
  const name = normalizeClassName(rawName);
  const stamp = now.toISOString();
  const roles: readonly string[] = PERMISSIONS['class.write'];
  for (let round = 0; round < MAX_CODE_TRIES; round++) {
    const id = newClassId();
    const joinCode = generateCode();
    const inserted = await db
      .insertInto('classes')
      .columns(['id', 'teacher_id', 'name', 'join_code', 'archived_at', 'created_at', 'updated_at'])
      .expression(
        db
          .selectFrom('users')
          .select([
            sql<string>`${id}`.as('id'),
            'users.id as teacher_id',
            sql<string>`${name}`.as('name'),
            sql<string>`${joinCode}`.as('join_code'),
            sql<null>`null`.as('archived_at'),
            sql<string>`${stamp}`.as('created_at'),
            sql<string>`${stamp}`.as('updated_at'),
          ])
          .where('users.id', '=', teacherId)
          .where('users.role', 'in', roles),
      )
      .onConflict((oc) => oc.column('join_code').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
      return { id, name, joinCode, isArchived: false, studentCount: 0, createdAt: stamp };
    }
    const teacher = await db
      .selectFrom('users')
      .select('id')
      .where('id', '=', teacherId)
      .where('role', 'in', roles)
      .executeTakeFirst();
    if (!teacher) throw cannotTeach();
  }
  throw new Error(`Could not find an unused join code in ${MAX_CODE_TRIES} tries`);
}
