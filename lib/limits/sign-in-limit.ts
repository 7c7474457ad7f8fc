import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { createLimiter } from './create-limiter';
import { LIMITS } from './limits';
import { consumePoint } from './rate-limited';

// rate-limiter-flexible's "consecutive failures by username, failures by IP" login pattern, with
// the account keyed by the normalised email alone (not email and IP): a guesser who spreads over
// many addresses still gets 20 guesses per account per cool-down, at the price that a blocked
// account is blocked for its owner too, until the cool-down ends.
//
// A point is taken BEFORE the password is checked and given back on success, so concurrent
// guesses cannot all slip past a check that reads first and counts later: at most 20 passwords
// per account are ever verified per block.

export type SignInGate = { retryAfterSeconds: number; settle: (isSuccess: boolean) => Promise<void> };

/** Reserves one sign-in attempt for this (normalised) email and address; retryAfterSeconds > 0 means refused, checked nothing. */
export async function reserveSignIn(db: Kysely<Database>, email: string, ip: string | undefined): Promise<SignInGate> {
  const [account, perIp] = await Promise.all([
    createLimiter(db, LIMITS.signInAccount()),
    createLimiter(db, LIMITS.signInIp()),
  ]);
  const noop = async () => undefined;
  const accountWait = await consumePoint(account, email);
  if (accountWait > 0) return { retryAfterSeconds: accountWait, settle: noop };
  if (ip) {
    const ipWait = await consumePoint(perIp, ip);
    if (ipWait > 0) {
      // The address is what is blocked; this account's count stays as it was.
      await account.reward(email, 1);
      return { retryAfterSeconds: ipWait, settle: noop };
    }
  }
  return {
    retryAfterSeconds: 0,
    async settle(isSuccess) {
      if (!isSuccess) return;
      await account.delete(email);
      if (ip) await perIp.reward(ip, 1);
    },
  };
}
