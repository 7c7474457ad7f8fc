import type { Kysely } from 'kysely';

// Students without email. A teacher can add students to a class by name; Sourcewise makes their
// accounts and prints each a sign-in card (a username and a personal code).
// - users.email is the name an account signs in with: an email address, or for these accounts a
//   username. A username never contains "@" and every email address does, so the two cannot
//   collide, and sign-in, its lockout and the unique index treat both the same way.
// - users.managed_by: the teacher who made the account, the one who can give it a new card (a new
//   personal code, which signs the student out everywhere). Null for accounts people made themselves.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('managed_by', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('managed_by').execute();
}
