import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@/lib/db/schema';

// The assignment's history: one append-only row per edit, archive or restore, with who and when,
// and for an edit each field's value before and after (in the units the form shows: minutes, ISO
// instants, policy choices). Rows are never updated or deleted.

export const EDITABLE_FIELDS = [
  'opensAt',
  'dueAt',
  'closesAt',
  'attemptsAllowed',
  'grading',
  'timeLimitMinutes',
  'reviewScore',
  'reviewAnswers',
  'reviewCorrect',
  'questionPool',
  'questionCount',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type FieldValue = string | number | null;
export type FieldChanges = Partial<Record<EditableField, { from: FieldValue; to: FieldValue }>>;

export type AssignmentHistoryDetails = {
  changes?: FieldChanges;
  /** Attempts in progress whose deadline moved with the close date. */
  movedDeadlines?: number;
  /** What an archive set aside (kept for the record). */
  students?: number;
  attempts?: number;
};

export type HistoryAction = 'edit' | 'archive' | 'restore';

export type AssignmentHistoryEntry = {
  id: string;
  action: HistoryAction;
  teacherName: string;
  createdAt: string;
  details: AssignmentHistoryDetails;
};

type Db = Kysely<Database> | Transaction<Database>;

export async function recordAssignmentHistory(
  db: Db,
  entry: {
    assignmentId: string;
    teacherId: string;
    action: HistoryAction;
    details: AssignmentHistoryDetails;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('assignment_history')
    .values({
      id: `ah_${randomBytes(12).toString('base64url')}`,
      assignment_id: entry.assignmentId,
      teacher_id: entry.teacherId,
      action: entry.action,
      details: JSON.stringify(entry.details),
      created_at: entry.now.toISOString(),
    })
    .execute();
}

/** The history of an assignment the caller has already loaded as the teacher's own, newest first. */
export async function listAssignmentHistory(db: Db, assignmentId: string): Promise<AssignmentHistoryEntry[]> {
  const rows = await db
    .selectFrom('assignment_history')
    .innerJoin('users', 'users.id', 'assignment_history.teacher_id')
    .select([
      'assignment_history.id',
      'assignment_history.action',
      'assignment_history.details',
      'assignment_history.created_at',
      'users.name as teacher_name',
    ])
    .where('assignment_history.assignment_id', '=', assignmentId)
    .orderBy('assignment_history.created_at', 'desc')
    .orderBy('assignment_history.id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    action: row.action as HistoryAction,
    teacherName: row.teacher_name,
    createdAt: row.created_at,
    details: JSON.parse(row.details) as AssignmentHistoryDetails,
  }));
}
