// POST /api/attempts/[attemptId]/retake – a new attempt with only the questions missed in a finished one.
import { attemptNotFound } from '@/lib/attempts/errors';
import { startRetake } from '@/lib/attempts/start-retake';
import { getLearnerId } from '@/lib/auth/learner';
import { getDb } from '@/lib/db';
import { assertSameOrigin, jsonOk, seeOther } from '@/lib/http/json';
import { handleRoute, wantsJson } from '@/lib/http/route';

export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const ownerId = await getLearnerId();
    if (!ownerId) throw attemptNotFound();
    const attemptId = await startRetake(await getDb(), (await params).attemptId, ownerId);
    const href = `/attempts/${attemptId}`;
    return wantsJson(request) ? jsonOk({ attemptId, href }, 201) : seeOther(href);
  });
}
