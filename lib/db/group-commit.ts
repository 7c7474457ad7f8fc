import type SQLite from 'better-sqlite3';
import { CompiledQuery, SqliteDriver, type DatabaseConnection, type SqliteDialectConfig, SqliteDialect, type Driver } from 'kysely';

// Group commit for SQLite: with synchronous=FULL every COMMIT waits for the disk to flush, and
// better-sqlite3 waits synchronously, so each committed save blocked the whole server for a flush
// (a sixth of the server's time under the burst). Here the requests of one turn of the event loop
// share one transaction and one flush:
//
// - The first use of the connection opens a group (BEGIN IMMEDIATE) and schedules its COMMIT for
//   the next turn of the event loop (setImmediate).
// - Everything that uses the connection until then joins the group: Kysely transactions become
//   savepoints inside it (a rollback undoes only its own work), single statements just run in it.
// - A use of the connection returns only once its group has committed, so nothing is acknowledged
//   before it is durable, exactly as with one COMMIT each. If the COMMIT fails, every member of the
//   group fails (and is retried by its client with the same idempotency key).
//
// Readers in a group see the writes of earlier members; they also answer only after the commit.

type Group = { committed: Promise<void>; resolve: () => void; reject: (error: unknown) => void };

const MEMBER = 'sw_group_member';

class GroupCommitSqliteDriver extends SqliteDriver {
  #database: SQLite.Database;
  #group: Group | undefined;
  /** The group the current holder of the connection joined (one holder at a time). */
  #joined: Group | undefined;

  constructor(config: SqliteDialectConfig, database: SQLite.Database) {
    super(config);
    this.#database = database;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    if (!this.#group) {
      this.#database.exec('begin immediate');
      let resolve!: () => void;
      let reject!: (error: unknown) => void;
      const committed = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      // Acknowledging is up to releaseConnection; an unobserved failure must not crash the process.
      committed.catch(() => undefined);
      const group = { committed, resolve, reject };
      this.#group = group;
      setImmediate(() => void this.#commit(group));
    }
    this.#joined = this.#group;
    return connection;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${MEMBER}`));
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release ${MEMBER}`));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    // Some errors (a full disk, an I/O error) end SQLite's whole transaction; then the group fails
    // at its COMMIT and every member with it.
    if (!this.#database.inTransaction) return;
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
      if (!this.#database.inTransaction) throw new Error('The database ended the shared transaction (see the error above); nothing in it was saved.');
      this.#database.exec('commit');
      group.resolve();
    } catch (error) {
      if (this.#database.inTransaction) this.#database.exec('rollback');
      group.reject(error);
    } finally {
      this.#group = undefined;
      await super.releaseConnection();
    }
  }
}

/** A Kysely dialect for one better-sqlite3 database whose commits are grouped as described above. */
export class GroupCommitSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #database: SQLite.Database;

  constructor(config: SqliteDialectConfig, database: SQLite.Database) {
    super(config);
    this.#config = config;
    this.#database = database;
  }

  override createDriver(): Driver {
    return new GroupCommitSqliteDriver(this.#config, this.#database);
  }
}
