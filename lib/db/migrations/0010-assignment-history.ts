import type { Kysely } from 'kysely';

// Editing and archiving assignments.
// - assignments.archived_at: set when a teacher deletes an assignment. It is archived, not
//   destroyed: it leaves the gradebook and every list, takes no new attempts or answers, and its
//   attempts stay for the record; the teacher can still open it and restore it.
// - assignment_history: every edit, archive and restore, never updated or deleted: who, when, and
//   what changed from what to what (JSON text, so both backends store it the same way).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('assignments').addColumn('archived_at', 'text').execute();
  await db.schema
    .createTable('assignment_history')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('assignment_id', 'text', (col) => col.notNull())
    .addColumn('teacher_id', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('details', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('assignment_history_assignment')
    .on('assignment_history')
    .columns(['assignment_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assignment_history').execute();
  await db.schema.alterTable('assignments').dropColumn('archived_at').execute();
}
