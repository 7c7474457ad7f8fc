import 'server-only';
import type { Kysely } from 'kysely';
import { AttemptError } from '@/lib/attempts/errors';
import type { Database } from '@/lib/db/schema';
import { effectiveRules } from './rules';

/** An assignment as one student of its class sees it, with that student's rules; 404 for anyone else. */
export async function loadAssignmentForStudent(db: Kysely<Database>, assignmentId: string, studentId: string) {
  const assignment = await db
    .selectFrom('assignments')
    .innerJoin('class_members', 'class_members.class_id', 'assignments.class_id')
    .innerJoin('classes', 'classes.id', 'assignments.class_id')
    .selectAll('assignments')
    .where('assignments.id', '=', assignmentId)
    .where('class_members.student_id', '=', studentId)
    .where('classes.archived_at', 'is', null)
    .executeTakeFirst();
  if (!assignment) throw new AttemptError('not_found', 'No such assignment for you.');
  const accommodation = await db
    .selectFrom('accommodations')
    .selectAll()
    .where('assignment_id', '=', assignment.id)
    .where('student_id', '=', studentId)
    .executeTakeFirst();
  return { assignment, accommodation, rules: effectiveRules(assignment, accommodation) };
}
