// POST /api/assignments/[assignmentId]/attempts – start (or resume) the signed-in student's attempt at an assignment.
import { startAssignmentAttempt } from '@/lib/assignments/start-assignment-attempt';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute(
  { auth: 'user', accepts: 'json-or-form', params: ['assignmentId'], status: 201 },
  async ({ user, params, db }) => {
    const attemptId = await startAssignmentAttempt(db, params.assignmentId, user.id);
    return { attemptId, href: `/attempts/${attemptId}` };
  },
);
