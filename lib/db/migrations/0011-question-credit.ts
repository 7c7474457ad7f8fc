import type { Kysely } from 'kysely';

// Per-question credit on one student's attempt: a teacher sets one answer's score, with a reason.
// It is a question_adjustments row scoped to the attempt (attempt_id), of kind 'set-score', with
// the score given. Append-only like every adjustment: a second change is a second row, numbered
// (sequence) under the attempt's lock, so "the last one wins" means the last one applied. The
// unique index refuses two rows with one number, should two changes ever slip past the lock.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('question_adjustments').addColumn('attempt_id', 'text').execute();
  await db.schema.alterTable('question_adjustments').addColumn('score', 'real').execute();
  await db.schema.alterTable('question_adjustments').addColumn('sequence', 'integer').execute();
  await db.schema
    .createIndex('question_adjustments_attempt')
    .on('question_adjustments')
    .columns(['attempt_id', 'question_id', 'sequence'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('question_adjustments_attempt').execute();
  await db.schema.alterTable('question_adjustments').dropColumn('sequence').execute();
  await db.schema.alterTable('question_adjustments').dropColumn('score').execute();
  await db.schema.alterTable('question_adjustments').dropColumn('attempt_id').execute();
}
