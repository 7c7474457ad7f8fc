import 'server-only';
import type { Kysely } from 'kysely';
import { getFeaturedCourse } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { can, type Role } from './roles';

// Where someone lands after signing in (or up) when nothing asked to go elsewhere: where they work.
// A teacher's work is their classes (/teach); a student in a class has work set for them (/work);
// anyone else learns on their own, from the course. An explicit callbackUrl always wins
// (app/(auth)/auth/continue/route.ts), so a link that needed a sign-in still leads where it led.

/** The student's to-do list across their classes. */
export const MY_WORK_PATH = '/work';

export async function landingPathFor(db: Kysely<Database>, user: { id: string; role: Role }): Promise<string> {
  if (can(user, 'class.read')) return '/teach';
  const membership = await db
    .selectFrom('class_members')
    .innerJoin('classes', 'classes.id', 'class_members.class_id')
    .select('classes.id')
    .where('class_members.student_id', '=', user.id)
    .where('classes.archived_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return membership ? MY_WORK_PATH : `/courses/${getFeaturedCourse().id}`;
}
