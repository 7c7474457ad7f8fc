// GET /api/progress?courseId= – the learner's lessons read and best quiz percent per module, for the course page.
import { z } from 'zod';
import { getDb } from '@/lib/db';
import { apiRoute } from '@/lib/http/api-route';
import { requireCourseContent } from '@/lib/progress/course-content';
import { getCourseProgress } from '@/lib/progress/get-course-progress';
import { emptyProgressSummary, toProgressSummary } from '@/lib/progress/progress-summary';

const ProgressQuerySchema = z.object({ courseId: z.string().min(1) });

export const GET = apiRoute(
  // Reading progress never mints an identity: someone with none simply has no progress yet, and
  // costs no database connection.
  {
    auth: { learner: 'optional' },
    query: ProgressQuerySchema,
    queryInvalid: 'Say which course: /api/progress?courseId=<course id>.',
    database: false,
  },
  async ({ learnerId, query }) => {
    const { course } = requireCourseContent(query.courseId);
    if (!learnerId) return emptyProgressSummary(course.moduleList.map((m) => m.id));
    return toProgressSummary(await getCourseProgress(await getDb(), learnerId, course.id));
  },
);
