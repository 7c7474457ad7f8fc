import 'server-only';
import type { Kysely } from 'kysely';
import { resolveDatabaseConfig } from './config';
import { createDb } from './connect';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';

// The app's one database client, created on first use and kept on globalThis so that development
// hot reloads reuse it instead of opening a new pool each time.

type Holder = { db?: Kysely<Database>; ready?: Promise<Kysely<Database>> };
const holder = globalThis as typeof globalThis & { __sourcewiseDb?: Holder };
const state: Holder = (holder.__sourcewiseDb ??= {});

/** The migrated database client; the first call migrates (a no-op when already current). */
export function getDb(): Promise<Kysely<Database>> {
  state.ready ??= (async () => {
    const config = resolveDatabaseConfig();
    if (config.kind === 'postgres') {
      const db = (state.db ??= createDb(config));
      await migrateToLatest(db);
      return db;
    }
    // SQLite migrations hold the write lock for their whole run, so they get a client of their own;
    // the server's client then groups concurrent commits (lib/db/group-commit.ts).
    const migrator = createDb(config);
    try {
      await migrateToLatest(migrator);
    } finally {
      await migrator.destroy();
    }
    return (state.db ??= createDb(config, { groupCommit: true }));
  })().catch((error: unknown) => {
    state.ready = undefined;
    throw error;
  });
  return state.ready;
}
