import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { describeAssignment } from '@/lib/gradebook/describe-assignment';
import type { GradebookAssignment } from '@/lib/gradebook/views';

export type ClassAssignment = GradebookAssignment & { timeLimitMinutes: number | null };

/** The assignments of a class the teacher owns, soonest due first; another teacher's class has none. */
export async function listAssignmentsForClass(
  db: Kysely<Database>,
  teacherId: string,
  classId: string,
): Promise<ClassAssignment[]> {
  const rows = await db
    .selectFrom('assignments')
    .innerJoin('classes', 'classes.id', 'assignments.class_id')
    .selectAll('assignments')
    .where('assignments.class_id', '=', classId)
    .where('classes.teacher_id', '=', teacherId)
    .where('assignments.archived_at', 'is', null)
    .orderBy('assignments.due_at')
    .orderBy('assignments.id')
    .execute();
  return rows.map((row) => ({
    ...describeAssignment(row),
    timeLimitMinutes: row.time_limit_seconds === null ? null : Math.round(row.time_limit_seconds / 60),
  }));
}
