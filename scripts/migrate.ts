// npm run db:migrate – brings the configured database (DATABASE_URL, default data/sourcewise.db) to
// the newest schema. `npm start` does this itself; this is for operators and tests.
import { describeDatabase, resolveDatabaseConfig } from '../lib/db/config';
import { createDb } from '../lib/db/connect';
import { migrateToLatest } from '../lib/db/migrate';

const config = resolveDatabaseConfig();
const db = createDb(config);
try {
  const { applied } = await migrateToLatest(db);
  console.log(
    applied.length > 0
      ? `Database ready (${describeDatabase(config)}): applied ${applied.join(', ')}`
      : `Database ready (${describeDatabase(config)}): schema is current`,
  );
} catch (error) {
  console.error(`Could not prepare the database (${describeDatabase(config)}): ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
