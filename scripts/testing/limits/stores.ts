import type { Kysely } from 'kysely';
import { createClient } from 'redis';
import { afterEach, beforeEach, vi } from 'vitest';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import type { Database } from '@/lib/db/schema';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';

// The limits run on three stores: the database on each backend, and Redis. Each case gets a fresh
// database; on Redis (keys outlive the test) each case uses keys of its own via `unique`.

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisUnavailableReason(): Promise<string | undefined> {
  const client = createClient({ url: TEST_REDIS_URL, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return undefined;
  } catch (error) {
    const reason = `Redis at ${TEST_REDIS_URL} is unreachable (${(error as Error).message}); skipping the Redis part`;
    console.warn(reason);
    return reason;
  } finally {
    await client.quit().catch(() => undefined);
  }
}

export const LIMIT_STORES = [
  ...TEST_BACKENDS.map((backend) => ({
    name: backend.name,
    create: backend.create,
    unavailable: backend.unavailable,
    isRedis: false,
  })),
  { name: 'Redis', create: TEST_BACKENDS[0].create, unavailable: redisUnavailableReason, isRedis: true },
];

/** A fresh database per case (still needed on Redis for the accounts), with REDIS_URL set only for Redis. */
export function useLimitStore(store: (typeof LIMIT_STORES)[number]): () => Promise<Kysely<Database>> {
  const freshDb = useFreshDatabase(store.create);
  beforeEach(() => {
    vi.stubEnv('REDIS_URL', store.isRedis ? TEST_REDIS_URL : undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  return freshDb;
}

/** A value no earlier run has used as a key (Redis keeps keys between runs). */
export const unique = (label: string) => `${label}-${crypto.randomUUID()}`;
