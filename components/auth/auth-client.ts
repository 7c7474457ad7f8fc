// The browser side of signing in and out, over next-auth's own endpoints (CSRF token, credentials
// callback, provider sign-in, sign-out) without `next-auth/react`, for two reasons read in its
// 4.24 source: its signIn parses `new URL(data.url)` from every answer, so our lockout's 429
// ({ error }, no url) would throw instead of reaching the form; and it costs four requests per
// sign-in (providers, csrf, callback, session) where this needs two, plus a SessionProvider nothing
// here uses. The contract it relies on (the addresses, `json: 'true'` answered with { url }, the
// cookies) is tested against next-auth's real handler in auth-client.test.ts.

/** Said for a wrong password and an unknown account alike, so neither is told apart. */
export const SIGN_IN_MISMATCH =
  'Those details do not match an account. Check your email or username, and your password or personal code.';

export type SignInResult = { ok: true } | { ok: false; message: string };

async function csrfToken(): Promise<string> {
  const res = await fetch('/api/auth/csrf', { credentials: 'same-origin' });
  const body = (await res.json()) as { csrfToken: string };
  return body.csrfToken;
}

export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  try {
    const body = new URLSearchParams({ csrfToken: await csrfToken(), email, password, json: 'true', callbackUrl: '/' });
    const res = await fetch('/api/auth/callback/credentials', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
      body,
    });
    if (res.status === 429) return { ok: false, message: ((await res.json()) as { error: string }).error };
    const data = (await res.json().catch(() => ({}))) as { url?: string };
    const error = data.url ? new URL(data.url, window.location.origin).searchParams.get('error') : 'unknown';
    if (!res.ok || error) return { ok: false, message: SIGN_IN_MISMATCH };
    return { ok: true };
  } catch {
    return { ok: false, message: 'Could not reach Sourcewise. Check your connection and try again.' };
  }
}

/**
 * Starts an OAuth sign-in: next-auth wants a POST carrying its CSRF token, and answers with the
 * provider's authorisation page, where the browser goes next. Returns a message if it could not.
 */
export async function signInWithProvider(providerId: string, callbackUrl: string): Promise<string | undefined> {
  try {
    const body = new URLSearchParams({ csrfToken: await csrfToken(), json: 'true', callbackUrl });
    const res = await fetch(`/api/auth/signin/${encodeURIComponent(providerId)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
      body,
    });
    const data = (await res.json().catch(() => ({}))) as { url?: string };
    if (!res.ok || !data.url) return 'Could not start signing in with that provider. Try again, or use your email.';
    window.location.assign(data.url);
    return undefined;
  } catch {
    return 'Could not reach Sourcewise. Check your connection and try again.';
  }
}

export async function signOut(): Promise<void> {
  const body = new URLSearchParams({ csrfToken: await csrfToken(), json: 'true', callbackUrl: '/' });
  await fetch('/api/auth/signout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
    body,
  });
}

/** Where to go after signing in: `next` when something asked for it; empty lets the server choose. */
export function continueHref(next: string): string {
  return next ? `/auth/continue?next=${encodeURIComponent(next)}` : '/auth/continue';
}

/** A link to sign in (or up) that keeps where the visitor was going, if anywhere. */
export function authPageHref(page: '/sign-in' | '/sign-up', next: string): string {
  return next ? `${page}?callbackUrl=${encodeURIComponent(next)}` : page;
}

/** After signing in: the server moves this browser's guest work into the account, then goes on. */
export function continueTo(next: string): void {
  // A full navigation: /auth/continue is a route handler, and every page must see the new session.
  window.location.assign(continueHref(next));
}
