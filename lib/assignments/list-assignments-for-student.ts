import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { describeAssignment } from '@/lib/gradebook/describe-assignment';
import { loadCells } from '@/lib/gradebook/load-cells';
import type { CellStatus } from '@/lib/gradebook/views';
import { listGradeChangesForStudent, type GradeChangeView } from '@/lib/regrade/list-grade-changes-for-student';

export type StudentAssignment = {
  id: string;
  classId: string;
  title: string;
  /** This student's due date, after accommodations. */
  dueAt: string;
  status: CellStatus;
  /** 'continue' an attempt in progress, 'start' a new one while open with attempts left, or neither. */
  action: 'start' | 'continue' | null;
  /** "Grade changed by your teacher": the latest change the review policy lets the student see, or null. */
  gradeChange: GradeChangeView | null;
};

/** The assignments of the student's current classes, soonest due first, with their status for this student. */
export async function listAssignmentsForStudent(
  db: Kysely<Database>,
  studentId: string,
  now: Date,
): Promise<StudentAssignment[]> {
  const rows = await db
    .selectFrom('assignments')
    .innerJoin('class_members', 'class_members.class_id', 'assignments.class_id')
    .innerJoin('classes', 'classes.id', 'assignments.class_id')
    .selectAll('assignments')
    .where('class_members.student_id', '=', studentId)
    .where('classes.archived_at', 'is', null)
    .where('assignments.archived_at', 'is', null)
    .orderBy('assignments.due_at')
    .orderBy('assignments.id')
    .execute();
  const [cellOf, changes] = await Promise.all([
    loadCells(db, rows, [studentId], now),
    listGradeChangesForStudent(db, studentId, now),
  ]);
  return rows.map((row) => {
    const cell = cellOf(row.id, studentId);
    const isOpen =
      now >= new Date(row.opens_at) && (!row.closes_at || now < new Date(row.closes_at) || now < new Date(cell.dueAt));
    const hasAttemptsLeft = row.attempts_allowed === null || cell.attempts < row.attempts_allowed;
    const action =
      cell.status === 'in_progress'
        ? 'continue'
        : isOpen && hasAttemptsLeft && cell.status !== 'excused'
          ? 'start'
          : null;
    return {
      id: row.id,
      classId: row.class_id,
      title: describeAssignment(row).title,
      dueAt: cell.dueAt,
      status: cell.status,
      action,
      gradeChange: changes.find((c) => c.assignmentId === row.id) ?? null,
    };
  });
}
