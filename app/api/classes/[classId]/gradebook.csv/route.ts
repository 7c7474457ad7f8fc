// GET /api/classes/[classId]/gradebook.csv – the class gradebook as a CSV download; 404 unless the teacher's own.
import { requirePermissionForApi } from '@/lib/auth/session';
import { systemClock } from '@/lib/clock';
import { getDb } from '@/lib/db';
import { csvResponse } from '@/lib/gradebook/csv-response';
import { classNotFound } from '@/lib/gradebook/errors';
import { exportGradebookCsv } from '@/lib/gradebook/export-gradebook-csv';
import { handleRoute } from '@/lib/http/route';

export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  return handleRoute(async () => {
    const teacher = await requirePermissionForApi('class.read');
    const csv = await exportGradebookCsv(await getDb(), teacher.id, (await params).classId, systemClock());
    if (!csv) throw classNotFound();
    return csvResponse(csv);
  });
}
