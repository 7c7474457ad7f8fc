// POST /api/attempts – start (or resume) a practice, quiz or final test; JSON or a plain HTML form; guests limited per address.
import { z } from 'zod';
import { startAttempt } from '@/lib/attempts/create-attempt';
import { getOrCreateLearnerId } from '@/lib/auth/learner';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { assertSameOrigin, HttpError, jsonOk, parseJsonBody, readFormBody, seeOther } from '@/lib/http/json';
import { handleRoute, wantsJson } from '@/lib/http/route';
import { clientIp } from '@/lib/limits/client-ip';
import { takePoint } from '@/lib/limits/enforce-limit';
import { LIMITS } from '@/lib/limits/limits';

const StartSchema = z.strictObject({
  courseId: z.string().min(1).max(100),
  kind: z.enum(['practice', 'quiz', 'final']),
  moduleId: z.string().min(1).max(100).optional(),
});

export async function POST(request: Request) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const isJson = wantsJson(request);
    let input: z.infer<typeof StartSchema>;
    if (isJson) {
      input = await parseJsonBody(request, StartSchema);
    } else {
      const parsed = StartSchema.safeParse(await readFormBody(request));
      if (!parsed.success) throw new HttpError(400, 'Choose a course, a kind of attempt (practice, quiz or final) and, except for the final test, a module.');
      input = parsed.data;
    }
    // Without an account nothing else bounds how many attempts one client creates.
    if (!(await getCurrentUser())) {
      await takePoint(await getDb(), LIMITS.guestAttemptsIp(), clientIp(request.headers), 'Too many attempts started from this network without an account; signing in lifts this limit.');
    }
    const ownerId = await getOrCreateLearnerId();
    const attemptId = await startAttempt(await getDb(), ownerId, input);
    const href = `/attempts/${attemptId}`;
    return isJson ? jsonOk({ attemptId, href }, 201) : seeOther(href);
  });
}
