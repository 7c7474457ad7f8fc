import { Migrator, SqliteAdapter, sql, type Kysely } from 'kysely';
import { migrations } from './migrations';
import type { Database } from './schema';

export type MigrationOutcome = { applied: string[] };

/**
 * Brings the database to the newest schema and, on a new database, records when it was created.
 * Safe to run from several processes at once: on PostgreSQL Kysely's migrator takes an advisory
 * lock; on SQLite its lock is a no-op (it assumes one connection), so the whole run happens inside
 * a `BEGIN IMMEDIATE` transaction, which holds SQLite's write lock until it commits.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return runMigrations(db);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const outcome = await runMigrations(conn);
      await sql`commit`.execute(conn);
      return outcome;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}

async function runMigrations(db: Kysely<Database>): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Database migration ${failed ? `"${failed.migrationName}" ` : ''}failed: ${reason}`, {
      cause: error,
    });
  }
  const now = new Date().toISOString();
  await db
    .insertInto('app_meta')
    .values({ key: 'created_at', value: now, updated_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return { applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
