// POST /api/assignments/[assignmentId]/attempts – start (or resume) the signed-in student's attempt at an assignment.
import { startAssignmentAttempt } from '@/lib/assignments/start-assignment-attempt';
import { requireUserForApi } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { assertSameOrigin, jsonOk, seeOther } from '@/lib/http/json';
import { handleRoute, wantsJson } from '@/lib/http/route';

export async function POST(request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const student = await requireUserForApi();
    const attemptId = await startAssignmentAttempt(await getDb(), (await params).assignmentId, student.id);
    const href = `/attempts/${attemptId}`;
    return wantsJson(request) ? jsonOk({ attemptId, href }, 201) : seeOther(href);
  });
}
