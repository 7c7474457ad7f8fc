import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { createLimiter, type LimitSpec } from './create-limiter';
import { consumePoint, peekExhausted, RateLimitedError } from './rate-limited';

// The two ways a per-client limit is applied. A key that is undefined (no trustworthy address
// known) is not limited: refusing it would refuse everyone who shares "unknown".

/** Counts this action now; throws RateLimitedError (a 429) when the key has no points left. */
export async function takePoint(
  db: Kysely<Database>,
  spec: LimitSpec,
  key: string | undefined,
  what: string,
): Promise<void> {
  if (key === undefined) return;
  const wait = await consumePoint(await createLimiter(db, spec), key);
  if (wait > 0) throw new RateLimitedError(wait, what);
}

/** For limits on failures: throws RateLimitedError when this key's failures are used up. */
export async function assertFailuresLeft(
  db: Kysely<Database>,
  spec: LimitSpec,
  key: string | undefined,
  what: string,
): Promise<void> {
  if (key === undefined) return;
  const wait = await peekExhausted(await createLimiter(db, spec), key);
  if (wait > 0) throw new RateLimitedError(wait, what);
}

/** Counts one failure against this key (the refusal comes on the next try). */
export async function recordFailure(db: Kysely<Database>, spec: LimitSpec, key: string | undefined): Promise<void> {
  if (key === undefined) return;
  const limiter = await createLimiter(db, spec);
  await limiter.penalty(key, 1);
}
