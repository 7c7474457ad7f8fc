import 'server-only';
import type { Selectable, Transaction } from 'kysely';
import { isPostgres } from '@/lib/attempts/lock';
import type { AssignmentsTable, Database } from '@/lib/db/schema';

/**
 * The teacher's own assignment (ownership in the WHERE clause), its row locked for the rest of the
 * transaction on PostgreSQL, so an edit or archive and a student's start take turns (a start holds
 * the row with FOR SHARE while it inserts). SQLite serialises write transactions already.
 */
export async function lockOwnedAssignment(
  trx: Transaction<Database>,
  teacherId: string,
  assignmentId: string,
): Promise<Selectable<AssignmentsTable> | undefined> {
  let query = trx
    .selectFrom('assignments')
    .selectAll()
    .where('id', '=', assignmentId)
    .where('class_id', 'in', (eb) => eb.selectFrom('classes').select('classes.id').where('teacher_id', '=', teacherId));
  if (isPostgres(trx)) query = query.forUpdate();
  return query.executeTakeFirst();
}
