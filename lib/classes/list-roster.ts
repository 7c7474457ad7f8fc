import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { classNotFound } from './errors';
import type { RosterEntry } from './views';

/**
 * The students of one of this teacher's classes, by name; another teacher's class is not found.
 * `email` is what each signs in with: an address, or the username of an account this teacher made
 * (`hasSignInCard`: the teacher can give them a new card).
 */
export async function listRoster(db: Kysely<Database>, teacherId: string, classId: string): Promise<RosterEntry[]> {
  const owned = await db
    .selectFrom('classes')
    .select('id')
    .where('id', '=', classId)
    .where('teacher_id', '=', teacherId)
    .executeTakeFirst();
  if (!owned) throw classNotFound();
  const rows = await db
    .selectFrom('class_members')
    .innerJoin('users', 'users.id', 'class_members.student_id')
    .select(['users.id', 'users.name', 'users.email', 'users.managed_by', 'class_members.joined_at'])
    .where('class_members.class_id', '=', owned.id)
    .orderBy('users.name')
    .orderBy('users.email')
    .execute();
  return rows.map((row) => ({
    studentId: row.id,
    name: row.name,
    email: row.email,
    joinedAt: row.joined_at,
    hasSignInCard: row.managed_by === teacherId,
  }));
}
