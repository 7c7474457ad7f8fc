// GET /api/attempts/[attemptId] – the attempt as its owner sees it (404 for anyone else).
import { getAttemptView } from '@/lib/attempts/get-attempt';
import { attemptNotFound } from '@/lib/attempts/errors';
import { getLearnerId } from '@/lib/auth/learner';
import { getDb } from '@/lib/db';
import { jsonOk } from '@/lib/http/json';
import { handleRoute } from '@/lib/http/route';

export async function GET(_request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return handleRoute(async () => {
    const ownerId = await getLearnerId();
    if (!ownerId) throw attemptNotFound();
    const attempt = await getAttemptView(await getDb(), (await params).attemptId, ownerId);
    if (!attempt) throw attemptNotFound();
    return jsonOk({ attempt });
  });
}
