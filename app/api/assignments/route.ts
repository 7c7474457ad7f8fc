// POST /api/assignments – assign a module quiz, practice set or final test to the teacher's own class.
import { requirePermissionForApi } from '@/lib/auth/session';
import { NewAssignmentSchema, createAssignment } from '@/lib/assignments/create-assignment';
import { getDb } from '@/lib/db';
import { assertSameOrigin, jsonOk, parseJsonBody } from '@/lib/http/json';
import { handleRoute } from '@/lib/http/route';

export async function POST(request: Request) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const teacher = await requirePermissionForApi('class.write');
    const input = await parseJsonBody(request, NewAssignmentSchema);
    const assignmentId = await createAssignment(await getDb(), teacher.id, input);
    return jsonOk({ assignmentId }, 201);
  });
}
