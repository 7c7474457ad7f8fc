import 'server-only';
import type { SaveOwner } from '@/lib/attempts/lock';
import { getLearnerId, getOrCreateLearnerId, getSaveOwner } from '@/lib/auth/learner';
import type { Permission } from '@/lib/auth/roles';
import { getCurrentUser, requirePermissionForApi, requireUserForApi } from '@/lib/auth/session';
import type { User } from '@/lib/auth/users';
import type { AppError } from '@/lib/errors';

// The authenticate and authorise steps every way in shares (route handlers: api-route.ts; Server
// Actions: lib/actions/action.ts), stated as data. Permissions are lib/auth/roles.ts's; they are
// checked with the caller, before any body is read, because they depend on the role alone:
// ownership is checked later, in the WHERE clause of the operation's own query.

export type AuthRule =
  /** Nobody in particular: the handler needs no identity. */
  | 'public'
  /** The signed-in user if any, else undefined; never refused. */
  | 'anyone'
  /** A signed-in user (401 otherwise). */
  | 'user'
  /** A signed-in user with this permission (401, 403 otherwise). */
  | { can: Permission }
  /** The learner (user or guest) if any; never mints a guest. */
  | { learner: 'optional' }
  /** The learner, else `orElse()` is thrown (an attempt's routes: "no such attempt"). */
  | { learner: 'required'; orElse: () => AppError }
  /** The learner, minting a guest identity (and cookie) for a request that has none, once its input has parsed. */
  | { learner: 'create' }
  /** For an answer save: the learner from the cookies alone, no query (lib/auth/learner.ts getSaveOwner). */
  | { learner: 'save'; orElse: () => AppError };

/** What a handler is given for each rule. */
export type CallerOf<A extends AuthRule> = A extends 'public'
  ? object
  : A extends 'anyone'
    ? { user: User | undefined }
    : A extends 'user' | { can: Permission }
      ? { user: User }
      : A extends { learner: 'optional' }
        ? { learnerId: string | undefined }
        : A extends { learner: 'required' | 'create' }
          ? { learnerId: string }
          : A extends { learner: 'save' }
            ? { owner: SaveOwner }
            : never;

export type Caller = { user?: User; learnerId?: string; owner?: SaveOwner };

/** Who is asking, and whether they may; throws an AppError (401, 403 or the rule's own) when not. */
export async function authenticate(rule: AuthRule): Promise<Caller> {
  if (rule === 'public') return {};
  if (rule === 'anyone') return { user: await getCurrentUser() };
  if (rule === 'user') return { user: await requireUserForApi() };
  if ('can' in rule) return { user: await requirePermissionForApi(rule.can) };
  switch (rule.learner) {
    case 'optional':
      return { learnerId: await getLearnerId() };
    case 'create':
      // Minted after parsing (mintLearner), so a refused request sets no cookie.
      return {};
    case 'required': {
      const learnerId = await getLearnerId();
      if (!learnerId) throw rule.orElse();
      return { learnerId };
    }
    case 'save': {
      const owner = await getSaveOwner();
      if (!owner) throw rule.orElse();
      return { owner };
    }
  }
}

export function mintsLearner(rule: AuthRule): boolean {
  return typeof rule === 'object' && 'learner' in rule && rule.learner === 'create';
}

/** The one write authentication may do, once the input is known to be good: a new guest identity if none. */
export async function mintLearner(): Promise<Caller> {
  return { learnerId: await getOrCreateLearnerId() };
}
