// POST /api/attempts/[attemptId]/answers/[questionId]/reveal – "Show me": a checked practice answer's key, recorded.
import { attemptNotFound } from '@/lib/attempts/errors';
import { revealAnswer } from '@/lib/attempts/reveal-answer';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute(
  { auth: { learner: 'required', orElse: attemptNotFound }, params: ['attemptId', 'questionId'] },
  async ({ learnerId, params, db }) => ({
    answer: await revealAnswer(db, { ...params, ownerId: learnerId }),
  }),
);
