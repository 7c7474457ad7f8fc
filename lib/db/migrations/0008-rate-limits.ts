import type { Kysely } from 'kysely';

// Counters for every rate limit (sign-in failures per account and per IP, sign-ups, class-code
// guesses, guest attempts), kept by rate-limiter-flexible through lib/limits/kysely-store.ts when
// Redis is not configured. They replace login_throttle's hand-written counters; a count lost in
// the switch only gives an attacker back at most one cool-down's worth of guesses.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('points', 'integer', (col) => col.notNull())
    .addColumn('expires_at', 'text')
    .execute();
  await db.schema.createIndex('rate_limits_expires_at').on('rate_limits').column('expires_at').execute();
  await db.schema.dropTable('login_throttle').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rate_limits').execute();
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('window_started_at', 'text', (col) => col.notNull())
    .addColumn('blocked_until', 'text')
    .execute();
}
