// DELETE /api/classes/[classId]/students/[studentId] – take a student off the teacher's own class; 204, also when already gone.
import { NextResponse } from 'next/server';
import { requirePermissionForApi } from '@/lib/auth/session';
import { removeStudent } from '@/lib/classes/remove-student';
import { getDb } from '@/lib/db';
import { assertSameOrigin } from '@/lib/http/json';
import { handleRoute } from '@/lib/http/route';

export async function DELETE(request: Request, { params }: { params: Promise<{ classId: string; studentId: string }> }) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const teacher = await requirePermissionForApi('class.write');
    const { classId, studentId } = await params;
    await removeStudent(await getDb(), teacher.id, classId, studentId);
    return new NextResponse(null, { status: 204, headers: { 'Cache-Control': 'private, no-store' } });
  });
}
