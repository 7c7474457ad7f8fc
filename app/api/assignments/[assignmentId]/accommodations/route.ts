// PUT /api/assignments/[assignmentId]/accommodations – set one student's accommodation {studentId, extraTime, dueAt}; DELETE ?studentId= removes it. 404 unless the teacher's own.
import { z } from 'zod';
import { removeAccommodation, setAccommodation, AccommodationSchema } from '@/lib/assignments/set-accommodation';
import { requirePermissionForApi } from '@/lib/auth/session';
import { systemClock } from '@/lib/clock';
import { getDb } from '@/lib/db';
import { assertSameOrigin, HttpError, jsonOk, parseJsonBody } from '@/lib/http/json';
import { handleRoute, wantsJson } from '@/lib/http/route';

type Context = { params: Promise<{ assignmentId: string }> };

/** Setting replaces the student's accommodation, so a retried request changes nothing more. */
export async function PUT(request: Request, { params }: Context) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const teacher = await requirePermissionForApi('class.write');
    const input = await parseJsonBody(request, AccommodationSchema);
    const accommodation = await setAccommodation(await getDb(), teacher.id, (await params).assignmentId, input, systemClock());
    return jsonOk({ accommodation });
  });
}

const RemoveSchema = z.strictObject({ studentId: z.string().min(1).max(100) });

export async function DELETE(request: Request, { params }: Context) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const teacher = await requirePermissionForApi('class.write');
    const fromQuery = new URL(request.url).searchParams.get('studentId');
    if (fromQuery === '' || (fromQuery === null && !wantsJson(request))) throw new HttpError(400, 'Say whose accommodation to remove: ?studentId=… or a JSON body {"studentId": "…"}.');
    const { studentId } = fromQuery !== null ? { studentId: fromQuery } : await parseJsonBody(request, RemoveSchema);
    const removed = await removeAccommodation(await getDb(), teacher.id, (await params).assignmentId, studentId);
    return jsonOk({ removed });
  });
}
