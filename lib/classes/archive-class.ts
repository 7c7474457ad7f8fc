import 'server-only';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { classNotFound } from './errors';

/**
 * Archives or unarchives one of this teacher's classes. An archived class keeps its roster but
 * takes no new students. Archiving twice keeps the first archive time.
 */
export async function setClassArchived(
  db: Kysely<Database>,
  teacherId: string,
  classId: string,
  isArchived: boolean,
  now = new Date(),
): Promise<void> {
  const stamp = now.toISOString();
  const updated = await db
    .updateTable('classes')
    .set({ archived_at: isArchived ? sql<string>`coalesce(archived_at, ${stamp})` : null, updated_at: stamp })
    .where('id', '=', classId)
    .where('teacher_id', '=', teacherId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw classNotFound();
}

export const archiveClass = (db: Kysely<Database>, teacherId: string, classId: string, now?: Date) =>
  setClassArchived(db, teacherId, classId, true, now);

export const unarchiveClass = (db: Kysely<Database>, teacherId: string, classId: string, now?: Date) =>
  setClassArchived(db, teacherId, classId, false, now);
