import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { extraTimeOf } from './accommodation-options';
import type { AccommodationView } from './set-accommodation';

/**
 * The accommodations on one assignment of this teacher's, for students still in the class, by name.
 * Ownership is in the WHERE clause: another teacher's assignment lists nothing. A student who left
 * keeps their row (it applies again if they rejoin) but is not listed.
 */
export async function listAccommodations(
  db: Kysely<Database>,
  teacherId: string,
  assignmentId: string,
): Promise<AccommodationView[]> {
  const rows = await db
    .selectFrom('accommodations')
    .innerJoin('assignments', 'assignments.id', 'accommodations.assignment_id')
    .innerJoin('classes', 'classes.id', 'assignments.class_id')
    .innerJoin('class_members', (join) =>
      join
        .onRef('class_members.class_id', '=', 'assignments.class_id')
        .onRef('class_members.student_id', '=', 'accommodations.student_id'),
    )
    .innerJoin('users', 'users.id', 'accommodations.student_id')
    .select([
      'accommodations.student_id',
      'users.name',
      'accommodations.time_multiplier',
      'accommodations.is_untimed',
      'accommodations.due_at',
      'accommodations.updated_at',
    ])
    .where('accommodations.assignment_id', '=', assignmentId)
    .where('classes.teacher_id', '=', teacherId)
    .orderBy('users.name')
    .orderBy('users.email')
    .execute();
  return rows.map((r) => ({
    studentId: r.student_id,
    studentName: r.name,
    extraTime: extraTimeOf(r),
    dueAt: r.due_at,
    updatedAt: r.updated_at,
  }));
}
