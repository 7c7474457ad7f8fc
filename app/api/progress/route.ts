// GET /api/progress?courseId= – the learner's lessons read and best quiz percent per module, for the course page.
import type { NextRequest } from 'next/server';
import { getLearnerId } from '@/lib/auth/learner';
import { getDb } from '@/lib/db';
import { HttpError, jsonOk } from '@/lib/http/json';
import { handleRoute } from '@/lib/http/route';
import { requireCourseContent } from '@/lib/progress/course-content';
import { getCourseProgress } from '@/lib/progress/get-course-progress';
import { emptyProgressSummary, toProgressSummary } from '@/lib/progress/progress-summary';

export async function GET(request: NextRequest) {
  return handleRoute(async () => {
    const courseId = request.nextUrl.searchParams.get('courseId');
    if (!courseId) throw new HttpError(400, 'Say which course: /api/progress?courseId=<course id>.');
    const { course } = requireCourseContent(courseId);
    // Reading progress never mints an identity: someone with none simply has no progress yet.
    const ownerId = await getLearnerId();
    if (!ownerId) return jsonOk(emptyProgressSummary(course.moduleList.map((m) => m.id)));
    return jsonOk(toProgressSummary(await getCourseProgress(await getDb(), ownerId, course.id)));
  });
}
