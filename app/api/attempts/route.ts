// POST /api/attempts – start (or resume) a practice, quiz or final test; JSON or a plain HTML form; guests limited per address.
import { z } from 'zod';
import { startAttempt } from '@/lib/attempts/create-attempt';
import { getOrCreateLearnerId } from '@/lib/auth/learner';
import { apiRoute } from '@/lib/http/api-route';
import { clientIp } from '@/lib/limits/client-ip';
import { takePoint } from '@/lib/limits/enforce-limit';
import { LIMITS } from '@/lib/limits/limits';

const StartSchema = z.strictObject({
  courseId: z.string().min(1).max(100),
  kind: z.enum(['practice', 'quiz', 'final']),
  moduleId: z.string().min(1).max(100).optional(),
});

export const POST = apiRoute(
  {
    auth: 'anyone',
    body: StartSchema,
    accepts: 'json-or-form',
    formInvalid: 'Choose a course, a kind of attempt (practice, quiz or final) and, except for the final test, a module.',
    status: 201,
  },
  async ({ user, input, request, db }) => {
    // Without an account nothing else bounds how many attempts one client creates; the guest is
    // minted only once the limit lets it through.
    if (!user) await takePoint(db, LIMITS.guestAttemptsIp(), clientIp(request.headers), 'Too many attempts started from this network without an account; signing in lifts this limit.');
    const attemptId = await startAttempt(db, await getOrCreateLearnerId(), input);
    return { attemptId, href: `/attempts/${attemptId}` };
  },
);
