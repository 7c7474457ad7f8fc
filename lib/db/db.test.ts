import { execFile } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createDb } from './connect';
import { migrateToLatest } from './migrate';
import { migrations } from './migrations';
import type { Database } from './schema';
import { TEST_BACKENDS, type TestDatabase } from '@/scripts/testing/db/test-backends';

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`storage on ${backend.name}`, () => {
    const open: { db: Kysely<Database>; database: TestDatabase }[] = [];
    const fresh = async () => {
      const database = await backend.create();
      const db = createDb(database.config);
      open.push({ db, database });
      return { db, database };
    };
    afterEach(async () => {
      for (const { db, database } of open.splice(0)) {
        await db.destroy();
        await database.drop();
      }
    });

    it('migrates a new database to the newest schema and records when it was created', async () => {
      const { db } = await fresh();
      const outcome = await migrateToLatest(db);
      expect(outcome.applied).toEqual(Object.keys(migrations));
      const created = await db
        .selectFrom('app_meta')
        .select('value')
        .where('key', '=', 'created_at')
        .executeTakeFirstOrThrow();
      expect(Number.isNaN(Date.parse(created.value))).toBe(false);
    });

    it('migrating again changes nothing, even from two processes at once', async () => {
      const { db, database } = await fresh();
      const url = database.config.kind === 'sqlite' ? `file:${database.config.file}` : database.config.url;
      const runs = await Promise.all([runMigrateScript(url), runMigrateScript(url)]);
      expect(runs.map((r) => r.code)).toEqual([0, 0]);
      const output = runs.map((r) => r.output).join('\n');
      expect(output.match(/applied 0001-app-meta/g)).toHaveLength(1);
      expect(output).toMatch(/schema is current/);
      expect((await migrateToLatest(db)).applied).toEqual([]);
      const rows = await db.selectFrom('app_meta').select('key').execute();
      expect(rows).toEqual([{ key: 'created_at' }]);
    }, 30_000);

    it('returns counts as numbers on every backend', async () => {
      const { db } = await fresh();
      await migrateToLatest(db);
      const { n } = await db
        .selectFrom('app_meta')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(n).toBe(1);
    });
  });
}

/** Runs `npm run db:migrate`'s script in its own process, as `npm start` and other instances do. */
function runMigrateScript(databaseUrl: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/migrate.ts'],
      { env: { ...process.env, DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}
