import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from './config';
import type { Database } from './schema';

// Postgres returns int8 (what count() gives) and numeric as strings; the app wants numbers, as
// SQLite gives. Counts here never approach 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));

/** Opens a Kysely client for the given database. Callers own it and destroy it when done. */
export function createDb(config: DatabaseConfig): Kysely<Database> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // An idle client that loses its server (a Postgres restart) must not crash the process;
    // the next query gets a fresh connection.
    pool.on('error', (error) => console.error('[db] idle PostgreSQL client error:', error.message));
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (config.file !== ':memory:') mkdirSync(path.dirname(config.file), { recursive: true });
  const database = new SQLite(config.file);
  // WAL lets readers run beside the one writer; synchronous=FULL makes each acknowledged commit
  // durable even if the machine loses power, not only if the process dies.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}
