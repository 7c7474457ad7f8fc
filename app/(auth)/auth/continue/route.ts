// GET /auth/continue?next=/path – after sign-in or sign-up: take this browser's guest work into the account, then go on.
import { claimGuest } from '@/lib/auth/claim-guest';
import { getGuestId, setGuestCookie } from '@/lib/auth/learner';
import { safeRedirectPath } from '@/lib/auth/safe-redirect';
import { getDb } from '@/lib/db';
import { apiRoute } from '@/lib/http/api-route';
import { seeOther } from '@/lib/http/respond';

// A guest with nothing to claim needs no database connection.
export const GET = apiRoute({ auth: 'anyone', database: false }, async ({ user, request }) => {
  const next = safeRedirectPath(new URL(request.url).searchParams.get('next'));
  if (!user) return seeOther(`/sign-in?callbackUrl=${encodeURIComponent(next)}`);
  const guestId = await getGuestId();
  if (guestId) {
    await claimGuest(await getDb(), guestId, user.id);
    // The old guest id now belongs to this account; anything done signed-out from here on starts fresh.
    await setGuestCookie();
  }
  return seeOther(next);
});
