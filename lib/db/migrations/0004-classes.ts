import type { Kysely } from 'kysely';

// Teaching: classes with join codes and rosters, assignments with their rules, per-student
// accommodations, and an append-only log of grade overrides. Attempts gain the assignment they
// were made for, their number within it, and a server-enforced deadline.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('classes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('teacher_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('join_code', 'text', (col) => col.notNull().unique())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('classes_teacher_idx').on('classes').column('teacher_id').execute();

  await db.schema
    .createTable('class_members')
    .addColumn('class_id', 'text', (col) => col.notNull().references('classes.id').onDelete('cascade'))
    .addColumn('student_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('joined_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('class_members_pk', ['class_id', 'student_id'])
    .execute();
  await db.schema.createIndex('class_members_student_idx').on('class_members').column('student_id').execute();

  await db.schema
    .createTable('assignments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('class_id', 'text', (col) => col.notNull().references('classes.id').onDelete('cascade'))
    .addColumn('course_id', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('module_id', 'text')
    .addColumn('opens_at', 'text', (col) => col.notNull())
    .addColumn('due_at', 'text', (col) => col.notNull())
    // After this no attempt may be started or answered; null means late work is accepted indefinitely.
    .addColumn('closes_at', 'text')
    // Null means unlimited attempts.
    .addColumn('attempts_allowed', 'integer')
    .addColumn('grading', 'text', (col) => col.notNull())
    .addColumn('time_limit_seconds', 'integer')
    // JSON: when the student sees their score, which answers were right, and the correct answers.
    .addColumn('review_policy', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('assignments_class_idx').on('assignments').column('class_id').execute();

  await db.schema
    .createTable('accommodations')
    .addColumn('assignment_id', 'text', (col) => col.notNull().references('assignments.id').onDelete('cascade'))
    .addColumn('student_id', 'text', (col) => col.notNull().references('users.id'))
    // Multiplies the time limit (1.5 = half as much again); null with is_untimed 1 means no limit.
    .addColumn('time_multiplier', 'real')
    .addColumn('is_untimed', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('due_at', 'text')
    .addColumn('closes_at', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('accommodations_pk', ['assignment_id', 'student_id'])
    .execute();

  await db.schema
    .createTable('grade_overrides')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('assignment_id', 'text', (col) => col.notNull().references('assignments.id').onDelete('cascade'))
    .addColumn('student_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('teacher_id', 'text', (col) => col.notNull().references('users.id'))
    // Either a score (0..max) or an excusal; null score with is_excused 0 clears an earlier override.
    .addColumn('score', 'real')
    .addColumn('is_excused', 'integer', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('grade_overrides_lookup_idx')
    .on('grade_overrides')
    .columns(['assignment_id', 'student_id', 'created_at'])
    .execute();

  await db.schema.alterTable('attempts').addColumn('assignment_id', 'text').execute();
  await db.schema.alterTable('attempts').addColumn('attempt_number', 'integer').execute();
  await db.schema.alterTable('attempts').addColumn('deadline_at', 'text').execute();
  // One attempt per number per student and assignment: racing starts cannot exceed the limit.
  await db.schema
    .createIndex('attempts_assignment_number')
    .on('attempts')
    .columns(['assignment_id', 'owner_id', 'attempt_number'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('attempts_assignment_number').execute();
  for (const column of ['deadline_at', 'attempt_number', 'assignment_id'])
    await db.schema.alterTable('attempts').dropColumn(column).execute();
  for (const table of ['grade_overrides', 'accommodations', 'assignments', 'class_members', 'classes'])
    await db.schema.dropTable(table).execute();
}
