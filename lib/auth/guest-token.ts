import { isCookieSecure } from './cookie-security';
import { getAuthSecret } from './secret';

// A self-learner's identity without an account: a random guest id, signed with the server secret,
// kept in an http-only cookie. Only the signature proves ownership; the id itself is not secret.
// Web Crypto only, so the same code runs in proxy.ts and in route handlers.

export const GUEST_COOKIE = 'sw_guest';
export const GUEST_COOKIE_MAX_AGE = 60 * 60 * 24 * 400; // about 13 months, the browser maximum

const encoder = new TextEncoder();
// Tokens this process has already verified, with their guest id: a browser sends the same cookie
// on every request, and proxy.ts and the route handler both ask, so each token's signature is
// checked once instead of on every request. Bound to the secret it was verified with.
const VERIFIED_CACHE_SIZE = 10_000;
let keyPromise: { secret: string; key: Promise<CryptoKey>; verified: Map<string, string> } | undefined;

function keyState() {
  const secret = getAuthSecret();
  if (keyPromise?.secret !== secret) {
    keyPromise = {
      secret,
      key: crypto.subtle.importKey('raw', encoder.encode(`guest:${secret}`), { name: 'HMAC', hash: 'SHA-256' }, false, [
        'sign',
        'verify',
      ]),
      verified: new Map(),
    };
  }
  return keyPromise;
}

function signingKey(): Promise<CryptoKey> {
  return keyState().key;
}

function toBase64Url(bytes: ArrayBuffer | Uint8Array): string {
  return Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('base64url');
}

export function newGuestId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return `g_${toBase64Url(bytes)}`;
}

export async function signGuestToken(guestId: string): Promise<string> {
  const signature = await crypto.subtle.sign('HMAC', await signingKey(), encoder.encode(guestId));
  return `${guestId}.${toBase64Url(signature)}`;
}

/** The guest id in a cookie value, or undefined if it is missing, malformed or not signed by us. */
export async function verifyGuestToken(token: string | undefined): Promise<string | undefined> {
  if (!token || token.length > 200) return undefined;
  const match = /^(g_[A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return undefined;
  const [, guestId, signature] = match as unknown as [string, string, string];
  const state = keyState();
  if (state.verified.get(token) === guestId) return guestId;
  const isValid = await crypto.subtle.verify(
    'HMAC',
    await state.key,
    Buffer.from(signature, 'base64url'),
    encoder.encode(guestId),
  );
  if (!isValid) return undefined;
  if (state.verified.size >= VERIFIED_CACHE_SIZE) state.verified.delete(state.verified.keys().next().value!);
  state.verified.set(token, guestId);
  return guestId;
}

export function guestCookieOptions() {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: isCookieSecure(),
    path: '/',
    maxAge: GUEST_COOKIE_MAX_AGE,
  };
}
