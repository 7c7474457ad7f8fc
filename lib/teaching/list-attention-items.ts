import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { describeAssignment } from '@/lib/gradebook/describe-assignment';
import { getAssignmentStatistics } from '@/lib/gradebook/get-assignment-statistics';
import { loadCells } from '@/lib/gradebook/load-cells';
import type { GradebookCell } from '@/lib/gradebook/views';
import { MIN_RESPONSES_TO_FLAG } from '@/lib/reports/item-analysis';
import { attentionByAssignment, flaggedQuestions, summarizeOverdue } from './attention-rules';
import type { AttentionItem, AttentionReason } from './views';

/** How far back the dashboard looks: older work is the gradebook's history, not today's to-do. */
export const ATTENTION_WINDOW_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * Work waiting for this teacher in their open classes, latest due date first, each assignment once: per assignment
 * that has opened and was due within ATTENTION_WINDOW_DAYS (or is still to come), the students who
 * missed it, were late or never finished, and the questions its statistics flag. Every query
 * names the teacher in its WHERE clause; the gradebook helpers then read only these assignments
 * and these students.
 */
export async function listAttentionItems(
  db: Kysely<Database>,
  teacherId: string,
  now = new Date(),
): Promise<AttentionItem[]> {
  const nowIso = now.toISOString();
  const since = new Date(now.getTime() - ATTENTION_WINDOW_DAYS * DAY_MS).toISOString();
  const assignments = await db
    .selectFrom('assignments')
    .innerJoin('classes', 'classes.id', 'assignments.class_id')
    .selectAll('assignments')
    .select('classes.name as class_name')
    .where('classes.teacher_id', '=', teacherId)
    .where('classes.archived_at', 'is', null)
    .where('assignments.archived_at', 'is', null)
    .where('assignments.opens_at', '<=', nowIso)
    .where('assignments.due_at', '>=', since)
    .orderBy('assignments.due_at', 'desc')
    .orderBy('assignments.id')
    .execute();
  if (assignments.length === 0) return [];
  const classIds = [...new Set(assignments.map((a) => a.class_id))];
  const members = await db
    .selectFrom('class_members')
    .innerJoin('classes', 'classes.id', 'class_members.class_id')
    .select(['class_members.class_id', 'class_members.student_id'])
    .where('classes.teacher_id', '=', teacherId)
    .where('class_members.class_id', 'in', classIds)
    .execute();

  const studentsOf = new Map(
    classIds.map((id) => [id, members.filter((m) => m.class_id === id).map((m) => m.student_id)]),
  );
  const cellsOf = new Map<string, (assignmentId: string, studentId: string) => GradebookCell>();
  for (const [classId, students] of studentsOf) {
    cellsOf.set(
      classId,
      await loadCells(
        db,
        assignments.filter((a) => a.class_id === classId),
        students,
        now,
      ),
    );
  }

  const reasons: AttentionReason[] = [];
  for (const assignment of assignments) {
    const students = studentsOf.get(assignment.class_id) ?? [];
    if (students.length === 0) continue;
    const cellOf = cellsOf.get(assignment.class_id)!;
    const cells = students.map((studentId) => cellOf(assignment.id, studentId));
    const base = {
      assignmentId: assignment.id,
      title: describeAssignment(assignment).title,
      classId: assignment.class_id,
      className: assignment.class_name,
      dueAt: assignment.due_at,
    };

    const overdue = summarizeOverdue(cells, now);
    if (overdue.missed + overdue.late + overdue.unfinished > 0)
      reasons.push({ ...base, kind: 'overdue', counts: overdue });

    // Statistics only once enough students have a counted attempt for a flag to mean something.
    const submitted = cells.filter((cell) => cell.attemptId !== null).length;
    if (submitted < MIN_RESPONSES_TO_FLAG) continue;
    const stats = await getAssignmentStatistics(db, teacherId, assignment.id, now);
    const questions = stats ? flaggedQuestions(stats) : [];
    if (questions.length > 0) reasons.push({ ...base, kind: 'flagged', summary: { submitted, questions } });
  }
  return attentionByAssignment(reasons);
}
