import type { Kysely } from 'kysely';

// Accounts, the guests they have taken over, lessons read, and sign-in throttling.
// `guest_claims` makes moving a guest's work into an account happen exactly once per guest id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    // Null for accounts that only ever sign in with an OAuth provider.
    .addColumn('password_hash', 'text')
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('oauth_accounts')
    .addColumn('provider', 'text', (col) => col.notNull())
    .addColumn('provider_account_id', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('oauth_accounts_pk', ['provider', 'provider_account_id'])
    .execute();

  await db.schema
    .createTable('guest_claims')
    .addColumn('guest_id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('claimed_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('lesson_reads')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('course_id', 'text', (col) => col.notNull())
    .addColumn('module_id', 'text', (col) => col.notNull())
    .addColumn('first_read_at', 'text', (col) => col.notNull())
    .addColumn('last_read_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('lesson_reads_pk', ['owner_id', 'course_id', 'module_id'])
    .execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('window_started_at', 'text', (col) => col.notNull())
    .addColumn('blocked_until', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['login_throttle', 'lesson_reads', 'guest_claims', 'oauth_accounts', 'users']) {
    await db.schema.dropTable(table).execute();
  }
}
