import 'server-only';
import { createClient } from 'redis';

// One Redis connection per process (kept on globalThis across development reloads), shared by
// every limit when REDIS_URL is set.

function connectRedis(url: string) {
  return createClient({ url });
}
export type Redis = ReturnType<typeof connectRedis>;
const holder = globalThis as typeof globalThis & { __sourcewiseRedis?: Promise<Redis> };

export function getRedisClient(url: string): Promise<Redis> {
  holder.__sourcewiseRedis ??= (async () => {
    const client = connectRedis(url);
    client.on('error', (error: Error) => console.error('[limits] Redis error:', error.message));
    await client.connect();
    return client;
  })().catch((error: unknown) => {
    holder.__sourcewiseRedis = undefined;
    throw error;
  });
  return holder.__sourcewiseRedis;
}
