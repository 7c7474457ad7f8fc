import 'server-only';
import type { Kysely, Selectable } from 'kysely';
import type { AssignmentsTable, Database } from '@/lib/db/schema';
import { loadCells } from './load-cells';
import { listCurrentStudents } from './load-owned';
import type { AttemptNeighbours, GradebookCell } from './views';

/**
 * The students before and after this one, in the gradebook's order (by name), among the class's
 * students with an attempt that counts for this assignment, each with that attempt; and this
 * student's gradebook cell (the override a grade shown there may carry). The caller loaded the
 * assignment from a class of the teacher's.
 */
export async function getAttemptNeighbours(
  db: Kysely<Database>,
  assignment: Selectable<AssignmentsTable>,
  studentId: string,
  now: Date,
): Promise<{ neighbours: AttemptNeighbours; cell: GradebookCell | null }> {
  const students = await listCurrentStudents(db, assignment.class_id);
  const cellOf = await loadCells(
    db,
    [assignment],
    students.map((s) => s.id),
    now,
  );
  const withWork = students
    .map((s) => ({ attemptId: cellOf(assignment.id, s.id).attemptId, studentName: s.name, studentId: s.id }))
    .filter((s): s is { attemptId: string; studentName: string; studentId: string } => s.attemptId !== null);
  const at = withWork.findIndex((s) => s.studentId === studentId);
  const pick = (i: number) => {
    const s = at === -1 ? undefined : withWork[i];
    return s ? { attemptId: s.attemptId, studentName: s.studentName } : null;
  };
  return {
    neighbours: { previous: pick(at - 1), next: pick(at + 1), position: at + 1, count: withWork.length },
    cell: students.some((s) => s.id === studentId) ? cellOf(assignment.id, studentId) : null,
  };
}
