// POST /api/assignments/[assignmentId]/overrides – append a grade override {studentId, score | excused | clear, reason}; 404 unless the teacher's own.
import { requirePermissionForApi } from '@/lib/auth/session';
import { systemClock } from '@/lib/clock';
import { getDb } from '@/lib/db';
import { overrideGrade, GradeOverrideSchema } from '@/lib/gradebook/override-grade';
import { assertSameOrigin, jsonOk, parseJsonBody } from '@/lib/http/json';
import { handleRoute } from '@/lib/http/route';

export async function POST(request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const teacher = await requirePermissionForApi('class.write');
    const input = await parseJsonBody(request, GradeOverrideSchema);
    const override = await overrideGrade(await getDb(), teacher.id, (await params).assignmentId, input, systemClock());
    return jsonOk({ override }, 201);
  });
}
