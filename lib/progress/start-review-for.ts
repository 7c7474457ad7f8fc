import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { requireCourseContent } from './course-content';
import { nothingAnsweredYet } from './errors';
import { startReview } from './start-review';

/** A review for whoever asks: someone with no identity has answered nothing, so has nothing to review (and no guest is minted for that). */
export async function startReviewFor(
  db: Kysely<Database>,
  learnerId: string | undefined,
  courseId: string,
): Promise<string> {
  requireCourseContent(courseId);
  if (!learnerId) throw nothingAnsweredYet();
  return startReview(db, learnerId, courseId);
}
