// PATCH /api/classes/[classId] – rename {name} and/or archive {archived} one of the teacher's own classes; 404 for anyone else's.
import { z } from 'zod';
import { ClassNameSchema } from '@/lib/classes/class-inputs';
import { setClassArchived } from '@/lib/classes/archive-class';
import { classNotFound } from '@/lib/classes/errors';
import { getClassForTeacher } from '@/lib/classes/get-class-for-teacher';
import { renameClass } from '@/lib/classes/rename-class';
import { apiRoute } from '@/lib/http/api-route';

const PatchSchema = z
  .strictObject({ name: ClassNameSchema.optional(), archived: z.boolean().optional() })
  .refine(
    (body) => body.name !== undefined || body.archived !== undefined,
    'send a new name, archived: true or false, or both',
  );

export const PATCH = apiRoute(
  { auth: { can: 'class.write' }, body: PatchSchema, params: ['classId'] },
  async ({ user, input, params: { classId }, db }) => {
    // Each change names the teacher in its WHERE: another teacher's class is not found, and unchanged.
    // Both in one transaction, so a refused name does not leave the archive half-applied.
    await db.transaction().execute(async (trx) => {
      if (input.name !== undefined) await renameClass(trx, user.id, classId, input.name);
      if (input.archived !== undefined) await setClassArchived(trx, user.id, classId, input.archived);
    });
    const updated = await getClassForTeacher(db, user.id, classId);
    if (!updated) throw classNotFound();
    return { class: updated };
  },
);
