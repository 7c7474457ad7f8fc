import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { applyContentRegrade, summarizeRegrade } from '@/lib/regrade/content';

/**
 * The raise-only content regrade, so a database made before a content release gets the release's
 * corrections (never a lower score; that takes `npm run content:regrade -- --allow-lower`). Run
 * once per start by `npm start` (scripts/start.ts) after the migrations, and not by the app's own
 * database client: a scan of the answers has no place on a server's first request. Returns one
 * line for the log, or undefined when there was nothing to regrade.
 */
export async function regradeAtStart(db: Kysely<Database>, now = new Date()): Promise<string | undefined> {
  const applied = await applyContentRegrade(db, { allowLower: false, now });
  return applied.attempts.length === 0 ? undefined : summarizeRegrade(applied);
}
