import 'server-only';
import type { Kysely, Selectable } from 'kysely';
import type { AssignmentsTable, Database } from '@/lib/db/schema';
import type { GradebookStudent } from './views';

// Every gradebook read starts here: the teacher's id is in the WHERE clause, so another teacher's
// class or assignment is never loaded at all (undefined, which callers answer as not found).

export type OwnedClass = { id: string; name: string; archived_at: string | null };
export type OwnedAssignment = Selectable<AssignmentsTable> & { class_name: string };

export async function loadOwnedClass(
  db: Kysely<Database>,
  teacherId: string,
  classId: string,
): Promise<OwnedClass | undefined> {
  return db
    .selectFrom('classes')
    .select(['id', 'name', 'archived_at'])
    .where('id', '=', classId)
    .where('teacher_id', '=', teacherId)
    .executeTakeFirst();
}

export async function loadOwnedAssignment(
  db: Kysely<Database>,
  teacherId: string,
  assignmentId: string,
): Promise<OwnedAssignment | undefined> {
  return db
    .selectFrom('assignments')
    .innerJoin('classes', 'classes.id', 'assignments.class_id')
    .selectAll('assignments')
    .select('classes.name as class_name')
    .where('assignments.id', '=', assignmentId)
    .where('classes.teacher_id', '=', teacherId)
    .executeTakeFirst();
}

/** The class's current members, by name then email. */
export async function listCurrentStudents(db: Kysely<Database>, classId: string): Promise<GradebookStudent[]> {
  return db
    .selectFrom('class_members')
    .innerJoin('users', 'users.id', 'class_members.student_id')
    .select(['users.id', 'users.name', 'users.email'])
    .where('class_members.class_id', '=', classId)
    .orderBy('users.name')
    .orderBy('users.email')
    .execute();
}
