// PATCH /api/classes/[classId] – rename {name} and/or archive {archived} one of the teacher's own classes; 404 for anyone else's.
import { z } from 'zod';
import { requirePermissionForApi } from '@/lib/auth/session';
import { setClassArchived } from '@/lib/classes/archive-class';
import { classNotFound } from '@/lib/classes/errors';
import { getClassForTeacher } from '@/lib/classes/get-class-for-teacher';
import { renameClass } from '@/lib/classes/rename-class';
import { getDb } from '@/lib/db';
import { assertSameOrigin, jsonOk, parseJsonBody } from '@/lib/http/json';
import { handleRoute } from '@/lib/http/route';

const PatchSchema = z
  .strictObject({ name: z.string().max(1000).optional(), archived: z.boolean().optional() })
  .refine((body) => body.name !== undefined || body.archived !== undefined, 'send a new name, archived: true or false, or both');

export async function PATCH(request: Request, { params }: { params: Promise<{ classId: string }> }) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const teacher = await requirePermissionForApi('class.write');
    const input = await parseJsonBody(request, PatchSchema);
    const { classId } = await params;
    const db = await getDb();
    // Each change names the teacher in its WHERE: another teacher's class is not found, and unchanged.
    // Both in one transaction, so a refused name does not leave the archive half-applied.
    await db.transaction().execute(async (trx) => {
      if (input.name !== undefined) await renameClass(trx, teacher.id, classId, input.name);
      if (input.archived !== undefined) await setClassArchived(trx, teacher.id, classId, input.archived);
    });
    const updated = await getClassForTeacher(db, teacher.id, classId);
    if (!updated) throw classNotFound();
    return jsonOk({ class: updated });
  });
}
