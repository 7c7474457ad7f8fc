import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { classroom, DAY, at, firstRight, work } from '@/scripts/testing/assignments/classroom';
import { backupDatabase, restoreDatabase } from './backup';
import { createDb } from './connect';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';
import { TEST_BACKENDS, type TestDatabase } from '@/scripts/testing/db/test-backends';

// A backup taken from a database with a class, assignments, attempts, answers and overrides, then
// the database wiped and restored from the backup: every table comes back with the same rows.

async function tableNames(db: Kysely<Database>): Promise<string[]> {
  const isSqlite = db.getExecutor().adapter.constructor.name === 'SqliteAdapter';
  const rows = isSqlite
    ? await sql<{
        name: string;
      }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db)
    : await sql<{
        name: string;
      }>`select table_name as name from information_schema.tables where table_schema = 'public' order by table_name`.execute(
        db,
      );
  return rows.rows.map((r) => r.name);
}

/** Every row of every table, in a stable order, as plain values. */
async function snapshot(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of await tableNames(db)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    out[table] = rows.map((r) => JSON.stringify(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)))).sort();
  }
  return out;
}

async function fill(db: Kysely<Database>) {
  const { students, assign, teacher } = await classroom(db, ['Ana', 'Ben', 'Cy']);
  const quiz = await assign({ attemptsAllowed: 2 });
  await work(db, quiz, students[0]!.id, { startAt: at(60), submitAt: at(600), answer: firstRight(9) });
  await work(db, quiz, students[1]!.id, { startAt: at(120), submitAt: null, answer: firstRight(4) });
  const final = await assign({ kind: 'final', moduleId: null, dueAt: at(DAY).toISOString() });
  await work(db, final, students[2]!.id, { startAt: at(60), submitAt: at(900) });
  await db
    .insertInto('grade_overrides')
    .values({
      id: 'go_1',
      assignment_id: quiz,
      student_id: students[1]!.id,
      teacher_id: teacher.id,
      score: 7,
      is_excused: 0,
      reason: 'Oral exam',
      created_at: at(1000).toISOString(),
    })
    .execute();
}

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`backup and restore on ${backend.name}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    async function fresh(): Promise<{ db: Kysely<Database>; database: TestDatabase }> {
      const database = await backend.create();
      const db = createDb(database.config);
      cleanups.push(async () => {
        await db.destroy().catch(() => undefined);
        await database.drop();
      });
      await migrateToLatest(db);
      return { db, database };
    }

    it('backs up, wipes, restores, and every table has the same rows again', async () => {
      const { db, database } = await fresh();
      await fill(db);
      const before = await snapshot(db);
      expect(before.answers!.length).toBeGreaterThan(10);
      expect(before.grade_overrides).toHaveLength(1);

      const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcewise-backup-'));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      const file = path.join(dir, 'backup');
      await backupDatabase(database.config, file);

      // Wipe: the SQLite file deleted, or every PostgreSQL table dropped.
      await db.destroy();
      if (database.config.kind === 'sqlite') {
        for (const suffix of ['', '-wal', '-shm']) rmSync(database.config.file + suffix, { force: true });
      } else {
        const wiper = createDb(database.config);
        await sql`drop schema public cascade`.execute(wiper);
        await sql`create schema public`.execute(wiper);
        expect(await tableNames(wiper)).toEqual([]);
        await wiper.destroy();
      }

      await restoreDatabase(database.config, file);
      const restored = createDb(database.config);
      cleanups.push(async () => restored.destroy());
      const after = await snapshot(restored);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      expect(after).toEqual(before);
      // The restored database is current: migrating finds nothing to do.
      expect((await migrateToLatest(restored)).applied).toEqual([]);
    });

    it('refuses a file that is not a backup, and leaves the database as it was', async () => {
      const { db, database } = await fresh();
      await fill(db);
      const before = await snapshot(db);
      const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcewise-backup-'));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      const bogus = path.join(dir, 'notes.txt');
      (await import('node:fs')).writeFileSync(bogus, 'not a backup');
      await expect(restoreDatabase(database.config, bogus)).rejects.toThrow(/neither a SQLite database nor a pg_dump/);
      expect(await snapshot(db)).toEqual(before);
    });
  });
}
