import { z } from 'zod';

// What the start forms and the start routes both take (POST /api/attempts, /api/attempts/review,
// and the Server Actions in app/(student)/attempts/actions.ts).

export const StartAttemptSchema = z.strictObject({
  courseId: z.string().min(1).max(100),
  kind: z.enum(['practice', 'quiz', 'final']),
  moduleId: z.string().min(1).max(100).optional(),
});

export const START_ATTEMPT_INVALID =
  'Choose a course, a kind of attempt (practice, quiz or final) and, except for the final test, a module.';

export const StartReviewSchema = z.strictObject({ courseId: z.string().min(1).max(100) });

export const START_REVIEW_INVALID = 'Choose the course whose mistakes to review.';
