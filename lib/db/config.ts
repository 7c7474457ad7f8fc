import path from 'node:path';

// Which database Sourcewise uses, from one variable. `DATABASE_URL=postgres://…` (or postgresql://)
// selects PostgreSQL, so several app instances can share one database; anything else is a SQLite
// file: `file:path/to.db`, a bare path, or, when unset, data/sourcewise.db beside the app.

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export const DEFAULT_SQLITE_FILE = path.join('data', 'sourcewise.db');

export function resolveDatabaseConfig(url = process.env.DATABASE_URL): DatabaseConfig {
  const value = url?.trim();
  if (!value) return { kind: 'sqlite', file: path.resolve(DEFAULT_SQLITE_FILE) };
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: 'postgres', url: value };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('file:')) {
    throw new Error(
      `DATABASE_URL must start with postgres:// or file:, or be a SQLite file path (got "${value.split(':')[0]}:…")`,
    );
  }
  const file = value.replace(/^file:(\/\/)?/, '');
  return { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(file) };
}

/** A description safe to print: the SQLite path, or the Postgres host and database without a password. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === 'sqlite') return `SQLite ${path.relative(process.cwd(), config.file) || config.file}`;
  const url = new URL(config.url);
  return `PostgreSQL ${url.hostname}:${url.port || '5432'}${url.pathname}`;
}
