// POST /api/classes/join – join a class by its code {code}; JSON (200) or a plain HTML form (303 to /classes).
import { z } from 'zod';
import { requireUserForApi } from '@/lib/auth/session';
import { joinClass } from '@/lib/classes/join-class';
import { getDb } from '@/lib/db';
import { assertSameOrigin, HttpError, jsonOk, parseJsonBody, readFormBody, seeOther } from '@/lib/http/json';
import { handleRoute, wantsJson } from '@/lib/http/route';

const JoinSchema = z.strictObject({ code: z.string().max(100) });

export async function POST(request: Request) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    if (wantsJson(request)) {
      const user = await requireUserForApi();
      const { code } = await parseJsonBody(request, JoinSchema);
      const joined = await joinClass(await getDb(), user.id, code);
      return jsonOk({ ...joined, href: '/classes' });
    }
    const parsed = JoinSchema.safeParse(await readFormBody(request));
    const code = parsed.success ? parsed.data.code.trim() : '';
    // A plain form has no script to show a JSON error, so every refusal goes back to the join page
    // for this code, which explains it (not signed in, unknown code, archived class, own class).
    const back = code ? `/join/${encodeURIComponent(code)}` : '/join';
    try {
      const user = await requireUserForApi();
      await joinClass(await getDb(), user.id, code);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      return seeOther(back);
    }
    return seeOther('/classes');
  });
}
