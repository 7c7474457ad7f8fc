// GET /api/attempts/[attemptId] – the attempt as its owner sees it (404 for anyone else).
import { getAttemptView } from '@/lib/attempts/get-attempt';
import { attemptNotFound } from '@/lib/attempts/errors';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute(
  { auth: { learner: 'required', orElse: attemptNotFound }, params: ['attemptId'] },
  async ({ learnerId, params, db }) => {
    const attempt = await getAttemptView(db, params.attemptId, learnerId);
    if (!attempt) throw attemptNotFound();
    return { attempt };
  },
);
