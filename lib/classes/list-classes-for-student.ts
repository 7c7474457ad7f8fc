import 'server-only';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { StudentClass } from './views';

/** The classes this user has joined, by name, each with its teacher's name. */
export async function listClassesForStudent(db: Kysely<Database>, studentId: string): Promise<StudentClass[]> {
  const rows = await db
    .selectFrom('class_members')
    .innerJoin('classes', 'classes.id', 'class_members.class_id')
    .innerJoin('users as teacher', 'teacher.id', 'classes.teacher_id')
    .select([
      'classes.id',
      'classes.name',
      'classes.archived_at',
      'class_members.joined_at',
      'teacher.name as teacher_name',
    ])
    .where('class_members.student_id', '=', studentId)
    .orderBy(sql`lower(classes.name)`)
    .orderBy('class_members.joined_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    teacherName: row.teacher_name,
    isArchived: row.archived_at !== null,
    joinedAt: row.joined_at,
  }));
}
