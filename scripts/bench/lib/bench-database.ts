// A brand-new SQLite database for each run, prepared as `npm start` prepares a new one: migrated,
// then given the demo accounts and class, so the teacher pages have a class with work in it. It
// lives in a temporary folder, never data/sourcewise.db, and is deleted when the bench ends.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveDatabaseConfig } from '../../../lib/db/config';
import { createDb } from '../../../lib/db/connect';
import { migrateToLatest } from '../../../lib/db/migrate';
// server-only: this is why bench:pages runs with --conditions=react-server, as `npm start` does.
import { seedDemoData } from '../../../lib/demo/seed-demo-data';

export type BenchDatabase = { url: string; users: number; remove(): void };

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcewise-bench-db-'));
  const url = `file:${path.join(dir, 'bench.db')}`;
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const db = createDb(resolveDatabaseConfig(url));
  try {
    await migrateToLatest(db);
    const { users } = await seedDemoData(db);
    return { url, users, remove };
  } catch (error) {
    remove();
    throw error;
  } finally {
    await db.destroy();
  }
}
