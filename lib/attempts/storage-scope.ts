import 'server-only';
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

/**
 * The name under which a learner's unsent answers are kept in their browser
 * (components/quiz/pending-answers.ts): one per account or guest, so on a shared computer a page
 * only ever picks up its own learner's answers. A hash, so no account id is written to the device.
 */
export function getStorageScope(ownerId: string): string {
  return createHash('sha256').update(`sourcewise-unsent-answers:${ownerId}`).digest('base64url').slice(0, 22);
}

/** Most guests an account has taken over that a page looks for kept answers under. */
const EARLIER_SCOPES = 20;

/**
 * The learner's scope and those of the guests their account took over (lib/auth/claim-guest.ts):
 * answers a guest left unsent before signing up moved to the account with the attempt, so the
 * account's page picks them up. Never another account's: only guests claimed by this owner.
 */
export async function getStorageScopes(
  db: Kysely<Database>,
  ownerId: string,
): Promise<{ current: string; earlier: string[] }> {
  const claimed = await db
    .selectFrom('guest_claims')
    .select('guest_id')
    .where('user_id', '=', ownerId)
    .orderBy('claimed_at', 'desc')
    .limit(EARLIER_SCOPES)
    .execute();
  return { current: getStorageScope(ownerId), earlier: claimed.map((c) => getStorageScope(c.guest_id)) };
}
