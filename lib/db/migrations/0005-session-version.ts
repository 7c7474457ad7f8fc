import type { Kysely } from 'kysely';

// Signing out revokes the session: each JWT carries the account's session version from when it was
// issued, every request compares it with this column, and sign-out increments it. A copied cookie
// is then refused at once instead of staying valid until it expires. Existing accounts start at 0,
// which is also what a token issued before this column existed is taken to carry.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('session_version', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('session_version').execute();
}
