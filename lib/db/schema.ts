import type { Generated } from 'kysely';

// The database's shape as Kysely sees it. Portable across SQLite and PostgreSQL: text ids,
// ISO-8601 text timestamps, 0/1 integers for booleans, JSON stored as text.

export type AppMetaTable = {
  key: string;
  value: string;
  updated_at: string;
};

export type Database = {
  app_meta: AppMetaTable;
};

export type { Generated };
