// GET /auth/continue?next=/path – after sign-in or sign-up: take this browser's guest work into the account, then go on.
import { claimGuest } from '@/lib/auth/claim-guest';
import { getGuestId, setGuestCookie } from '@/lib/auth/learner';
import { safeRedirectPath } from '@/lib/auth/safe-redirect';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { seeOther } from '@/lib/http/json';

export async function GET(request: Request) {
  const url = new URL(request.url);
  const next = safeRedirectPath(url.searchParams.get('next'));
  const user = await getCurrentUser();
  if (!user) return seeOther(`/sign-in?callbackUrl=${encodeURIComponent(next)}`);
  const guestId = await getGuestId();
  if (guestId) {
    await claimGuest(await getDb(), guestId, user.id);
    // The old guest id now belongs to this account; anything done signed-out from here on starts fresh.
    await setGuestCookie();
  }
  return seeOther(next);
}
