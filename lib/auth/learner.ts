import 'server-only';
import { cookies } from 'next/headers';
import { GUEST_COOKIE, guestCookieOptions, newGuestId, signGuestToken, verifyGuestToken } from './guest-token';
import { getCurrentUser } from './session';
import type { SaveOwner } from '@/lib/attempts/lock';
import { getSessionToken } from './session-token';

// Who is learning: the signed-in user, else the guest named by the signed cookie. Attempts,
// answers and progress are owned by this id. Every page and route that touches them asks here.

export async function getGuestId(): Promise<string | undefined> {
  return verifyGuestToken((await cookies()).get(GUEST_COOKIE)?.value);
}

export async function getLearnerId(): Promise<string | undefined> {
  return (await getCurrentUser())?.id ?? (await getGuestId());
}

/**
 * For an answer save, the hottest request there is: the learner from the cookies alone, with no
 * query. A signed-in user comes with the version of the session that asked, which the save checks
 * in its own first read (lib/attempts/lock.ts), so a signed-out session still saves nothing. Only
 * for callers that check it there; everything else asks getLearnerId.
 */
export async function getSaveOwner(): Promise<SaveOwner | undefined> {
  const session = await getSessionToken();
  if (session) return { ownerId: session.uid, sessionVersion: session.sessionVersion };
  const guestId = await getGuestId();
  return guestId ? { ownerId: guestId } : undefined;
}

/** The learner, minting a guest identity (and its cookie) when a request arrives with neither. */
export async function getOrCreateLearnerId(): Promise<string> {
  const existing = await getLearnerId();
  if (existing) return existing;
  const guestId = newGuestId();
  await setGuestCookie(guestId);
  return guestId;
}

/** Gives this browser a fresh guest identity (after its old one was taken into an account). */
export async function setGuestCookie(guestId = newGuestId()): Promise<void> {
  (await cookies()).set(GUEST_COOKIE, await signGuestToken(guestId), guestCookieOptions());
}
