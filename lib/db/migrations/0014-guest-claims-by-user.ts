import type { Kysely } from 'kysely';

// Every attempt page asks which guests its learner's account took over (lib/attempts/storage-scope.ts),
// to pick up answers those guests left unsent on the device: by user, so an index on it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('guest_claims_by_user').on('guest_claims').columns(['user_id', 'claimed_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('guest_claims_by_user').execute();
}
