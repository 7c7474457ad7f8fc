import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from './config';
import { GroupCommitSqliteDialect } from './group-commit';
import type { Database } from './schema';

// Postgres returns int8 (what count() gives) and numeric as strings; the app wants numbers, as
// SQLite gives. Counts here never approach 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));

/**
 * Opens a Kysely client for the given database. Callers own it and destroy it when done.
 * `groupCommit` (SQLite only; the server's client sets it) lets concurrent requests share one
 * commit and one disk flush; acknowledgements still wait for their commit. Migrate through a
 * client without it: migrations take SQLite's write lock themselves (lib/db/migrate.ts).
 */
export function createDb(config: DatabaseConfig, { groupCommit = false } = {}): Kysely<Database> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // While the server is down or restarting, a request fails within seconds (503) instead of
      // waiting for a connection forever.
      connectionTimeoutMillis: 5000,
    });
    // An idle client that loses its server (a Postgres restart) must not crash the process;
    // the next query gets a fresh connection.
    pool.on('error', (error) => console.error('[db] idle PostgreSQL client error:', error.message));
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (config.file !== ':memory:') mkdirSync(path.dirname(config.file), { recursive: true });
  const database = new SQLite(config.file);
  // WAL lets readers run beside the one writer; synchronous=FULL makes each acknowledged commit
  // durable even if the machine loses power, not only if the process dies (docs/operations.md).
  database.pragma('journal_mode = WAL');
  database.pragma(`synchronous = ${sqliteSynchronous()}`);
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const dialectConfig = { database: withStatementCache(database) };
  if (!groupCommit) return new Kysely<Database>({ dialect: new SqliteDialect(dialectConfig) });
  return new Kysely<Database>({ dialect: new GroupCommitSqliteDialect(dialectConfig, database) });
}

/** FULL unless SQLITE_SYNCHRONOUS=normal: see "Durability" in docs/operations.md for the trade. */
function sqliteSynchronous(): 'FULL' | 'NORMAL' {
  const value = (process.env.SQLITE_SYNCHRONOUS ?? 'full').trim().toLowerCase();
  if (value !== 'full' && value !== 'normal')
    throw new Error(`SQLITE_SYNCHRONOUS must be "full" or "normal" (got "${value}")`);
  return value === 'full' ? 'FULL' : 'NORMAL';
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; compiling the SQL each time was a measurable share of a save.
 * The app's queries come from a fixed set of builders, so their SQL text repeats: keep the prepared
 * statements by text (parameters are bound per call). Safe because better-sqlite3 runs each
 * statement to completion synchronously; Kysely's streaming (`iterate`), which would hold one
 * open, is not used.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
