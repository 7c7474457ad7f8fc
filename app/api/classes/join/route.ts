// POST /api/classes/join – join a class by its code {code}; JSON (200) or a plain HTML form (303 to /classes); wrong codes are limited.
import { JoinCodeSchema } from '@/lib/classes/class-inputs';
import { apiRoute } from '@/lib/http/api-route';
import { seeOther } from '@/lib/http/respond';
import { clientIp } from '@/lib/limits/client-ip';
import { joinClassWithinLimit } from '@/lib/limits/join-limit';

/**
 * A plain form has no script to show a JSON error, so every refusal goes back to the join page for
 * this code, which explains it (not signed in, unknown code, archived class, own class). A blocked
 * guesser gets the 429 itself: the page would only say it again.
 */
function backToJoinPage(error: { code: string }, form: Record<string, string>): Response | undefined {
  if (error.code === 'rate_limited') return undefined;
  const parsed = JoinCodeSchema.safeParse(form);
  const code = parsed.success ? parsed.data.code.trim() : '';
  return seeOther(code ? `/join/${encodeURIComponent(code)}` : '/join');
}

export const POST = apiRoute(
  { auth: 'user', body: JoinCodeSchema, accepts: 'json-or-form', formRefused: backToJoinPage },
  async ({ user, input, isForm, request, db }) => {
    // A form field keeps what was typed around the code; a JSON client sends the code as it is.
    const joined = await joinClassWithinLimit(
      db,
      { userId: user.id, ip: clientIp(request.headers) },
      isForm ? input.code.trim() : input.code,
    );
    return { ...joined, href: '/classes' };
  },
);
