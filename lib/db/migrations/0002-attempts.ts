import { sql, type Kysely } from 'kysely';

// Attempts at a module's practice, quiz, the final test or a retake, and the answers in them.
// `owner_id` is the learner: a guest id (g_…) until accounts exist, then a user id, so a guest's
// attempts move to an account by changing owner_id. `answer_saves` remembers each save's
// idempotency key, so a retried save is applied once.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('guests')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('attempts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('course_id', 'text', (col) => col.notNull())
    .addColumn('module_id', 'text')
    .addColumn('kind', 'text', (col) => col.notNull())
    // What this attempt is at, e.g. quiz:<course>:<module> or retake:<attempt>; one in progress each.
    .addColumn('target_key', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('seed', 'text', (col) => col.notNull())
    .addColumn('question_ids', 'text', (col) => col.notNull())
    .addColumn('source_attempt_id', 'text')
    .addColumn('score', 'real')
    .addColumn('max_score', 'real', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('submitted_at', 'text')
    .execute();
  await db.schema.createIndex('attempts_owner_idx').on('attempts').columns(['owner_id', 'created_at']).execute();
  await db.schema
    .createIndex('attempts_one_in_progress')
    .on('attempts')
    .columns(['owner_id', 'target_key'])
    .unique()
    .where(sql.ref('status'), '=', 'in_progress')
    .execute();

  await db.schema
    .createTable('answers')
    .addColumn('attempt_id', 'text', (col) => col.notNull().references('attempts.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (col) => col.notNull())
    .addColumn('response', 'text', (col) => col.notNull())
    .addColumn('score', 'real', (col) => col.notNull())
    .addColumn('is_correct', 'integer', (col) => col.notNull())
    .addColumn('first_score', 'real', (col) => col.notNull())
    .addColumn('tries', 'integer', (col) => col.notNull())
    .addColumn('revision', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('answers_pk', ['attempt_id', 'question_id'])
    .execute();

  await db.schema
    .createTable('answer_saves')
    .addColumn('attempt_id', 'text', (col) => col.notNull().references('attempts.id').onDelete('cascade'))
    .addColumn('idempotency_key', 'text', (col) => col.notNull())
    .addColumn('question_id', 'text', (col) => col.notNull())
    .addColumn('revision', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('answer_saves_pk', ['attempt_id', 'idempotency_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('answer_saves').execute();
  await db.schema.dropTable('answers').execute();
  await db.schema.dropTable('attempts').execute();
  await db.schema.dropTable('guests').execute();
}
