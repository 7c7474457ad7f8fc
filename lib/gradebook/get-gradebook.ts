import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { describeAssignment } from './describe-assignment';
import { loadCells } from './load-cells';
import { listCurrentStudents, loadOwnedClass } from './load-owned';
import type { Gradebook } from './views';

/**
 * The gradebook of one of this teacher's classes: its current students (by name) × its
 * assignments (by due date), each cell with the grade that counts, its status and the override
 * history. Undefined for a class that is not this teacher's.
 */
export async function getGradebook(
  db: Kysely<Database>,
  teacherId: string,
  classId: string,
  now: Date,
): Promise<Gradebook | undefined> {
  const owned = await loadOwnedClass(db, teacherId, classId);
  if (!owned) return undefined;
  const [assignmentRows, students] = await Promise.all([
    db
      .selectFrom('assignments')
      .selectAll()
      .where('class_id', '=', owned.id)
      // Deleted (archived) assignments leave the gradebook; their attempts stay for the record.
      .where('archived_at', 'is', null)
      .orderBy('due_at')
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    listCurrentStudents(db, owned.id),
  ]);
  const cellOf = await loadCells(
    db,
    assignmentRows,
    students.map((s) => s.id),
    now,
  );
  return {
    class: { id: owned.id, name: owned.name, archivedAt: owned.archived_at },
    assignments: assignmentRows.map(describeAssignment),
    rows: students.map((student) => ({
      student,
      cells: assignmentRows.map((assignment) => cellOf(assignment.id, student.id)),
    })),
  };
}
