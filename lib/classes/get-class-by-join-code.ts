import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

/** What the join page tells a signed-in user about a code before they join. */
export type JoinPreview =
  | { state: 'unknown' }
  | { state: 'archived'; className: string }
  | { state: 'own'; classId: string; className: string }
  | { state: 'member'; className: string; teacherName: string }
  | { state: 'open'; className: string; teacherName: string };

/** Looks a normalised join code up for this user; it reveals nothing but to someone holding the code. */
export async function getClassByJoinCode(db: Kysely<Database>, userId: string, code: string): Promise<JoinPreview> {
  const found = await db
    .selectFrom('classes')
    .innerJoin('users as teacher', 'teacher.id', 'classes.teacher_id')
    .leftJoin('class_members', (join) =>
      join.onRef('class_members.class_id', '=', 'classes.id').on('class_members.student_id', '=', userId),
    )
    .select([
      'classes.id',
      'classes.name',
      'classes.teacher_id',
      'classes.archived_at',
      'teacher.name as teacher_name',
      'class_members.student_id',
    ])
    .where('classes.join_code', '=', code)
    .executeTakeFirst();
  if (!found) return { state: 'unknown' };
  if (found.teacher_id === userId) return { state: 'own', classId: found.id, className: found.name };
  if (found.student_id) return { state: 'member', className: found.name, teacherName: found.teacher_name };
  if (found.archived_at !== null) return { state: 'archived', className: found.name };
  return { state: 'open', className: found.name, teacherName: found.teacher_name };
}
