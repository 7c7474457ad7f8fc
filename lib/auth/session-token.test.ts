import { createRequire } from 'node:module';
import path from 'node:path';
import { encode } from 'next-auth/jwt';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { authOptions, SESSION_COOKIE } from './options';

// session-token.ts reads next-auth's session cookie without next-auth (see its header). These build
// the cookie the way next-auth 4 does, with its own `encode` and its own chunking, so an upgrade that
// changes the token format, the cookie's name or how a large token is split fails here, not in a
// student's save.

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  }),
}));

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const { getSessionToken } = await import('./session-token');

// next-auth's own cookie splitter; it is not in the package's exports, so it is loaded by its file.
type Chunked = { name: string; value: string }[];
type SessionStoreClass = new (
  option: { name: string; options: object },
  req: { cookies: object },
  logger: { debug: () => void },
) => {
  chunk: (value: string, options: object) => Chunked;
};
const { SessionStore } = createRequire(import.meta.url)(path.resolve('node_modules/next-auth/core/lib/cookie.js')) as {
  SessionStore: SessionStoreClass;
};

function setCookiesAsNextAuthDoes(token: string): Chunked {
  const store = new SessionStore(authOptions().cookies!.sessionToken!, { cookies: {} }, { debug: () => undefined });
  const cookies = store.chunk(token, {});
  for (const c of cookies) jar.set(c.name, c.value);
  return cookies;
}

beforeEach(() => {
  jar.clear();
  vi.stubEnv('AUTH_SECRET', SECRET);
});

describe('session token as next-auth writes it', () => {
  it('[student] a token from next-auth’s encode, in the cookie next-auth names, is their session', async () => {
    const token = await encode({ token: { uid: 'u_ana', sv: 3 }, secret: SECRET, maxAge: 60 });
    expect(setCookiesAsNextAuthDoes(token).map((c) => c.name)).toEqual([SESSION_COOKIE]);
    expect(await getSessionToken()).toEqual({ uid: 'u_ana', sessionVersion: 3 });
  });

  it('[student] a token too big for one cookie, split by next-auth into numbered chunks, is still their session', async () => {
    const token = await encode({
      token: { uid: 'u_ben', sv: 1, padding: 'x'.repeat(6000) },
      secret: SECRET,
      maxAge: 60,
    });
    const names = setCookiesAsNextAuthDoes(token).map((c) => c.name);
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual(names.map((_, i) => `${SESSION_COOKIE}.${i}`));
    expect(await getSessionToken()).toEqual({ uid: 'u_ben', sessionVersion: 1 });
  });

  it('[attacker] a token signed with another secret, or already expired, is no session', async () => {
    setCookiesAsNextAuthDoes(await encode({ token: { uid: 'u_eve', sv: 0 }, secret: `${SECRET}-other`, maxAge: 60 }));
    expect(await getSessionToken()).toBeUndefined();
    jar.clear();
    setCookiesAsNextAuthDoes(await encode({ token: { uid: 'u_old', sv: 0 }, secret: SECRET, maxAge: -60 }));
    expect(await getSessionToken()).toBeUndefined();
  });
});
