import 'server-only';
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { cache } from 'react';
import { SESSION_COOKIE, sessionVersionOf } from './options';
import { getAuthSecret } from './secret';

// The signed-in user's id from the session cookie. getServerSession answered this before, but
// around the one decryption that matters it built every option, made a CSRF token and encrypted a
// refreshed token that it then threw away (a server component cannot set the cookie): most of an
// answer save's own time in the profile. This decrypts and checks the token (integrity and
// expiry) with the same `decode` next-auth's session endpoint uses; a missing, forged or expired
// token is no session, as before. (The profile: docs/operations.md, "Where the time went".)
// session-token.test.ts builds the cookie with next-auth's own encode and chunking, so a change of
// token format, cookie name or chunking in next-auth fails there.

// next-auth allows 15 s of clock skew on expiry; so do we for tokens decoded earlier.
const CLOCK_TOLERANCE_MS = 15_000;
const DECODED_CACHE_SIZE = 10_000;

// Tokens this process has already decrypted: a browser sends the same one on every request, and
// deriving the key and decrypting each time was the largest cost left. Bound to the secret.
let decoded: { secret: string; tokens: Map<string, SessionToken & { expiresAt: number }> } | undefined;

/** Who the cookie says is signed in, and the session version it was issued under (see revocation). */
export type SessionToken = { uid: string; sessionVersion: number };

function readSessionCookie(jar: Awaited<ReturnType<typeof cookies>>): string | undefined {
  const whole = jar.get(SESSION_COOKIE)?.value;
  if (whole) return whole;
  // next-auth splits a token over sw_session.0, .1, … when it outgrows one cookie.
  const chunks = jar
    .getAll()
    .filter((c) => /^\d+$/.test(c.name.slice(SESSION_COOKIE.length + 1)) && c.name.startsWith(`${SESSION_COOKIE}.`))
    .sort((a, b) => Number(a.name.slice(SESSION_COOKIE.length + 1)) - Number(b.name.slice(SESSION_COOKIE.length + 1)));
  return chunks.length > 0 ? chunks.map((c) => c.value).join('') : undefined;
}

export const getSessionToken = cache(async (): Promise<SessionToken | undefined> => {
  const token = readSessionCookie(await cookies());
  if (!token) return undefined;
  const secret = getAuthSecret();
  if (decoded?.secret !== secret) decoded = { secret, tokens: new Map() };
  const known = decoded.tokens.get(token);
  if (known)
    return Date.now() < known.expiresAt + CLOCK_TOLERANCE_MS
      ? { uid: known.uid, sessionVersion: known.sessionVersion }
      : undefined;
  let payload;
  try {
    payload = await decode({ token, secret });
  } catch {
    return undefined;
  }
  if (typeof payload?.uid !== 'string') return undefined;
  if (decoded.tokens.size >= DECODED_CACHE_SIZE) decoded.tokens.delete(decoded.tokens.keys().next().value!);
  // next-auth always sets exp; a token without one would never expire, in decode as here.
  const session = { uid: payload.uid, sessionVersion: sessionVersionOf(payload.sv) };
  decoded.tokens.set(token, {
    ...session,
    expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : Number.POSITIVE_INFINITY,
  });
  return session;
});
