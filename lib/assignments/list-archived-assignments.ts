import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { describeAssignment } from '@/lib/gradebook/describe-assignment';

export type ArchivedAssignment = { id: string; title: string; dueAt: string; archivedAt: string };

/** The deleted (archived) assignments of a class the teacher owns, most recently deleted first, so they can be opened and restored. */
export async function listArchivedAssignments(
  db: Kysely<Database>,
  teacherId: string,
  classId: string,
): Promise<ArchivedAssignment[]> {
  const rows = await db
    .selectFrom('assignments')
    .innerJoin('classes', 'classes.id', 'assignments.class_id')
    .selectAll('assignments')
    .where('assignments.class_id', '=', classId)
    .where('classes.teacher_id', '=', teacherId)
    .where('assignments.archived_at', 'is not', null)
    .orderBy('assignments.archived_at', 'desc')
    .orderBy('assignments.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: describeAssignment(row).title,
    dueAt: row.due_at,
    archivedAt: row.archived_at!,
  }));
}
