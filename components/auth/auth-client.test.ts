import { createRequire } from 'node:module';
import type { Kysely } from 'kysely';
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/db/schema';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';

// auth-client.ts talks to next-auth's endpoints itself (its header says why). These run it against
// next-auth 4's real handler behind app/api/auth/[...nextauth]/route.ts, on a real database, with a
// cookie jar for the browser: if next-auth renames an endpoint, stops answering `json: 'true'` with
// {url}, or names its cookie differently, signing in or out fails here. The server side reads the
// cookie it set through session-token.ts, as every page does.

const ORIGIN = 'http://localhost:3000';
const state = vi.hoisted(() => ({
  db: undefined as Kysely<Database> | undefined,
  jar: new Map<string, string>(),
  headers: new Headers(),
}));
// The jar holds cookies as the browser sends them; Next's cookies() hands out decoded values.
const cookieStore = () => ({
  get: (name: string) => (state.jar.has(name) ? { name, value: decodeURIComponent(state.jar.get(name)!) } : undefined),
  getAll: () => [...state.jar].map(([name, value]) => ({ name, value: decodeURIComponent(value) })),
});
vi.mock('@/lib/db', () => ({ getDb: async () => state.db! }));
vi.mock('next/headers', () => ({ cookies: async () => cookieStore(), headers: async () => state.headers }));
// next-auth's route handler reads the request's cookies through next/headers with require(), outside
// Vite's module graph, so its copy gets the same request scope by hand.
const nextHeaders = createRequire(import.meta.url)('next/headers') as Record<string, unknown>;
nextHeaders.cookies = async () => cookieStore();
nextHeaders.headers = async () => state.headers;

const { GET, POST } = await import('@/app/api/auth/[...nextauth]/route');
const { getCurrentUser } = await import('@/lib/auth/session');
const { createUser } = await import('@/lib/auth/users');
const { SIGN_IN_MISMATCH, signInWithPassword, signInWithProvider, signOut } = await import('./auth-client');
const { SESSION_COOKIE } = await import('@/lib/auth/options');

/** The browser: same-origin fetches to /api/auth/* go to the route, cookies kept as a browser keeps them. */
async function browserFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const url = new URL(String(input), ORIGIN);
  if (!url.pathname.startsWith('/api/auth/')) throw new Error(`unexpected fetch to ${url}`);
  const headers = new Headers(init.headers);
  headers.set('host', url.host);
  headers.set('cookie', [...state.jar].map(([n, v]) => `${n}=${v}`).join('; '));
  if (init.method === 'POST') headers.set('origin', ORIGIN);
  state.headers = headers;
  const request = new NextRequest(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.body as BodyInit | undefined,
  });
  const context = { params: Promise.resolve({ nextauth: url.pathname.slice('/api/auth/'.length).split('/') }) };
  const response = await (init.method === 'POST' ? POST : GET)(request, context);
  for (const line of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';');
    const name = pair.slice(0, pair.indexOf('='));
    const value = pair.slice(pair.indexOf('=') + 1);
    const isGone = value === '' || attributes.some((a) => /^\s*max-age=0$/i.test(a));
    if (isGone) state.jar.delete(name);
    else state.jar.set(name, value);
  }
  return response;
}

const assign = vi.fn();
const sessionEndpoint = async () =>
  (await (await browserFetch('/api/auth/session')).json()) as { user?: { email?: string } };

for (const backend of TEST_BACKENDS.slice(0, 1)) {
  describe(`auth client against next-auth's handler on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);
    beforeEach(async () => {
      state.db = await freshDb();
      state.jar.clear();
      assign.mockReset();
      vi.stubEnv('AUTH_SECRET', 'a-test-secret-that-is-long-enough-0123456789');
      vi.stubEnv('NEXTAUTH_URL', ORIGIN);
      vi.stubEnv('REDIS_URL', undefined);
      vi.stubGlobal('fetch', browserFetch);
      vi.stubGlobal('window', { location: { origin: ORIGIN, assign } });
    });

    it('[student] signs in with the right password, is signed in on the server, and signs out for good', async () => {
      const user = await createUser(state.db!, {
        name: 'Ana',
        email: `ana-${crypto.randomUUID()}@example.org`,
        password: 'the right password',
        role: 'student',
      });
      expect(await signInWithPassword(user.email, 'the right password')).toEqual({ ok: true });
      expect(state.jar.has(SESSION_COOKIE)).toBe(true);
      expect((await getCurrentUser())?.id).toBe(user.id);
      expect((await sessionEndpoint()).user?.email).toBe(user.email);

      const copied = state.jar.get(SESSION_COOKIE)!;
      await signOut();
      expect(state.jar.has(SESSION_COOKIE)).toBe(false);
      expect(await sessionEndpoint()).toEqual({});
      // The cookie copied before signing out is refused too (the session version was raised).
      state.jar.set(SESSION_COOKIE, copied);
      expect(await getCurrentUser()).toBeUndefined();
    });

    it('[student] a wrong password gets the form’s message and no session', async () => {
      const user = await createUser(state.db!, {
        name: 'Ben',
        email: `ben-${crypto.randomUUID()}@example.org`,
        password: 'the right password',
        role: 'student',
      });
      expect(await signInWithPassword(user.email, 'a wrong password')).toEqual({
        ok: false,
        message: SIGN_IN_MISMATCH,
      });
      expect(state.jar.has(SESSION_COOKIE)).toBe(false);
    });

    it('[attacker] once the account is locked, the form gets the 429’s message, even for the right password', async () => {
      const user = await createUser(state.db!, {
        name: 'Cy',
        email: `cy-${crypto.randomUUID()}@example.org`,
        password: 'the right password',
        role: 'student',
      });
      let result = await signInWithPassword(user.email, 'guess');
      for (let i = 0; i < 40 && result.ok === false && !/too many/i.test(result.message); i++)
        result = await signInWithPassword(user.email, `guess ${i}`);
      expect(result).toEqual({ ok: false, message: expect.stringMatching(/too many attempts/i) });
      expect(await signInWithPassword(user.email, 'the right password')).toEqual({
        ok: false,
        message: expect.stringMatching(/too many attempts/i),
      });
      expect(state.jar.has(SESSION_COOKIE)).toBe(false);
    });

    it('[student] an OAuth sign-in goes on to the provider’s own authorisation page', async () => {
      vi.stubEnv('GITHUB_CLIENT_ID', 'test-client');
      vi.stubEnv('GITHUB_CLIENT_SECRET', 'test-secret');
      expect(await signInWithProvider('github', '/dashboard')).toBeUndefined();
      expect(assign).toHaveBeenCalledTimes(1);
      const target = new URL(assign.mock.calls[0]![0] as string);
      expect(`${target.origin}${target.pathname}`).toBe('https://github.com/login/oauth/authorize');
      expect(target.searchParams.get('client_id')).toBe('test-client');
      expect(target.searchParams.get('redirect_uri')).toBe(`${ORIGIN}/api/auth/callback/github`);
    });
  });
}
