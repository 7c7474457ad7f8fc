import 'server-only';
import { cookies } from 'next/headers';
import { GUEST_COOKIE, guestCookieOptions, newGuestId, signGuestToken, verifyGuestToken } from './guest-token';

// Who is learning: for now a guest identified by the signed cookie (accounts come later and will
// take precedence here). Every page and route that touches attempts asks this itself.

export async function getLearnerId(): Promise<string | undefined> {
  const store = await cookies();
  return verifyGuestToken(store.get(GUEST_COOKIE)?.value);
}

/** The learner, minting a guest identity (and its cookie) when a request arrives without one. */
export async function getOrCreateLearnerId(): Promise<string> {
  const existing = await getLearnerId();
  if (existing) return existing;
  const guestId = newGuestId();
  (await cookies()).set(GUEST_COOKIE, await signGuestToken(guestId), guestCookieOptions());
  return guestId;
}
