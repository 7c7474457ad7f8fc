// POST /api/progress/lessons – mark a lesson as read by the learner (a guest identity is made if none); 204.
import { z } from 'zod';
import { apiRoute } from '@/lib/http/api-route';
import { recordLessonRead } from '@/lib/progress/record-lesson-read';

const LessonReadSchema = z.strictObject({
  courseId: z.string().min(1).max(100),
  moduleId: z.string().min(1).max(100),
});

export const POST = apiRoute(
  { auth: { learner: 'create' }, body: LessonReadSchema, bodyLimit: 1024 },
  async ({ learnerId, input, db }) => {
    await recordLessonRead(db, learnerId, input.courseId, input.moduleId);
  },
);
