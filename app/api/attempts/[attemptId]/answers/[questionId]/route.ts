// PUT /api/attempts/[attemptId]/answers/[questionId] – save one answer, graded on the server, idempotent.
import { z } from 'zod';
import { attemptNotFound } from '@/lib/attempts/errors';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { getLearnerId } from '@/lib/auth/learner';
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
    const ownerId = await getLearnerId();
    if (!ownerId) throw attemptNotFound();
    const body = await parseJsonBody(request, SaveSchema);
    const { attemptId, questionId } = await params;
    const { answer } = await saveAnswer(await getDb(), { attemptId, ownerId, questionId, ...body });
    return jsonOk({ answer });
  }, { unavailable: DATABASE_UNAVAILABLE_FOR_SAVE });
}
