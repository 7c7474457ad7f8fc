import 'server-only';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { toAdjustment, type Adjustment } from './grade-with-adjustments';

type Db = Kysely<Database> | Transaction<Database>;

/** The adjustments of these assignments, class-wide and per attempt, oldest first, by assignment id. */
export async function loadAdjustments(
  db: Db,
  assignmentIds: Iterable<string | null>,
): Promise<Map<string, Adjustment[]>> {
  const ids = [...new Set([...assignmentIds].filter((id): id is string => id !== null))];
  const byAssignment = new Map<string, Adjustment[]>();
  if (ids.length === 0) return byAssignment;
  const rows = await db
    .selectFrom('question_adjustments')
    .selectAll()
    .where('assignment_id', 'in', ids)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const row of rows)
    byAssignment.set(row.assignment_id, [...(byAssignment.get(row.assignment_id) ?? []), toAdjustment(row)]);
  return byAssignment;
}

/**
 * The adjustments a save of this question in this attempt must honour: its assignment's, for this
 * question, and the teacher's credit on this attempt's answer. Keyed on the attempt id so a save can read them alongside (or before) its own read.
 */
export async function loadAdjustmentsForSave(db: Db, attemptId: string, questionId: string): Promise<Adjustment[]> {
  const rows = await db
    .selectFrom('question_adjustments')
    .innerJoin('attempts', 'attempts.assignment_id', 'question_adjustments.assignment_id')
    .selectAll('question_adjustments')
    .where('attempts.id', '=', attemptId)
    .where('question_adjustments.question_id', '=', questionId)
    // The class-wide ones and this attempt's own credit, never another attempt's.
    .where((eb) =>
      eb.or([eb('question_adjustments.attempt_id', 'is', null), eb('question_adjustments.attempt_id', '=', attemptId)]),
    )
    .orderBy('question_adjustments.created_at')
    .execute();
  return rows.map(toAdjustment);
}
