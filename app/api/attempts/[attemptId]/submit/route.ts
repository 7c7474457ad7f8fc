// POST /api/attempts/[attemptId]/submit – finish the attempt and score it, exactly once (409 after).
import { attemptNotFound } from '@/lib/attempts/errors';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { getLearnerId } from '@/lib/auth/learner';
import { getDb } from '@/lib/db';
import { assertSameOrigin, jsonOk } from '@/lib/http/json';
import { handleRoute } from '@/lib/http/route';

export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const ownerId = await getLearnerId();
    if (!ownerId) throw attemptNotFound();
    const attempt = await submitAttempt(await getDb(), (await params).attemptId, ownerId);
    return jsonOk({ attempt });
  });
}
