import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { normalizeDisplayName } from './normalize-display-name';
import { hashPassword } from './password';
import { ROLES, type Role } from './roles';

export type User = { id: string; email: string; name: string; role: Role };

/**
 * The one spelling of an email that sign-up stores, sign-in looks up and the sign-in limit counts.
 * NFKC folds compatibility forms (fullwidth ＡＮＡ＠…, ligatures) into plain ones and may produce
 * spaces (U+3000 becomes U+0020), so it runs before the trim. Stored emails were validated as
 * ASCII addresses, on which NFKC changes nothing, so existing accounts keep their key.
 */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

export function newUserId(): string {
  return `u_${randomBytes(12).toString('base64url')}`;
}

const EMAIL_TAKEN = 'An account with this email already exists. Sign in instead, or use another email.';

/** A conflict shown next to the email field of the sign-up form. */
export const emailTaken = () => new AppError('conflict', EMAIL_TAKEN, { fieldErrors: { email: EMAIL_TAKEN } });

function toUser(row: { id: string; email: string; name: string; role: string }): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: (ROLES as readonly string[]).includes(row.role) ? (row.role as Role) : 'student',
  };
}

export async function createUser(
  db: Kysely<Database>,
  input: { name: string; email: string; password: string | null; role: Role },
  now = new Date(),
): Promise<User> {
  const stamp = now.toISOString();
  const row = {
    id: newUserId(),
    email: normalizeEmail(input.email),
    name: normalizeDisplayName(input.name),
    password_hash: input.password === null ? null : await hashPassword(input.password),
    role: input.role,
    created_at: stamp,
    updated_at: stamp,
  };
  const inserted = await db
    .insertInto('users')
    .values(row)
    .onConflict((oc) => oc.column('email').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw emailTaken();
  return toUser(row);
}

export async function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

/** The user as the database has them now: role changes apply on the next request. */
export async function getUserById(db: Kysely<Database>, id: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/**
 * The user a session token names, as the database has them now, or undefined when that session was
 * revoked (signed out since the token was issued). One query: the same one that reads the role.
 */
export async function getSessionUser(
  db: Kysely<Database>,
  id: string,
  sessionVersion: number,
): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role'])
    .where('id', '=', id)
    .where('session_version', '=', sessionVersion)
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/** The version a new session token is issued under. */
export async function getSessionVersion(db: Kysely<Database>, id: string): Promise<number> {
  const row = await db.selectFrom('users').select('session_version').where('id', '=', id).executeTakeFirst();
  return row?.session_version ?? 0;
}

/**
 * Signing out: every session token issued under this version stops working on its next request,
 * on every device. Only a current token can do it, so a copied token that was already revoked
 * cannot sign the account out again and again.
 */
export async function revokeSessions(
  db: Kysely<Database>,
  id: string,
  sessionVersion: number,
  now = new Date(),
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set((eb) => ({ session_version: eb('session_version', '+', 1), updated_at: now.toISOString() }))
    .where('id', '=', id)
    .where('session_version', '=', sessionVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
