// npm run db:restore -- <file> – replaces the configured database (DATABASE_URL, default
// data/sourcewise.db) with a backup made by db:backup. Stop the app first. SQLite: the backup is
// checked, copied beside the database and renamed over it; PostgreSQL: pg_restore --clean in one
// transaction. Either way a failed restore leaves the database as it was. See docs/operations.md.
import { describeDatabase, resolveDatabaseConfig } from '../lib/db/config';
import { restoreDatabase } from '../lib/db/backup';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run db:restore -- <file>');
  process.exit(2);
}
const config = resolveDatabaseConfig();
try {
  await restoreDatabase(config, file);
  console.log(`Restored ${describeDatabase(config)} from ${file}. Start the app again (npm start) to serve it.`);
} catch (error) {
  console.error(`Restore of ${describeDatabase(config)} from ${file} failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
