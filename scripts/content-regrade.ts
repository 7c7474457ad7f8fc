// npm run content:regrade – regrades every stored answer whose question changed since it was
// graded (its revision in content/ differs from the answer's). `-- --dry-run` only lists what
// would change; `-- --allow-lower` also applies regrades that lower a score (never by default).
// Uses the configured database (DATABASE_URL, default data/sourcewise.db), as db:migrate does.
import { describeDatabase, resolveDatabaseConfig } from '../lib/db/config';
import { createDb } from '../lib/db/connect';
import { migrateToLatest } from '../lib/db/migrate';
import { applyContentRegrade, planContentRegrade } from '../lib/regrade/content';
import { formatRegradePlan } from '../lib/regrade/format-plan';

const USAGE = 'Usage: npm run content:regrade [-- --dry-run] [-- --allow-lower]';
const KNOWN = new Set(['--dry-run', '--allow-lower']);

const args = process.argv.slice(2);
const unknown = args.filter((a) => !KNOWN.has(a));
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
if (unknown.length > 0) {
  console.error(
    `content:regrade: unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}. The options are --dry-run and --allow-lower.\n${USAGE}`,
  );
  process.exit(2);
}
const isDryRun = args.includes('--dry-run');
const allowLower = args.includes('--allow-lower');

const config = resolveDatabaseConfig();
const db = createDb(config);
try {
  await migrateToLatest(db);
  const plan = isDryRun ? await planContentRegrade(db, { allowLower }) : await applyContentRegrade(db, { allowLower });
  console.log(
    `Content regrade${isDryRun ? ' (dry run)' : ''} on ${describeDatabase(config)}${allowLower ? ', lowering allowed' : ', raise only'}:`,
  );
  for (const line of formatRegradePlan(plan, isDryRun)) console.log(line);
} catch (error) {
  console.error(`content:regrade failed (${describeDatabase(config)}): ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
