import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { describeAssignment } from '@/lib/gradebook/describe-assignment';
import { loadCells } from '@/lib/gradebook/load-cells';
import { listGradeChangesForStudent, type GradeChangeView } from '@/lib/regrade/list-grade-changes-for-student';
import type { CellStatus } from '@/lib/gradebook/views';
import { loadDisclosures } from './load-disclosure';
import { effectiveRules } from './rules';

// A student's "My work": every assignment of their current classes as a to-do list. What they
// can do now comes first (soonest due first, overdue work that is still accepted at the top), then
// what has not opened yet (soonest opening first), then what is done (most recently due first).
// The results it names are only those the review policy shows this student now
// (lib/assignments/disclosure.ts, through loadDisclosures): a hidden score is not in the view.

export type MyWorkGroup = 'todo' | 'upcoming' | 'done';

export type MyWorkItem = {
  id: string;
  classId: string;
  className: string;
  title: string;
  group: MyWorkGroup;
  status: CellStatus;
  opensAt: string;
  /** This student's due date, after accommodations. */
  dueAt: string;
  /** No attempt can start after this (this student's, after accommodations); null: late work always accepted. */
  closesAt: string | null;
  /** Attempts started (of any status but superseded). */
  attemptsUsed: number;
  /** Null: unlimited. */
  attemptsAllowed: number | null;
  /** The attempt in progress, to continue. */
  inProgressAttemptId: string | null;
  /** Start a new attempt now (open, attempts left, nothing in progress, not excused). */
  canStart: boolean;
  /** The counted submitted attempt, for "View results"; with its score only when the policy shows it now. */
  results: { attemptId: string; score: number | null; max: number; moreAt: string | null } | null;
  /** The teacher's latest change to this work's grade, with its reason, as far as the policy shows it now. */
  gradeChange: GradeChangeView | null;
};

const GROUP_ORDER: Record<MyWorkGroup, number> = { todo: 0, upcoming: 1, done: 2 };

/** The to-do list's order: todo by due date, upcoming by opening date, done latest due first. */
export function compareMyWork(a: MyWorkItem, b: MyWorkItem): number {
  const byGroup = GROUP_ORDER[a.group] - GROUP_ORDER[b.group];
  if (byGroup !== 0) return byGroup;
  if (a.group === 'upcoming') return a.opensAt.localeCompare(b.opensAt) || a.dueAt.localeCompare(b.dueAt);
  if (a.group === 'done') return b.dueAt.localeCompare(a.dueAt) || a.title.localeCompare(b.title);
  return a.dueAt.localeCompare(b.dueAt) || a.title.localeCompare(b.title);
}

function groupOf(status: CellStatus, hasOpened: boolean, isActionable: boolean): MyWorkGroup {
  if (status === 'in_progress') return 'todo';
  if (status === 'submitted' || status === 'late' || status === 'excused') return 'done';
  if (!hasOpened) return 'upcoming';
  return isActionable ? 'todo' : 'done';
}

/** Options: `classId` keeps to one of the student's classes (the "work for this class" link on /classes). */
export async function listMyWork(
  db: Kysely<Database>,
  studentId: string,
  now: Date,
  { classId }: { classId?: string } = {},
): Promise<MyWorkItem[]> {
  let query = db
    .selectFrom('assignments')
    .innerJoin('class_members', 'class_members.class_id', 'assignments.class_id')
    .innerJoin('classes', 'classes.id', 'assignments.class_id')
    .selectAll('assignments')
    .select('classes.name as class_name')
    .where('class_members.student_id', '=', studentId)
    .where('classes.archived_at', 'is', null)
    // A deleted (archived) assignment is off the list; its attempts are kept for the record.
    .where('assignments.archived_at', 'is', null)
    .orderBy('assignments.due_at')
    .orderBy('assignments.id');
  if (classId !== undefined) query = query.where('assignments.class_id', '=', classId);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // loadCells finalises timed attempts that ran out, so the attempts are read after it.
  const cellOf = await loadCells(db, rows, [studentId], now);
  const [attempts, accommodations, changes] = await Promise.all([
    db
      .selectFrom('attempts')
      .select(['id', 'assignment_id', 'kind', 'status', 'policy_assignment_id', 'question_ids'])
      .where('owner_id', '=', studentId)
      .where('assignment_id', 'in', ids)
      .execute(),
    db
      .selectFrom('accommodations')
      .selectAll()
      .where('student_id', '=', studentId)
      .where('assignment_id', 'in', ids)
      .execute(),
    listGradeChangesForStudent(db, studentId, now),
  ]);
  const disclosureOf = await loadDisclosures(db, studentId, attempts, now);
  const items = rows.map((row): MyWorkItem => {
    const cell = cellOf(row.id, studentId);
    const rules = effectiveRules(
      row,
      accommodations.find((a) => a.assignment_id === row.id),
    );
    const mine = attempts.filter((a) => a.assignment_id === row.id);
    const inProgress = mine.find((a) => a.status === 'in_progress');
    const hasOpened = now >= rules.opensAt;
    const isAccepting = hasOpened && (rules.closesAt === null || now < rules.closesAt);
    const hasAttemptsLeft = rules.attemptsAllowed === null || cell.attempts < rules.attemptsAllowed;
    const canStart = !inProgress && isAccepting && hasAttemptsLeft && cell.status !== 'excused';
    const counted = cell.attemptId ? mine.find((a) => a.id === cell.attemptId) : undefined;
    const disclosure = counted ? disclosureOf(counted) : undefined;
    return {
      id: row.id,
      classId: row.class_id,
      className: row.class_name,
      title: describeAssignment(row).title,
      group: groupOf(cell.status, hasOpened, canStart || inProgress !== undefined),
      status: cell.status,
      opensAt: row.opens_at,
      dueAt: cell.dueAt,
      closesAt: rules.closesAt?.toISOString() ?? null,
      attemptsUsed: cell.attempts,
      attemptsAllowed: rules.attemptsAllowed,
      inProgressAttemptId: inProgress?.id ?? null,
      canStart,
      results:
        counted && disclosure
          ? {
              attemptId: counted.id,
              score: disclosure.score ? cell.score : null,
              max: cell.max,
              moreAt: disclosure.moreAt,
            }
          : null,
      gradeChange: changes.find((c) => c.assignmentId === row.id) ?? null,
    };
  });
  return items.sort(compareMyWork);
}
