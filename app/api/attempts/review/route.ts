// POST /api/attempts/review – start (or continue) a review of the questions last answered wrong; JSON or a plain HTML form.
import { z } from 'zod';
import { apiRoute } from '@/lib/http/api-route';
import { requireCourseContent } from '@/lib/progress/course-content';
import { nothingAnsweredYet } from '@/lib/progress/errors';
import { startReview } from '@/lib/progress/start-review';

const ReviewSchema = z.strictObject({ courseId: z.string().min(1).max(100) });

export const POST = apiRoute(
  // Someone with no identity has answered nothing, so has nothing to review; no guest is minted for that.
  { auth: { learner: 'optional' }, body: ReviewSchema, accepts: 'json-or-form', formInvalid: 'Choose the course whose mistakes to review.', status: 201 },
  async ({ learnerId, input, db }) => {
    requireCourseContent(input.courseId);
    if (!learnerId) throw nothingAnsweredYet();
    const attemptId = await startReview(db, learnerId, input.courseId);
    return { attemptId, href: `/attempts/${attemptId}` };
  },
);
