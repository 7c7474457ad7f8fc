import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { toTeacherClass, type TeacherClass } from './views';

/** One of this teacher's classes, or undefined: another teacher's class is never loaded. */
export async function getClassForTeacher(
  db: Kysely<Database>,
  teacherId: string,
  classId: string,
): Promise<TeacherClass | undefined> {
  const row = await db
    .selectFrom('classes')
    .select(['id', 'name', 'join_code', 'archived_at', 'created_at'])
    .select((eb) =>
      eb
        .selectFrom('class_members')
        .select(eb.fn.countAll().as('n'))
        .whereRef('class_members.class_id', '=', 'classes.id')
        .as('student_count'),
    )
    .where('id', '=', classId)
    .where('teacher_id', '=', teacherId)
    .executeTakeFirst();
  return row ? toTeacherClass({ ...row, student_count: row.student_count ?? 0 }) : undefined;
}
