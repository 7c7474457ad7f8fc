import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDatabase, resolveDatabaseConfig } from './config';

describe('resolveDatabaseConfig', () => {
  it('defaults to a SQLite file under data/', () => {
    expect(resolveDatabaseConfig(undefined)).toEqual({ kind: 'sqlite', file: path.resolve('data/sourcewise.db') });
  });
  it('selects PostgreSQL for postgres:// and postgresql:// URLs', () => {
    expect(resolveDatabaseConfig('postgres://u@h:5432/db').kind).toBe('postgres');
    expect(resolveDatabaseConfig('postgresql://u@h/db').kind).toBe('postgres');
  });
  it('accepts file: URLs and bare paths for SQLite', () => {
    expect(resolveDatabaseConfig('file:tmp/x.db')).toEqual({ kind: 'sqlite', file: path.resolve('tmp/x.db') });
    expect(resolveDatabaseConfig('./y.db')).toEqual({ kind: 'sqlite', file: path.resolve('y.db') });
  });
  it('refuses other schemes with a message naming the scheme', () => {
    expect(() => resolveDatabaseConfig('mysql://h/db')).toThrow(/postgres:\/\/ or file:.*mysql/);
  });
  it('never prints a password', () => {
    expect(describeDatabase(resolveDatabaseConfig('postgres://u:secret@db.internal:6543/app'))).toBe(
      'PostgreSQL db.internal:6543/app',
    );
  });
});
