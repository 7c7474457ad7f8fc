// PUT /api/assignments/[assignmentId]/accommodations – set one student's accommodation {studentId, extraTime, dueAt}; DELETE ?studentId= removes it. 404 unless the teacher's own.
import { z } from 'zod';
import { removeAccommodation, setAccommodation, AccommodationSchema } from '@/lib/assignments/set-accommodation';
import { systemClock } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';
import { isJsonRequest, parseJsonBody } from '@/lib/http/body';

/** Setting replaces the student's accommodation, so a retried request changes nothing more. */
export const PUT = apiRoute(
  { auth: { can: 'class.write' }, body: AccommodationSchema, params: ['assignmentId'] },
  async ({ user, input, params, db }) => ({
    accommodation: await setAccommodation(db, user.id, params.assignmentId, input, systemClock()),
  }),
);

const RemoveSchema = z.strictObject({ studentId: z.string().min(1).max(100) });

// Whose accommodation comes from the query or, for a client that cannot send one, a JSON body;
// so the body is read here, only when the query does not name the student.
export const DELETE = apiRoute(
  { auth: { can: 'class.write' }, params: ['assignmentId'] },
  async ({ user, request, params, db }) => {
    const fromQuery = new URL(request.url).searchParams.get('studentId');
    if (fromQuery === '' || (fromQuery === null && !isJsonRequest(request))) {
      throw new AppError(
        'bad_request',
        'Say whose accommodation to remove: ?studentId=… or a JSON body {"studentId": "…"}.',
      );
    }
    const { studentId } = fromQuery !== null ? { studentId: fromQuery } : await parseJsonBody(request, RemoveSchema);
    return { removed: await removeAccommodation(db, user.id, params.assignmentId, studentId) };
  },
);
