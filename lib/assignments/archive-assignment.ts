import 'server-only';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { assignmentNotFound } from '@/lib/gradebook/errors';
import { loadOwnedAssignment } from '@/lib/gradebook/load-owned';
import { recordAssignmentHistory } from './assignment-history';
import { lockOwnedAssignment } from './lock-owned-assignment';

// Deleting an assignment archives it: it leaves the gradebook, the class's lists, students' work
// and the dashboards, takes no new attempts or answers, and keeps its attempts for the record. The
// teacher can still open it (read-only) and restore it, which puts everything back as it was.

export type AttemptCount = { students: number; attempts: number };

type Db = Kysely<Database> | Transaction<Database>;

async function countAttempts(db: Db, assignmentId: string): Promise<AttemptCount> {
  const row = await db
    .selectFrom('attempts')
    .select((eb) => [eb.fn.countAll().as('attempts'), eb.fn.count('owner_id').distinct().as('students')])
    .where('assignment_id', '=', assignmentId)
    .executeTakeFirst();
  return { students: Number(row?.students ?? 0), attempts: Number(row?.attempts ?? 0) };
}

/** How many students and attempts deleting the teacher's own assignment would set aside; undefined for anyone else's. */
export async function countAssignmentAttempts(
  db: Kysely<Database>,
  teacherId: string,
  assignmentId: string,
): Promise<AttemptCount | undefined> {
  const owned = await loadOwnedAssignment(db, teacherId, assignmentId);
  return owned ? countAttempts(db, owned.id) : undefined;
}

/**
 * Archives (or with `isArchived` false restores) the teacher's own assignment, with its history
 * row, in one transaction that holds the assignment's row so a start racing it either comes first
 * (and is counted) or is refused. Doing it twice changes nothing the second time.
 */
export async function setAssignmentArchived(
  db: Kysely<Database>,
  teacherId: string,
  assignmentId: string,
  isArchived: boolean,
  now = new Date(),
): Promise<AttemptCount & { isArchived: boolean }> {
  return db.transaction().execute(async (trx) => {
    const row = await lockOwnedAssignment(trx, teacherId, assignmentId);
    if (!row) throw assignmentNotFound();
    const count = await countAttempts(trx, row.id);
    if ((row.archived_at !== null) === isArchived) return { ...count, isArchived };
    await trx
      .updateTable('assignments')
      .set({ archived_at: isArchived ? now.toISOString() : null })
      .where('id', '=', row.id)
      .execute();
    await recordAssignmentHistory(trx, {
      assignmentId: row.id,
      teacherId,
      action: isArchived ? 'archive' : 'restore',
      details: count,
      now,
    });
    return { ...count, isArchived };
  });
}
