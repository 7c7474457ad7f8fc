// POST /api/attempts/review – start (or continue) a review of the questions last answered wrong; JSON or a plain HTML form.
import { START_REVIEW_INVALID, StartReviewSchema } from '@/lib/attempts/start-inputs';
import { apiRoute } from '@/lib/http/api-route';
import { startReviewFor } from '@/lib/progress/start-review-for';

export const POST = apiRoute(
  {
    auth: { learner: 'optional' },
    body: StartReviewSchema,
    accepts: 'json-or-form',
    formInvalid: START_REVIEW_INVALID,
    status: 201,
  },
  async ({ learnerId, input, db }) => {
    const attemptId = await startReviewFor(db, learnerId, input.courseId);
    return { attemptId, href: `/attempts/${attemptId}` };
  },
);
