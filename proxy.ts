import { NextResponse, type NextRequest } from 'next/server';
import { GUEST_COOKIE, guestCookieOptions, newGuestId, signGuestToken, verifyGuestToken } from '@/lib/auth/guest-token';

// Gives a first-time visitor a guest identity (a signed, http-only cookie), so a self-learner can
// start without an account and find their attempts again. It protects nothing: every page and
// route handler that touches learner data checks the identity itself.

export async function proxy(request: NextRequest) {
  if (await verifyGuestToken(request.cookies.get(GUEST_COOKIE)?.value)) return NextResponse.next();
  const token = await signGuestToken(newGuestId());
  // Hand the new cookie to this same request too, so the page rendering now sees the guest.
  request.cookies.set(GUEST_COOKIE, token);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(GUEST_COOKIE, token, guestCookieOptions());
  return response;
}

export const config = {
  // Pages and the API; not static files, images or Next's own assets.
  matcher: ['/((?!_next/|favicon.ico|robots.txt|.*\\.(?:png|jpg|svg|ico|css|js|map|txt)$).*)'],
};
