import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, can, type Permission } from './roles';
import { getSessionToken } from './session-token';
import { getSessionUser, type User } from './users';

// The one session helper: the signed-in user as the database has them now (role included), once
// per request, in one query that also refuses a revoked session. Pages use requireUser/
// requirePermission (redirect or 404); route handlers and actions use the *ForApi variants (AppErrors: unauthenticated, forbidden).

/** Undefined for a guest, and for a session that was signed out (its version is no longer current). */
export const getCurrentUser = cache(async (): Promise<User | undefined> => {
  // The token is decrypted once per process (session-token.ts); its version is checked here, in
  // the query that reads the role, so a signed-out session is refused on its next request.
  const session = await getSessionToken();
  return session ? getSessionUser(await getDb(), session.uid, session.sessionVersion) : undefined;
});

export async function requireUser(returnTo: string): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages: someone without the permission sees "not found", not a hint that the page exists. */
export async function requirePermission(permission: Permission, returnTo: string): Promise<User> {
  const user = await requireUser(returnTo);
  if (!can(user, permission)) notFound();
  return user;
}

export async function requireUserForApi(): Promise<User> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthenticated', 'Sign in first.');
  return user;
}

export async function requirePermissionForApi(permission: Permission): Promise<User> {
  const user = await requireUserForApi();
  assertCan(user, permission);
  return user;
}
