import { NextResponse, type NextRequest } from 'next/server';
import { GUEST_COOKIE, guestCookieOptions, newGuestId, signGuestToken, verifyGuestToken } from '@/lib/auth/guest-token';
import { contentSecurityPolicy, newNonce, staticContentSecurityPolicy } from '@/lib/http/content-security-policy';
import { buildStylesheetHashes, prerenderedHashes } from '@/lib/http/static-csp';
import { DEFAULT_BODY_LIMIT } from '@/lib/http/body-limit';

// Two things for every page and API request (after refusing an oversized body), neither of which protects data (every page and route
// handler that touches learner data checks the identity itself):
// - a Content-Security-Policy: for a page prerendered at build time (the course, lessons, the
//   article: components/ui/page-chrome.tsx) the hashes of its inline scripts (lib/http/static-csp.ts);
//   for any other, a fresh nonce, set on the request too, where Next.js reads it and puts it on its
//   own scripts as it renders the page;
// - a guest identity (a signed, http-only cookie) for a first-time visitor, so a self-learner can
//   start without an account and find their attempts again. Not on reading a prerendered page or
//   asking who one is (/api/me, /api/progress): those answers are the same with or without one, a
//   prerendered page stays cacheable without a Set-Cookie, and the lesson page's own requests would
//   otherwise each mint a different guest at once; the first request that records something
//   (reading a lesson, starting an attempt) makes the identity.
// The headers that do not change per request are in next.config.js, for static files as well.

/** Reads whose answer is the same with or without a guest identity (see above). */
const READS_WITHOUT_IDENTITY = new Set(['/api/me', '/api/progress']);

export async function proxy(request: NextRequest) {
  // No route accepts a body over DEFAULT_BODY_LIMIT; those that read one cap it as they read, and
  // this refuses a declared oversized body, also on routes that take no body at all. Next.js calls
  // proxy.ts only once the body is in, so under `npm start` scripts/serve.ts refuses it first,
  // before the upload; this stays for `next dev` and any server without that front door.
  if (Number(request.headers.get('content-length') ?? 0) > DEFAULT_BODY_LIMIT) {
    return NextResponse.json(
      { error: `The request body is too large (limit ${DEFAULT_BODY_LIMIT} bytes).` },
      { status: 413 },
    );
  }
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  const staticHashes = isRead ? prerenderedHashes(request.nextUrl.pathname) : null;
  if (staticHashes) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', staticContentSecurityPolicy(staticHashes));
    return response;
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { styleHashes: buildStylesheetHashes() });
  const mayMint = !(isRead && READS_WITHOUT_IDENTITY.has(request.nextUrl.pathname));
  const hasGuest = Boolean(await verifyGuestToken(request.cookies.get(GUEST_COOKIE)?.value));
  const token = hasGuest || !mayMint ? undefined : await signGuestToken(newGuestId());
  // Hand the new cookie to this same request too, so the page rendering now sees the guest.
  if (token) request.cookies.set(GUEST_COOKIE, token);
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  headers.set('x-nonce', nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  if (token) response.cookies.set(GUEST_COOKIE, token, guestCookieOptions());
  return response;
}

export const config = {
  // Every page and the API; not Next's own assets, the files in app/ and public/ that Next serves
  // as they are (each by its exact name: lib/http/proxy-matcher.test.ts fails when one is added and
  // not listed here), nor the health probe (a load balancer's every poll would otherwise be handed a
  // guest identity). Not "anything ending in .txt or .svg", nor all of /icons/: /join/ABCD-EFGH.txt
  // is a page, and it rendered without a CSP, as a not-found page under /icons/ would.
  matcher: [
    '/((?!_next/|api/health$|icon\\.svg$|robots\\.txt$|manifest\\.webmanifest$|icons/sourcewise\\.svg$|icons/sourcewise-192\\.png$|icons/sourcewise-512\\.png$|icons/sourcewise-maskable-512\\.png$).*)',
  ],
};
