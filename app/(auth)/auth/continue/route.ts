// GET /auth/continue?next=/path – after sign-in or sign-up: take this browser's guest work into the account, then go on.
import { cookies } from 'next/headers';
import { claimGuest } from '@/lib/auth/claim-guest';
import { CLAIM_NOTICE_COOKIE, encodeClaimNotice } from '@/lib/auth/claim-notice';
import { claimNoticeCookieOptions } from '@/lib/auth/claim-notice-cookie';
import { landingPathFor } from '@/lib/auth/landing-path';
import { getGuestId, setGuestCookie } from '@/lib/auth/learner';
import { safeRedirectPath } from '@/lib/auth/safe-redirect';
import { getDb } from '@/lib/db';
import { apiRoute } from '@/lib/http/api-route';
import { seeOther } from '@/lib/http/respond';

// `next` is where the visitor asked to go (a callbackUrl); without one, or with one that would
// leave the site, they land where they work (lib/auth/landing-path.ts).
// A guest with nothing to claim needs no database connection.
export const GET = apiRoute({ auth: 'anyone', database: false }, async ({ user, request }) => {
  const next = safeRedirectPath(new URL(request.url).searchParams.get('next'), '');
  if (!user) return seeOther(next ? `/sign-in?callbackUrl=${encodeURIComponent(next)}` : '/sign-in');
  const guestId = await getGuestId();
  if (guestId) {
    const claimed = await claimGuest(await getDb(), guestId, user.id);
    // Said once on the page they land on (app/layout.tsx), only when something was actually moved.
    const notice = encodeClaimNotice({ attempts: claimed.attemptsMoved, lessons: claimed.lessonsMoved });
    if (notice) (await cookies()).set(CLAIM_NOTICE_COOKIE, notice, claimNoticeCookieOptions());
    // The old guest id now belongs to this account; anything done signed-out from here on starts fresh.
    await setGuestCookie();
  }
  return seeOther(next || (await landingPathFor(await getDb(), user)));
});
