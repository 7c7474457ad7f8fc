// POST /api/attempts/review – start (or continue) a review of the questions last answered wrong; JSON or a plain HTML form.
import { z } from 'zod';
import { AttemptError } from '@/lib/attempts/errors';
import { getLearnerId } from '@/lib/auth/learner';
import { getDb } from '@/lib/db';
import { assertSameOrigin, HttpError, jsonOk, parseJsonBody, readFormBody, seeOther } from '@/lib/http/json';
import { handleRoute, wantsJson } from '@/lib/http/route';
import { requireCourseContent } from '@/lib/progress/course-content';
import { startReview } from '@/lib/progress/start-review';

const ReviewSchema = z.strictObject({ courseId: z.string().min(1).max(100) });

export async function POST(request: Request) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const isJson = wantsJson(request);
    let input: z.infer<typeof ReviewSchema>;
    if (isJson) {
      input = await parseJsonBody(request, ReviewSchema);
    } else {
      const parsed = ReviewSchema.safeParse(await readFormBody(request));
      if (!parsed.success) throw new HttpError(400, 'Choose the course whose mistakes to review.');
      input = parsed.data;
    }
    requireCourseContent(input.courseId);
    // Someone with no identity has answered nothing, so has nothing to review; no guest is minted for that.
    const ownerId = await getLearnerId();
    if (!ownerId) throw new AttemptError('conflict', 'Nothing to review yet: answer some questions first.');
    const attemptId = await startReview(await getDb(), ownerId, input.courseId);
    const href = `/attempts/${attemptId}`;
    return isJson ? jsonOk({ attemptId, href }, 201) : seeOther(href);
  });
}
