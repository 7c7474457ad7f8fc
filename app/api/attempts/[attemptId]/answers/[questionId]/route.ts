// PUT /api/attempts/[attemptId]/answers/[questionId] – save one answer, graded on the server, idempotent.
import { z } from 'zod';
import { attemptNotFound, isAttemptNotFound } from '@/lib/attempts/errors';
import type { SaveOwner } from '@/lib/attempts/lock';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { getGuestId, getSaveOwner } from '@/lib/auth/learner';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { ResponseSchema } from '@/lib/grading/response';
import { assertSameOrigin, jsonOk, parseJsonBody } from '@/lib/http/json';
import { DATABASE_UNAVAILABLE_FOR_SAVE, handleRoute } from '@/lib/http/route';

const SaveSchema = z.strictObject({
  response: ResponseSchema,
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, 'use 8 to 100 letters, digits, "-" or "_" (a UUID works)'),
});

export async function PUT(request: Request, { params }: { params: Promise<{ attemptId: string; questionId: string }> }) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const owner = await getSaveOwner();
    if (!owner) throw attemptNotFound();
    const body = await parseJsonBody(request, SaveSchema);
    const { attemptId, questionId } = await params;
    const db = await getDb();
    const save = (who: SaveOwner) => saveAnswer(db, { ...who, attemptId, questionId, ...body });
    const { answer } = await save(owner).catch(async (error: unknown) => {
      // A session signed out elsewhere leaves this browser a guest again (getLearnerId decides so
      // for every other route): an attempt it started as that guest is still its to save to.
      const guestId = owner.sessionVersion !== undefined && isAttemptNotFound(error) && !(await getCurrentUser()) ? await getGuestId() : undefined;
      if (!guestId) throw error;
      return save({ ownerId: guestId });
    });
    return jsonOk({ answer });
  }, { unavailable: DATABASE_UNAVAILABLE_FOR_SAVE });
}
