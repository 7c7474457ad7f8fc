import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '@/lib/errors';

// What every limit says when it refuses: which action, and how long to wait, in words and in
// seconds. An AppError coded rate_limited, so lib/http/error-response.ts answers it as any other
// (a 429 with Retry-After); its own class only so the join page can tell it from a wrong code.

export class RateLimitedError extends AppError {
  declare readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number, what: string) {
    super('rate_limited', `${what} Try again in ${describeWait(retryAfterSeconds)}.`, { retryAfterSeconds });
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
