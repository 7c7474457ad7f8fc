// GET /api/assignments/[assignmentId]/responses.csv – every submitted answer as a CSV download; 404 unless the teacher's own.
import { systemClock } from '@/lib/clock';
import { assignmentNotFound } from '@/lib/gradebook/errors';
import { exportResponsesCsv } from '@/lib/gradebook/export-responses-csv';
import { apiRoute } from '@/lib/http/api-route';
import { csvResponse } from '@/lib/http/csv-response';

export const GET = apiRoute({ auth: { can: 'class.read' }, params: ['assignmentId'] }, async ({ user, params, db }) => {
  const csv = await exportResponsesCsv(db, user.id, params.assignmentId, systemClock());
  if (!csv) throw assignmentNotFound();
  return csvResponse(csv);
});
