import 'server-only';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { formatJoinCode, normalizeJoinCode } from './join-code';

export type JoinResult = { classId: string; className: string; isNewMember: boolean };

export const invalidJoinCode = () =>
  new AppError('invalid', 'A class code has 8 letters and digits, like ABCD-EFGH. Check the code and try again.');

/**
 * Joins the class with this code. One statement inserts the membership only while the class is
 * open and is not the user's own; joining again changes nothing (the primary key makes racing
 * joins safe). When nothing was inserted, a second look says why, in words the student can use.
 */
export async function joinClass(
  db: Kysely<Database>,
  userId: string,
  rawCode: string,
  now = new Date(),
): Promise<JoinResult> {
  const code = normalizeJoinCode(rawCode);
  if (!code) throw invalidJoinCode();
  const inserted = await db
    .insertInto('class_members')
    .columns(['class_id', 'student_id', 'joined_at'])
    .expression(
      db
        .selectFrom('classes')
        .select([
          'classes.id as class_id',
          sql<string>`${userId}`.as('student_id'),
          sql<string>`${now.toISOString()}`.as('joined_at'),
        ])
        .where('classes.join_code', '=', code)
        .where('classes.archived_at', 'is', null)
        .where('classes.teacher_id', '<>', userId),
    )
    .onConflict((oc) => oc.columns(['class_id', 'student_id']).doNothing())
    .executeTakeFirst();
  const found = await db
    .selectFrom('classes')
    .select(['id', 'name', 'teacher_id', 'archived_at'])
    .where('join_code', '=', code)
    .executeTakeFirst();
  if (!found)
    throw new AppError('not_found', `No class has the code ${formatJoinCode(code)}. Check the code with your teacher.`);
  const isNewMember = Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  if (isNewMember) return { classId: found.id, className: found.name, isNewMember };
  if (found.teacher_id === userId)
    throw new AppError('conflict', 'You teach this class, so you cannot join it as a student.');
  const member = await db
    .selectFrom('class_members')
    .select('class_id')
    .where('class_id', '=', found.id)
    .where('student_id', '=', userId)
    .executeTakeFirst();
  if (member) return { classId: found.id, className: found.name, isNewMember };
  if (found.archived_at !== null)
    throw new AppError(
      'conflict',
      'This class is archived and is not taking new students. Ask your teacher for a current code.',
    );
  throw new Error(`Joining class ${found.id} inserted nothing for an unknown reason`);
}
