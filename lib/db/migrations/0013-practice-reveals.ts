import { sql, type Kysely } from 'kysely';

// Practice feedback that makes a learner think: a first wrong try shows where to look, and the key
// comes with a second wrong try, a right one, or "Show me". Two facts per answer record that, so
// mastery can tell a try made after seeing the answer from one made before:
// - key_shown_after: how many tries the learner had made when the key was first shown (null: never);
//   every try numbered above it came after seeing the answer.
// - revealed_at: when the learner asked for the answer ("Show me"), as ISO-8601 text; null if never.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('answers').addColumn('key_shown_after', 'integer').execute();
  await db.schema.alterTable('answers').addColumn('revealed_at', 'text').execute();
  // Practice and reviews checked before this showed every key at the first check.
  await sql`update answers set key_shown_after = tries
    where attempt_id in (select id from attempts where kind in ('practice', 'review'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('answers').dropColumn('revealed_at').execute();
  await db.schema.alterTable('answers').dropColumn('key_shown_after').execute();
}
