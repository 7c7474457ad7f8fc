import 'server-only';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { getOrCreateLearnerId } from '@/lib/auth/learner';
import type { User } from '@/lib/auth/users';
import type { Database } from '@/lib/db/schema';
import { takePoint } from '@/lib/limits/enforce-limit';
import { LIMITS } from '@/lib/limits/limits';
import { startAttempt } from './create-attempt';
import type { StartAttemptSchema } from './start-inputs';

/**
 * Starts (or resumes) a self-study attempt for whoever asks. Without an account nothing else bounds
 * how many attempts one client creates, so a guest counts against its address; the guest identity
 * is minted only once the limit lets it through.
 */
export async function startAttemptFor(
  db: Kysely<Database>,
  who: { user: User | undefined; ip: string | undefined },
  input: z.output<typeof StartAttemptSchema>,
): Promise<string> {
  if (!who.user)
    await takePoint(
      db,
      LIMITS.guestAttemptsIp(),
      who.ip,
      'Too many attempts started from this network without an account; signing in lifts this limit.',
    );
  return startAttempt(db, await getOrCreateLearnerId(), input);
}
