import type { Kysely } from 'kysely';

// The question bank's versions, pools and regrades.
// - answers.question_revision: the revision of the question an answer was graded on, so
//   `npm run content:regrade` finds every answer a content change touches.
// - assignments.question_pool / question_count: which pool a teacher assigns from, and how many
//   questions each student draws from it.
// - question_adjustments: a teacher's correction of one question for one assignment (give
//   everyone full credit, or accept another answer). Append-only; later saves honour it too.
// - regrades: one row per answer whose score a regrade changed, never updated or deleted: the
//   history the gradebook and the student's result show ("regraded on … because …").
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('answers')
    .addColumn('question_revision', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('assignments')
    .addColumn('question_pool', 'text', (col) => col.notNull().defaultTo('assessment'))
    .execute();
  await db.schema
    .alterTable('assignments')
    .addColumn('question_count', 'integer', (col) => col.notNull().defaultTo(12))
    .execute();
  await db.schema
    .createTable('question_adjustments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('assignment_id', 'text', (col) => col.notNull())
    .addColumn('question_id', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('accepted', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('teacher_id', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('question_adjustments_assignment')
    .on('question_adjustments')
    .columns(['assignment_id', 'question_id'])
    .execute();
  await db.schema
    .createTable('regrades')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('attempt_id', 'text', (col) => col.notNull())
    .addColumn('question_id', 'text', (col) => col.notNull())
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('assignment_id', 'text')
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('from_revision', 'integer', (col) => col.notNull())
    .addColumn('to_revision', 'integer', (col) => col.notNull())
    .addColumn('old_score', 'real', (col) => col.notNull())
    .addColumn('new_score', 'real', (col) => col.notNull())
    .addColumn('old_attempt_score', 'real')
    .addColumn('new_attempt_score', 'real')
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('adjustment_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('regrades_attempt').on('regrades').column('attempt_id').execute();
  await db.schema.createIndex('regrades_assignment').on('regrades').column('assignment_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('regrades').execute();
  await db.schema.dropTable('question_adjustments').execute();
  await db.schema.alterTable('assignments').dropColumn('question_count').execute();
  await db.schema.alterTable('assignments').dropColumn('question_pool').execute();
  await db.schema.alterTable('answers').dropColumn('question_revision').execute();
}
