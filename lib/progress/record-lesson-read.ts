import 'server-only';
import type { Kysely } from 'kysely';
import { AppError } from '@/lib/errors';
import { getCourse, getModule } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { courseNotFound } from './course-content';

/**
 * Marks a lesson as read: one row per owner and module, the first read kept and the last updated.
 * A single upsert on the primary key, so reloads and parallel beacons never duplicate a row.
 */
export async function recordLessonRead(
  db: Kysely<Database>,
  ownerId: string,
  courseId: string,
  moduleId: string,
  now = new Date(),
): Promise<void> {
  if (!getCourse(courseId)) throw courseNotFound(courseId);
  if (!getModule(courseId, moduleId))
    throw new AppError('not_found', `Course "${courseId}" has no module "${moduleId}".`);
  const stamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    // A guest's first visit may be a lesson, before any attempt has recorded the guest.
    if (ownerId.startsWith('g_')) {
      await trx
        .insertInto('guests')
        .values({ id: ownerId, created_at: stamp })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    await trx
      .insertInto('lesson_reads')
      .values({
        owner_id: ownerId,
        course_id: courseId,
        module_id: moduleId,
        first_read_at: stamp,
        last_read_at: stamp,
      })
      .onConflict((oc) => oc.columns(['owner_id', 'course_id', 'module_id']).doUpdateSet({ last_read_at: stamp }))
      .execute();
  });
}
