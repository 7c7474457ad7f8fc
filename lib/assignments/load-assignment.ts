import 'server-only';
import type { Kysely } from 'kysely';
import { assignmentArchived } from '@/lib/attempts/errors';
import { AppError } from '@/lib/errors';
import type { Database } from '@/lib/db/schema';
import { effectiveRules } from './rules';

/**
 * An assignment as one student of its class sees it, with that student's rules; 404 for anyone
 * else. The membership check and the student's accommodation are one query with the assignment.
 */
export async function loadAssignmentForStudent(db: Kysely<Database>, assignmentId: string, studentId: string) {
  const row = await db
    .selectFrom('assignments')
    .innerJoin('class_members', 'class_members.class_id', 'assignments.class_id')
    .innerJoin('classes', 'classes.id', 'assignments.class_id')
    .leftJoin('accommodations', (join) =>
      join.onRef('accommodations.assignment_id', '=', 'assignments.id').on('accommodations.student_id', '=', studentId),
    )
    .selectAll('assignments')
    .select([
      'accommodations.time_multiplier as acc_time_multiplier',
      'accommodations.is_untimed as acc_is_untimed',
      'accommodations.due_at as acc_due_at',
      'accommodations.closes_at as acc_closes_at',
      'accommodations.updated_at as acc_updated_at',
    ])
    .where('assignments.id', '=', assignmentId)
    .where('class_members.student_id', '=', studentId)
    .where('classes.archived_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such assignment for you.');
  if (row.archived_at !== null) throw assignmentArchived();
  const { acc_time_multiplier, acc_is_untimed, acc_due_at, acc_closes_at, acc_updated_at, ...assignment } = row;
  const accommodation =
    acc_updated_at === null
      ? undefined
      : {
          assignment_id: assignment.id,
          student_id: studentId,
          time_multiplier: acc_time_multiplier,
          is_untimed: acc_is_untimed!,
          due_at: acc_due_at,
          closes_at: acc_closes_at,
          updated_at: acc_updated_at,
        };
  return { assignment, accommodation, rules: effectiveRules(assignment, accommodation) };
}
