import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../../../lib/db/config';

// Integration tests run on both backends. SQLite gets a temporary file; PostgreSQL a database of
// its own, created on the server at TEST_POSTGRES_URL (default: the CI machine's 127.0.0.1:5432)
// and dropped afterwards. Where that server is unreachable the PostgreSQL part is skipped, and
// the test run says so.

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

export type TestDatabase = { config: DatabaseConfig; drop: () => Promise<void> };

export function createSqliteTestDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcewise-test-'));
  return {
    config: { kind: 'sqlite', file: path.join(dir, 'test.db') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

let reachable: Promise<string | undefined> | undefined;

/** Undefined when PostgreSQL answers; otherwise why it could not be used. */
export function postgresUnavailableReason(): Promise<string | undefined> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return undefined;
    } catch (error) {
      const reason = `PostgreSQL at ${new URL(TEST_POSTGRES_URL).host} is unreachable (${(error as Error).message}); skipping the PostgreSQL part`;
      console.warn(reason);
      return reason;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

export async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const name = `sourcewise_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** The backends an integration test runs on, each with a way to make a fresh database. */
export const TEST_BACKENDS = [
  { name: 'SQLite', create: async () => createSqliteTestDatabase(), unavailable: async () => undefined },
  { name: 'PostgreSQL', create: createPostgresTestDatabase, unavailable: postgresUnavailableReason },
] as const;
