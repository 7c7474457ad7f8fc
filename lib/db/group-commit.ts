import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type SqliteDatabase,
  type SqliteDialectConfig,
} from 'kysely';

// Group commit for SQLite. What it buys: the durability promise of synchronous=FULL (an answer
// acknowledged has reached the disk, and survives a power cut) at burst throughput. Every COMMIT
// waits for the disk to flush, and better-sqlite3 waits synchronously, so one flush per save
// blocked the whole server for a sixth of its time under a burst (the profile in
// docs/operations.md). What it costs: a plain read can see a group's writes a moment before they
// are durable (below), and this file is ours to keep working with Kysely's driver interface.
// scripts/crash-test.ts (npm test) kills the server mid-burst and checks every acknowledged save
// is stored exactly once. Here the writes of one turn of the event loop share one transaction
// and one flush:
//
// - The first write (a Kysely transaction, or a single writing statement) opens a group
//   (BEGIN IMMEDIATE) and schedules its COMMIT for the next turn of the event loop (setImmediate).
// - Writes until then join it: Kysely transactions become savepoints inside it (a rollback undoes
//   only its own work), single statements just run in it.
// - A use of the connection that joined a group returns only once the group has committed, so no
//   write is acknowledged before it is durable, as with one COMMIT each. If the COMMIT fails,
//   every member fails (and is retried by its client with the same idempotency key).
// - A plain read outside a transaction joins nothing and returns at once. While a group is open it
//   can see that group's writes a moment before they are durable; their writers are not answered
//   before the commit, so a crash in that moment loses nothing anyone was told was saved.
//
// Only the server's client uses this (lib/db/index.ts); migrations run on a plain client before.

type Group = { committed: Promise<void>; resolve: () => void; reject: (error: unknown) => void };

const MEMBER = 'sw_group_member';

class GroupCommitSqliteDriver extends SqliteDriver {
  readonly #raw: SQLite.Database;
  readonly #statements: SqliteDatabase;
  #group: Group | undefined;
  /** The group the current holder of the connection joined (there is one holder at a time). */
  #joined: Group | undefined;
  #inTransaction = false;

  constructor(config: SqliteDialectConfig & { database: SqliteDatabase }, raw: SQLite.Database) {
    super(config);
    this.#raw = raw;
    this.#statements = config.database;
  }

  #join(): void {
    if (!this.#group) {
      this.#raw.exec('begin immediate');
      let resolve!: () => void;
      let reject!: (error: unknown) => void;
      const committed = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      committed.catch(() => undefined); // each member observes it in releaseConnection
      const group = { committed, resolve, reject };
      this.#group = group;
      setImmediate(() => void this.#commit(group));
    }
    this.#joined = this.#group;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    this.#joined = undefined;
    return {
      executeQuery: <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
        // A write outside a transaction joins the group; inside one it already belongs to it.
        if (!this.#inTransaction && !this.#statements.prepare(query.sql).reader) this.#join();
        return connection.executeQuery<R>(query);
      },
      streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
    };
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    this.#join();
    this.#inTransaction = true;
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${MEMBER}`));
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    this.#inTransaction = false;
    await connection.executeQuery(CompiledQuery.raw(`release ${MEMBER}`));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    this.#inTransaction = false;
    // Some errors (a full disk, an I/O error) end SQLite's whole transaction: then the group
    // fails at its COMMIT, and every member with it.
    if (!this.#raw.inTransaction) return;
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${MEMBER}`));
    await connection.executeQuery(CompiledQuery.raw(`release ${MEMBER}`));
  }

  override async releaseConnection(): Promise<void> {
    const group = this.#joined;
    this.#joined = undefined;
    await super.releaseConnection();
    if (group) await group.committed;
  }

  async #commit(group: Group): Promise<void> {
    await super.acquireConnection();
    try {
      if (!this.#raw.inTransaction)
        throw new Error('SQLite ended the shared transaction after an error; nothing in it was saved.');
      this.#raw.exec('commit');
      group.resolve();
    } catch (error) {
      if (this.#raw.inTransaction) this.#raw.exec('rollback');
      group.reject(error);
    } finally {
      this.#group = undefined;
      await super.releaseConnection();
    }
  }
}

/** A Kysely dialect for one better-sqlite3 database whose commits are grouped as described above. */
export class GroupCommitSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig & { database: SqliteDatabase };
  readonly #raw: SQLite.Database;

  constructor(config: SqliteDialectConfig & { database: SqliteDatabase }, raw: SQLite.Database) {
    super(config);
    this.#config = config;
    this.#raw = raw;
  }

  override createDriver(): Driver {
    return new GroupCommitSqliteDriver(this.#config, this.#raw);
  }
}
