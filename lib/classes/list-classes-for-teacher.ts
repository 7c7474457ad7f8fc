import 'server-only';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { toTeacherClass, type TeacherClass } from './views';

/** This teacher's classes, open and archived, by name, each with its number of students. */
export async function listClassesForTeacher(db: Kysely<Database>, teacherId: string): Promise<TeacherClass[]> {
  const rows = await db
    .selectFrom('classes')
    .select(['id', 'name', 'join_code', 'archived_at', 'created_at'])
    .select((eb) =>
      eb
        .selectFrom('class_members')
        .select(eb.fn.countAll().as('n'))
        .whereRef('class_members.class_id', '=', 'classes.id')
        .as('student_count'),
    )
    .where('teacher_id', '=', teacherId)
    .orderBy(sql`lower(name)`)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => toTeacherClass({ ...row, student_count: row.student_count ?? 0 }));
}
