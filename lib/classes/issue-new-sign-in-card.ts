import 'server-only';
import type { Kysely } from 'kysely';
import { hashPassword } from '@/lib/auth/password';
import { newPersonalCode } from '@/lib/auth/personal-code';
import type { Database } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { takePoint } from '@/lib/limits/enforce-limit';
import { LIMITS } from '@/lib/limits/limits';
import { classNotFound } from './errors';
import { formatJoinCode } from './join-code';
import type { SignInCard } from './sign-in-card';

/**
 * A new personal code for a student this teacher made an account for, on one of the teacher's
 * classes: for a lost card. The old code stops working and every session the student has is
 * signed out (the session version is raised in the same statement). One UPDATE names the
 * teacher, the class and the student's membership in its WHERE.
 */
export async function issueNewSignInCard(
  db: Kysely<Database>,
  teacherId: string,
  classId: string,
  studentId: string,
  now = new Date(),
): Promise<SignInCard> {
  const klass = await db
    .selectFrom('classes')
    .select(['id', 'name', 'join_code'])
    .where('id', '=', classId)
    .where('teacher_id', '=', teacherId)
    .executeTakeFirst();
  if (!klass) throw classNotFound();
  await takePoint(db, LIMITS.signInCardsTeacher(), teacherId, 'You have made many sign-in cards in the last hour.');
  const code = newPersonalCode();
  const passwordHash = await hashPassword(code);
  const updated = await db
    .updateTable('users')
    .set((eb) => ({
      password_hash: passwordHash,
      session_version: eb('session_version', '+', 1),
      updated_at: now.toISOString(),
    }))
    .where('id', '=', studentId)
    .where('managed_by', '=', teacherId)
    .where('id', 'in', (eb) => eb.selectFrom('class_members').select('student_id').where('class_id', '=', klass.id))
    .returning(['name', 'email'])
    .executeTakeFirst();
  if (!updated)
    throw new AppError(
      'not_found',
      'This student has no sign-in card from you: they sign in with their own email, or are no longer in this class.',
    );
  return {
    studentId,
    name: updated.name,
    username: updated.email,
    personalCode: formatJoinCode(code),
    className: klass.name,
    classCode: formatJoinCode(klass.join_code),
  };
}
