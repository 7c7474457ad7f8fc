// POST /api/classes/join – join a class by its code {code}; JSON (200) or a plain HTML form (303 to /classes); wrong codes are limited.
import { z } from 'zod';
import { requireUserForApi } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { assertSameOrigin, HttpError, jsonOk, parseJsonBody, readFormBody, seeOther } from '@/lib/http/json';
import { handleRoute, wantsJson } from '@/lib/http/route';
import { clientIp } from '@/lib/limits/client-ip';
import { joinClassWithinLimit } from '@/lib/limits/join-limit';

const JoinSchema = z.strictObject({ code: z.string().max(100) });

export async function POST(request: Request) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    if (wantsJson(request)) {
      const user = await requireUserForApi();
      const { code } = await parseJsonBody(request, JoinSchema);
      const joined = await joinClassWithinLimit(await getDb(), { userId: user.id, ip: clientIp(request.headers) }, code);
      return jsonOk({ ...joined, href: '/classes' });
    }
    const parsed = JoinSchema.safeParse(await readFormBody(request));
    const code = parsed.success ? parsed.data.code.trim() : '';
    // A plain form has no script to show a JSON error, so every refusal goes back to the join page
    // for this code, which explains it (not signed in, unknown code, archived class, own class).
    const back = code ? `/join/${encodeURIComponent(code)}` : '/join';
    try {
      const user = await requireUserForApi();
      await joinClassWithinLimit(await getDb(), { userId: user.id, ip: clientIp(request.headers) }, code);
    } catch (error) {
      // A blocked guesser (RateLimitedError) gets the 429 itself: the page would only say it again.
      if (!(error instanceof HttpError)) throw error;
      return seeOther(back);
    }
    return seeOther('/classes');
  });
}
