import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { classNotFound } from './errors';
import { normalizeClassName } from './normalize-class-name';

/** Renames one of this teacher's classes; another teacher's class is not found. Returns the name as stored. */
export async function renameClass(
  db: Kysely<Database>,
  teacherId: string,
  classId: string,
  rawName: string,
  now = new Date(),
): Promise<string> {
  const name = normalizeClassName(rawName);
  const updated = await db
    .updateTable('classes')
    .set({ name, updated_at: now.toISOString() })
    .where('id', '=', classId)
    .where('teacher_id', '=', teacherId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw classNotFound();
  return name;
}
