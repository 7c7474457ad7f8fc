// POST /api/classes – create a class {name} for the signing-in teacher; JSON (201) or a plain HTML form (303 to the class).
import { z } from 'zod';
import { requirePermissionForApi } from '@/lib/auth/session';
import { createClass } from '@/lib/classes/create-class';
import { getDb } from '@/lib/db';
import { assertSameOrigin, HttpError, jsonOk, parseJsonBody, readFormBody, seeOther } from '@/lib/http/json';
import { handleRoute, wantsJson } from '@/lib/http/route';

// Length and blank names are judged by createClass, which says what to fix; this only bounds the body.
const CreateSchema = z.strictObject({ name: z.string().max(1000) });

export async function POST(request: Request) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const teacher = await requirePermissionForApi('class.write');
    const isJson = wantsJson(request);
    let input: z.infer<typeof CreateSchema>;
    if (isJson) {
      input = await parseJsonBody(request, CreateSchema);
    } else {
      const parsed = CreateSchema.safeParse(await readFormBody(request));
      if (!parsed.success) throw new HttpError(400, 'Send the class name as the form field "name".');
      input = parsed.data;
    }
    const created = await createClass(await getDb(), teacher.id, input.name);
    const href = `/teach/classes/${created.id}`;
    return isJson ? jsonOk({ class: created, href }, 201) : seeOther(href);
  });
}
