import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { classNotFound } from './errors';

/**
 * Takes a student off one of this teacher's classes. The class must be the teacher's (else not
 * found); removing someone who is not, or no longer, on the roster changes nothing, so a retried
 * request is harmless. Returns whether anyone was removed.
 */
export async function removeStudent(
  db: Kysely<Database>,
  teacherId: string,
  classId: string,
  studentId: string,
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('class_members')
    .where('class_id', 'in', (eb) =>
      eb.selectFrom('classes').select('id').where('id', '=', classId).where('teacher_id', '=', teacherId),
    )
    .where('class_id', '=', classId)
    .where('student_id', '=', studentId)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) > 0) return true;
  const owned = await db
    .selectFrom('classes')
    .select('id')
    .where('id', '=', classId)
    .where('teacher_id', '=', teacherId)
    .executeTakeFirst();
  if (!owned) throw classNotFound();
  return false;
}
