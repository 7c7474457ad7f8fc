import 'server-only';
import type { Kysely } from 'kysely';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Database } from '@/lib/db/schema';
import { RateLimiterKysely } from './kysely-store';
import { getRedisClient } from './redis-client';

export type LimitSpec = {
  /** Names the counter family in the store; never reused for another meaning. */
  keyPrefix: string;
  points: number;
  /** Seconds a count lives from its first point. */
  duration: number;
  /** Seconds a key stays refused once it goes over its points (0: only until the count expires). */
  blockDuration?: number;
};

const cache = new Map<string, RateLimiterAbstract>();

/**
 * The limiter for this spec on the shared store: Redis when REDIS_URL is set, else our database
 * (SQLite or PostgreSQL), so every app instance counts together. On Redis an in-memory limiter
 * with the same numbers stands in while Redis is unreachable (the library's insurance limiter),
 * so an outage neither opens the limits wide nor refuses every sign-in.
 */
export async function createLimiter(db: Kysely<Database>, spec: LimitSpec): Promise<RateLimiterAbstract> {
  const url = process.env.REDIS_URL;
  const id = JSON.stringify([url ?? 'db', spec]);
  const cached = cache.get(id);
  // A database store belongs to one client (tests open a fresh one per case).
  if (cached && (!(cached instanceof RateLimiterKysely) || cached.db === db)) return cached;
  const options = {
    keyPrefix: spec.keyPrefix,
    points: spec.points,
    duration: spec.duration,
    blockDuration: spec.blockDuration ?? 0,
  };
  const limiter = url
    ? new RateLimiterRedis({
        ...options,
        keyPrefix: `sw:limit:${spec.keyPrefix}`,
        storeClient: await getRedisClient(url),
        useRedisPackage: true,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(options),
      })
    : new RateLimiterKysely(db, options);
  cache.set(id, limiter);
  return limiter;
}
