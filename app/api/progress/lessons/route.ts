// POST /api/progress/lessons – mark a lesson as read by the learner (a guest identity is made if none); 204.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getOrCreateLearnerId } from '@/lib/auth/learner';
import { getDb } from '@/lib/db';
import { assertSameOrigin, parseJsonBody } from '@/lib/http/json';
import { handleRoute } from '@/lib/http/route';
import { recordLessonRead } from '@/lib/progress/record-lesson-read';

const LessonReadSchema = z.strictObject({
  courseId: z.string().min(1).max(100),
  moduleId: z.string().min(1).max(100),
});

export async function POST(request: Request) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const { courseId, moduleId } = await parseJsonBody(request, LessonReadSchema, 1024);
    const ownerId = await getOrCreateLearnerId();
    await recordLessonRead(await getDb(), ownerId, courseId, moduleId);
    return new NextResponse(null, { status: 204, headers: { 'Cache-Control': 'private, no-store' } });
  });
}
