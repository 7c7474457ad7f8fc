import type { Kysely } from 'kysely';
import { afterEach } from 'vitest';
import { createDb } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';
import type { Database } from '@/lib/db/schema';
import type { TestDatabase } from '@/scripts/testing/db/test-backends';

/** A fresh, migrated database per test on the given backend, dropped after the test. */
export function useFreshDatabase(create: () => Promise<TestDatabase>): () => Promise<Kysely<Database>> {
  const open: { db: Kysely<Database>; database: TestDatabase }[] = [];
  afterEach(async () => {
    for (const { db, database } of open.splice(0)) {
      await db.destroy();
      await database.drop();
    }
  });
  return async () => {
    const database = await create();
    const db = createDb(database.config);
    open.push({ db, database });
    await migrateToLatest(db);
    return db;
  };
}
