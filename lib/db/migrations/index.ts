import type { Migration } from 'kysely';
import * as m0001 from './0001-app-meta';

// Every migration, in order. Listed in code rather than read from the folder so the Next.js
// server bundle carries them; names never change once shipped.
export const migrations: Record<string, Migration> = {
  '0001-app-meta': m0001,
};
