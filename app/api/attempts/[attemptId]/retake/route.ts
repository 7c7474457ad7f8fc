// POST /api/attempts/[attemptId]/retake – a new attempt with only the questions missed in a finished one.
import { attemptNotFound } from '@/lib/attempts/errors';
import { startRetake } from '@/lib/attempts/start-retake';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute(
  {
    auth: { learner: 'required', orElse: attemptNotFound },
    accepts: 'json-or-form',
    params: ['attemptId'],
    status: 201,
  },
  async ({ learnerId, params, db }) => {
    const attemptId = await startRetake(db, params.attemptId, learnerId);
    return { attemptId, href: `/attempts/${attemptId}` };
  },
);
