import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

// What every limit says when it refuses: which action, and how long to wait, in words and in
// seconds (the route adds Retry-After). lib/ raises it; lib/http/route.ts maps it to a 429.

export class RateLimitedError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    what: string,
  ) {
    super(`${what} Try again in ${describeWait(retryAfterSeconds)}.`);
  }
}

export function describeWait(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export function retryAfterSeconds(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/**
 * Takes one point from this key. Resolves with the seconds to wait when the key has none left
 * (the library rejects with a RateLimiterRes then), or 0 when the action may go ahead; a store
 * error propagates.
 */
export async function consumePoint(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return retryAfterSeconds(rejection);
    throw rejection;
  }
}

/**
 * For limits that count failures after the fact (wrong class codes): the seconds to wait when this
 * key has used all its points, without taking one; else 0.
 */
export async function peekExhausted(limiter: RateLimiterAbstract, key: string): Promise<number> {
  const res = await limiter.get(key);
  return res && res.consumedPoints >= limiter.points ? retryAfterSeconds(res) : 0;
}
