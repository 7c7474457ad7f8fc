// GET /api/classes/[classId]/gradebook.csv – the class gradebook as a CSV download; 404 unless the teacher's own.
import { classNotFound } from '@/lib/classes/errors';
import { systemClock } from '@/lib/clock';
import { exportGradebookCsv } from '@/lib/gradebook/export-gradebook-csv';
import { apiRoute } from '@/lib/http/api-route';
import { csvResponse } from '@/lib/http/csv-response';

export const GET = apiRoute({ auth: { can: 'class.read' }, params: ['classId'] }, async ({ user, params, db }) => {
  const csv = await exportGradebookCsv(db, user.id, params.classId, systemClock());
  if (!csv) throw classNotFound();
  return csvResponse(csv);
});
