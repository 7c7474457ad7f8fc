import 'server-only';
import type { Selectable } from 'kysely';
import { attemptTitle, drawOf, resolveTarget } from '@/lib/attempts/targets';
import type { AttemptKind } from '@/lib/attempts/views';
import type { AssignmentsTable } from '@/lib/db/schema';
import type { GradebookAssignment } from './views';

/**
 * An assignment as the gradebook shows it. Its max is the number of questions an attempt holds
 * (each worth 1): every student draws as many from the same pool, so it is the same for every
 * seed and known before anyone starts.
 */
export function describeAssignment(row: Selectable<AssignmentsTable>): GradebookAssignment {
  const kind = row.kind as Exclude<AttemptKind, 'retake' | 'review'>;
  const target = resolveTarget({ courseId: row.course_id, kind, moduleId: row.module_id }, 'max', drawOf(row));
  return {
    id: row.id,
    title: attemptTitle(target.course, kind, row.module_id),
    kind: row.kind,
    moduleId: row.module_id,
    opensAt: row.opens_at,
    dueAt: row.due_at,
    closesAt: row.closes_at,
    grading: row.grading === 'last' ? 'last' : 'highest',
    attemptsAllowed: row.attempts_allowed,
    max: target.questionIds.length,
    questionPool: drawOf(row).pool,
    questionCount: target.questionIds.length,
  };
}
