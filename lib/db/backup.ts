import { execFile } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import type { DatabaseConfig } from './config';

// Backups of either backend into one file, and restores from it.
// SQLite: the online backup API (better-sqlite3's db.backup), a consistent copy taken while the app
// keeps serving; the copy is an ordinary SQLite file. Restore copies it back with the same API into
// a new file beside the database and renames it over the old one, so a failed restore leaves the
// old database as it was. Stop the app before restoring: it keeps the old file open.
// PostgreSQL: pg_dump's custom format (-Fc) and pg_restore --clean --if-exists, in one
// transaction; both must be on PATH, of the server's major version or newer.

const run = promisify(execFile);

export type BackupKind = 'sqlite' | 'postgres';

/** What a backup file holds, from its first bytes: "SQLite format 3" or pg_dump's "PGDMP". */
export function backupKindOf(file: string): BackupKind | undefined {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    const text = head.subarray(0, n).toString('latin1');
    if (text.startsWith('SQLite format 3')) return 'sqlite';
    if (text.startsWith('PGDMP')) return 'postgres';
    return undefined;
  } finally {
    closeSync(fd);
  }
}

async function tool(name: string, args: string[]): Promise<void> {
  try {
    await run(name, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      throw new Error(
        `${name} is not installed or not on PATH; it is needed to back up and restore PostgreSQL (Debian: apt-get install postgresql-client).`,
      );
    throw new Error(`${name} failed: ${(e.stderr || e.message).trim()}`);
  }
}

export async function backupDatabase(config: DatabaseConfig, file: string): Promise<void> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (config.kind === 'postgres') {
    await tool('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--file=${file}`,
      `--dbname=${config.url}`,
    ]);
    return;
  }
  if (!existsSync(config.file)) throw new Error(`There is no SQLite database at ${config.file} to back up.`);
  const db = new SQLite(config.file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(file);
  } finally {
    db.close();
  }
}

export async function restoreDatabase(config: DatabaseConfig, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`There is no backup file ${file}.`);
  const kind = backupKindOf(file);
  if (kind !== config.kind) {
    throw new Error(
      kind
        ? `${file} is a ${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} backup, but the configured database is ${config.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}.`
        : `${file} is neither a SQLite database nor a pg_dump custom-format file.`,
    );
  }
  if (config.kind === 'postgres') {
    await tool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${config.url}`,
      file,
    ]);
    return;
  }
  const source = new SQLite(file, { readonly: true, fileMustExist: true });
  const incoming = `${config.file}.restoring`;
  rmSync(incoming, { force: true });
  try {
    const check = source.pragma('integrity_check', { simple: true });
    if (check !== 'ok')
      throw new Error(`${file} is damaged (integrity_check: ${String(check)}); nothing was restored.`);
    mkdirSync(path.dirname(config.file), { recursive: true });
    await source.backup(incoming);
  } finally {
    source.close();
  }
  // The old database's WAL and shared-memory files belong to the old file: remove them with it.
  for (const suffix of ['-wal', '-shm']) rmSync(config.file + suffix, { force: true });
  renameSync(incoming, config.file);
}
