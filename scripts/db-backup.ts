// npm run db:backup -- <file> – a consistent backup of the configured database (DATABASE_URL,
// default data/sourcewise.db) while the app keeps running. SQLite: the online backup API, giving
// an ordinary SQLite file; PostgreSQL: pg_dump in its custom format. See docs/operations.md.
import { describeDatabase, resolveDatabaseConfig } from '../lib/db/config';
import { backupDatabase } from '../lib/db/backup';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run db:backup -- <file>');
  process.exit(2);
}
const config = resolveDatabaseConfig();
try {
  await backupDatabase(config, file);
  console.log(`Backed up ${describeDatabase(config)} to ${file}.`);
} catch (error) {
  console.error(`Backup of ${describeDatabase(config)} failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
