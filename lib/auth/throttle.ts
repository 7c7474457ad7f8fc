import 'server-only';
import { sql, type Kysely } from 'kysely';
import { createClient } from 'redis';
import type { Database } from '@/lib/db/schema';

// Sign-in throttling, per account and per IP. Counts live in the database by default, or in Redis
// when REDIS_URL is set, so every app instance shares them. An account is blocked after
// ACCOUNT_LIMIT failed sign-ins in a row (a success resets it); an IP after IP_LIMIT failures in
// a window. While blocked, every sign-in for that account or IP gets 429 with Retry-After, even
// with the right password, so guessing gains nothing; after the cool-down the real user gets in.

export const THROTTLE = {
  accountLimit: 20,
  accountWindowSeconds: 24 * 60 * 60,
  ipLimit: 100,
  ipWindowSeconds: 15 * 60,
  cooldownSeconds: () => Number(process.env.SIGN_IN_COOLDOWN_SECONDS ?? 15 * 60),
};

export type ThrottleStore = {
  /** The latest time any of these keys is blocked until, if one is blocked now. */
  blockedUntil(keys: string[], now: Date): Promise<Date | undefined>;
  recordFailure(key: string, limit: number, windowSeconds: number, now: Date): Promise<void>;
  reset(key: string): Promise<void>;
};

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

export function databaseThrottleStore(db: Kysely<Database>): ThrottleStore {
  return {
    async blockedUntil(keys, now) {
      const rows = await db.selectFrom('login_throttle').select('blocked_until').where('key', 'in', keys).execute();
      const latest = rows.map((r) => r.blocked_until).filter((u): u is string => u !== null && u > now.toISOString()).sort().at(-1);
      return latest ? new Date(latest) : undefined;
    },
    async recordFailure(key, limit, windowSeconds, now) {
      const stamp = now.toISOString();
      const windowStart = new Date(now.getTime() - windowSeconds * 1000).toISOString();
      // One statement: a new key starts at 1; an old window restarts at 1; otherwise add one.
      await db
        .insertInto('login_throttle')
        .values({ key, failures: 1, window_started_at: stamp, blocked_until: null })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            failures: sql`case when login_throttle.window_started_at < ${windowStart} then 1 else login_throttle.failures + 1 end`,
            window_started_at: sql`case when login_throttle.window_started_at < ${windowStart} then ${stamp} else login_throttle.window_started_at end`,
          }),
        )
        .execute();
      const until = new Date(now.getTime() + THROTTLE.cooldownSeconds() * 1000).toISOString();
      await db.updateTable('login_throttle').set({ blocked_until: until }).where('key', '=', key).where('failures', '>=', limit).execute();
    },
    async reset(key) {
      await db.deleteFrom('login_throttle').where('key', '=', key).execute();
    },
  };
}

function connectRedis(url: string) {
  return createClient({ url });
}
type Redis = ReturnType<typeof connectRedis>;
const holder = globalThis as typeof globalThis & { __sourcewiseRedis?: Promise<Redis> };

function redisClient(url: string): Promise<Redis> {
  holder.__sourcewiseRedis ??= (async () => {
    const client = connectRedis(url);
    client.on('error', (error: Error) => console.error('[throttle] Redis error:', error.message));
    await client.connect();
    return client;
  })();
  return holder.__sourcewiseRedis;
}

export function redisThrottleStore(url: string): ThrottleStore {
  return {
    async blockedUntil(keys, now) {
      const client = await redisClient(url);
      const values = await client.mGet(keys.map((k) => `sw:throttle:block:${k}`));
      const latest = values.filter((v): v is string => typeof v === 'string' && v > now.toISOString()).sort().at(-1);
      return latest ? new Date(latest) : undefined;
    },
    async recordFailure(key, limit, windowSeconds, now) {
      const client = await redisClient(url);
      const counter = `sw:throttle:count:${key}`;
      const failures = await client.incr(counter);
      if (failures === 1) await client.expire(counter, windowSeconds);
      if (failures >= limit) {
        const cooldown = THROTTLE.cooldownSeconds();
        await client.set(`sw:throttle:block:${key}`, new Date(now.getTime() + cooldown * 1000).toISOString(), { EX: Math.max(1, cooldown) });
      }
    },
    async reset(key) {
      const client = await redisClient(url);
      await client.del([`sw:throttle:count:${key}`, `sw:throttle:block:${key}`]);
    },
  };
}

export function throttleStoreFor(db: Kysely<Database>): ThrottleStore {
  const url = process.env.REDIS_URL;
  return url ? redisThrottleStore(url) : databaseThrottleStore(db);
}

/** Seconds until sign-in is allowed again for this account and IP, or 0 when it is allowed now. */
export async function signInRetryAfter(store: ThrottleStore, email: string, ip: string | undefined, now = new Date()): Promise<number> {
  const until = await store.blockedUntil([accountKey(email), ...(ip ? [ipKey(ip)] : [])], now);
  return until ? Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)) : 0;
}

export async function recordSignInOutcome(store: ThrottleStore, email: string, ip: string | undefined, isSuccess: boolean, now = new Date()): Promise<void> {
  if (isSuccess) {
    await store.reset(accountKey(email));
    return;
  }
  await store.recordFailure(accountKey(email), THROTTLE.accountLimit, THROTTLE.accountWindowSeconds, now);
  if (ip) await store.recordFailure(ipKey(ip), THROTTLE.ipLimit, THROTTLE.ipWindowSeconds, now);
}
