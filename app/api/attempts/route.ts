// POST /api/attempts – start (or resume) a practice, quiz or final test; JSON or a plain HTML form; guests limited per address.
import { startAttemptFor } from '@/lib/attempts/start-attempt-for';
import { START_ATTEMPT_INVALID, StartAttemptSchema } from '@/lib/attempts/start-inputs';
import { apiRoute } from '@/lib/http/api-route';
import { clientIp } from '@/lib/limits/client-ip';

export const POST = apiRoute(
  {
    auth: 'anyone',
    body: StartAttemptSchema,
    accepts: 'json-or-form',
    formInvalid: START_ATTEMPT_INVALID,
    status: 201,
  },
  async ({ user, input, request, db }) => {
    const attemptId = await startAttemptFor(db, { user, ip: clientIp(request.headers) }, input);
    return { attemptId, href: `/attempts/${attemptId}` };
  },
);
