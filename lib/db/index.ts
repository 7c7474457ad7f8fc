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
    const db = (state.db ??= createDb(resolveDatabaseConfig(), { groupCommit: true }));
    await migrateToLatest(db);
    return db;
  })().catch((error: unknown) => {
    state.ready = undefined;
    throw error;
  });
  return state.ready;
}
