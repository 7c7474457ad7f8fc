import 'server-only';
import type { Kysely } from 'kysely';
import type { Account, Profile, User as ProviderUser } from 'next-auth';
import type { Database } from '@/lib/db/schema';
import { cleanName } from '@/lib/text/clean-name';
import { DISPLAY_NAME_MAX_LENGTH } from './normalize-display-name';
import { createUser, findUserByEmail } from './users';

/**
 * A provider's name is whatever its user typed there, so it is cleaned like one typed here; when
 * nothing readable is left, the email's local part stands in, so the sign-in still succeeds.
 */
export function oauthDisplayName(providerName: string | null | undefined, email: string): string {
  const name = cleanName(providerName ?? '')
    .slice(0, DISPLAY_NAME_MAX_LENGTH)
    .trim();
  return (
    name ||
    cleanName(email.split('@')[0] ?? '')
      .slice(0, DISPLAY_NAME_MAX_LENGTH)
      .trim() ||
    'Student'
  );
}

/**
 * The Sourcewise user behind an OAuth sign-in: the one already linked to this provider account,
 * else the one with the same email (providers verify emails), else a new student account.
 */
export async function linkOAuthUser(
  db: Kysely<Database>,
  account: Account,
  user: ProviderUser,
  profile?: Profile,
): Promise<string> {
  const linked = await db
    .selectFrom('oauth_accounts')
    .select('user_id')
    .where('provider', '=', account.provider)
    .where('provider_account_id', '=', account.providerAccountId)
    .executeTakeFirst();
  if (linked) return linked.user_id;
  const email = user.email ?? profile?.email;
  if (!email)
    throw new Error(`${account.provider} did not share an email address, which Sourcewise needs to create an account`);
  const existing = await findUserByEmail(db, email);
  const id =
    existing?.id ??
    (await createUser(db, { name: oauthDisplayName(user.name, email), email, password: null, role: 'student' })).id;
  await db
    .insertInto('oauth_accounts')
    .values({
      provider: account.provider,
      provider_account_id: account.providerAccountId,
      user_id: id,
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.columns(['provider', 'provider_account_id']).doNothing())
    .execute();
  return id;
}
