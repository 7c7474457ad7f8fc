// POST /api/attempts/[attemptId]/submit – finish the attempt and score it, exactly once (409 after).
import { attemptNotFound } from '@/lib/attempts/errors';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute(
  { auth: { learner: 'required', orElse: attemptNotFound }, params: ['attemptId'] },
  async ({ learnerId, params, db }) => ({
    attempt: await submitAttempt(db, params.attemptId, learnerId),
  }),
);
