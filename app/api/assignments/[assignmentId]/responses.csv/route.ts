// GET /api/assignments/[assignmentId]/responses.csv – every submitted answer as a CSV download; 404 unless the teacher's own.
import { requirePermissionForApi } from '@/lib/auth/session';
import { systemClock } from '@/lib/clock';
import { getDb } from '@/lib/db';
import { csvResponse } from '@/lib/gradebook/csv-response';
import { assignmentNotFound } from '@/lib/gradebook/errors';
import { exportResponsesCsv } from '@/lib/gradebook/export-responses-csv';
import { handleRoute } from '@/lib/http/route';

export async function GET(_request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  return handleRoute(async () => {
    const teacher = await requirePermissionForApi('class.read');
    const csv = await exportResponsesCsv(await getDb(), teacher.id, (await params).assignmentId, systemClock());
    if (!csv) throw assignmentNotFound();
    return csvResponse(csv);
  });
}
