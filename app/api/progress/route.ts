// GET /api/progress?courseId= – the learner's lessons read, quizzes taken and objective levels per module, for
// the course and module pages (lib/progress/progress-summary.ts).
import { z } from 'zod';
import { getDb } from '@/lib/db';
import { apiRoute } from '@/lib/http/api-route';
import { requireCourseContent } from '@/lib/progress/course-content';
import { getCourseProgress } from '@/lib/progress/get-course-progress';
import { getMastery } from '@/lib/progress/get-mastery';
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
    const db = await getDb();
    const [progress, mastery] = await Promise.all([
      getCourseProgress(db, learnerId, course.id),
      getMastery(db, learnerId, course.id),
    ]);
    return toProgressSummary(progress, mastery);
  },
);
