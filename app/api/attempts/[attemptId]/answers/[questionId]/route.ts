// PUT /api/attempts/[attemptId]/answers/[questionId] – save one answer, graded on the server, idempotent.
import { z } from 'zod';
import { attemptNotFound, isAttemptNotFound } from '@/lib/attempts/errors';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { getGuestId } from '@/lib/auth/learner';
import { getCurrentUser } from '@/lib/auth/session';
import { ResponseSchema } from '@/lib/grading/response';
import { apiRoute } from '@/lib/http/api-route';
import { DATABASE_UNAVAILABLE_FOR_SAVE } from '@/lib/http/route';

const SaveSchema = z.strictObject({
  response: ResponseSchema,
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, 'use 8 to 100 letters, digits, "-" or "_" (a UUID works)'),
});

export const PUT = apiRoute(
  // The owner comes from the cookies alone; saveAnswer checks a signed-in session in its own first read.
  {
    auth: { learner: 'save', orElse: attemptNotFound },
    body: SaveSchema,
    params: ['attemptId', 'questionId'],
    unavailable: DATABASE_UNAVAILABLE_FOR_SAVE,
  },
  async ({ owner, input, params, db }) => {
    const save = { ...params, ...input };
    const { answer } = await saveAnswer(db, { ...owner, ...save }).catch(async (error: unknown) => {
      // A session signed out elsewhere leaves this browser a guest again (getLearnerId decides so
      // for every other route): an attempt it started as that guest is still its to save to.
      const guestId =
        owner.sessionVersion !== undefined && isAttemptNotFound(error) && !(await getCurrentUser())
          ? await getGuestId()
          : undefined;
      if (!guestId) throw error;
      return saveAnswer(db, { ownerId: guestId, ...save });
    });
    return { answer };
  },
);
