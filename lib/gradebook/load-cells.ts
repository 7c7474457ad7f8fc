import 'server-only';
import type { Kysely, Selectable } from 'kysely';
import { finalizeIfExpired } from '@/lib/assignments/finalize-expired';
import { effectiveRules, isPastDeadline } from '@/lib/assignments/rules';
import type { AssignmentsTable, Database } from '@/lib/db/schema';
import { describeAssignment } from './describe-assignment';
import { gradeCell, type CellAttempt, type OverrideRow } from './grade-cell';
import type { GradebookCell } from './views';

const key = (assignmentId: string, studentId: string) => `${assignmentId}\u0000${studentId}`;

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

async function loadAttempts(db: Kysely<Database>, assignmentIds: string[], studentIds: string[]) {
  return db
    .selectFrom('attempts')
    .selectAll()
    .where('assignment_id', 'in', assignmentIds)
    .where('owner_id', 'in', studentIds)
    .execute();
}

/**
 * The grade of each of these students on each of these assignments (the caller loaded both from a
 * class of the teacher's, ownership in the WHERE clause). A timed attempt whose time ran out is
 * submitted first, with the answers saved in time, as when its student next looks at it.
 */
export async function loadCells(
  db: Kysely<Database>,
  assignments: readonly Selectable<AssignmentsTable>[],
  studentIds: readonly string[],
  now: Date,
): Promise<(assignmentId: string, studentId: string) => GradebookCell> {
  const cells = new Map<string, GradebookCell>();
  const cellOf = (assignmentId: string, studentId: string) => {
    const cell = cells.get(key(assignmentId, studentId));
    if (!cell) throw new Error(`No gradebook cell was loaded for ${assignmentId} × ${studentId}`);
    return cell;
  };
  if (assignments.length === 0 || studentIds.length === 0) return cellOf;
  const ids = assignments.map((a) => a.id);
  const students = [...studentIds];
  let attempts = await loadAttempts(db, ids, students);
  const expired = attempts.filter((a) => a.status === 'in_progress' && isPastDeadline(a.deadline_at, now));
  if (expired.length > 0) {
    for (const attempt of expired) await finalizeIfExpired(db, attempt, now);
    attempts = await loadAttempts(db, ids, students);
  }
  const [accommodations, overrides] = await Promise.all([
    db
      .selectFrom('accommodations')
      .selectAll()
      .where('assignment_id', 'in', ids)
      .where('student_id', 'in', students)
      .execute(),
    db
      .selectFrom('grade_overrides')
      .innerJoin('users', 'users.id', 'grade_overrides.teacher_id')
      .select([
        'grade_overrides.id',
        'grade_overrides.assignment_id',
        'grade_overrides.student_id',
        'grade_overrides.score',
        'grade_overrides.is_excused',
        'grade_overrides.reason',
        'grade_overrides.teacher_id',
        'grade_overrides.created_at',
        'users.name as teacher_name',
      ])
      .where('grade_overrides.assignment_id', 'in', ids)
      .where('grade_overrides.student_id', 'in', students)
      // The log is append-only; its order is the order of the entries' times.
      .orderBy('grade_overrides.created_at')
      .orderBy('grade_overrides.id')
      .execute(),
  ]);

  const attemptsByCell = groupBy<CellAttempt & { assignment_id: string | null; owner_id: string }>(attempts, (a) =>
    key(a.assignment_id ?? '', a.owner_id),
  );
  const overridesByCell = groupBy<OverrideRow & { assignment_id: string; student_id: string }>(overrides, (o) =>
    key(o.assignment_id, o.student_id),
  );
  const accommodationByCell = new Map(accommodations.map((a) => [key(a.assignment_id, a.student_id), a]));
  for (const assignment of assignments) {
    const { grading, max } = describeAssignment(assignment);
    for (const studentId of students) {
      const k = key(assignment.id, studentId);
      cells.set(
        k,
        gradeCell({
          assignmentId: assignment.id,
          studentId,
          grading,
          max,
          dueAt: effectiveRules(assignment, accommodationByCell.get(k)).dueAt,
          attempts: attemptsByCell.get(k) ?? [],
          overrides: overridesByCell.get(k) ?? [],
          now,
        }),
      );
    }
  }
  return cellOf;
}
