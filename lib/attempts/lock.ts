import 'server-only';
import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';
import type { Database } from '@/lib/db/schema';

/**
 * Loads an attempt only if it belongs to this owner (ownership in the WHERE clause, never load
 * then filter), locking its row for the rest of the transaction so saves and submits on one
 * attempt happen one at a time. PostgreSQL takes a row lock; SQLite serialises every write
 * transaction on its single connection already and has no FOR UPDATE.
 */
export async function lockOwnedAttempt(trx: Transaction<Database> | Kysely<Database>, attemptId: string, ownerId: string) {
  let query = trx.selectFrom('attempts').selectAll().where('id', '=', attemptId).where('owner_id', '=', ownerId);
  if (trx.getExecutor().adapter instanceof PostgresAdapter) query = query.forUpdate();
  return query.executeTakeFirst();
}
