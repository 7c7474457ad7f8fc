// POST /api/assignments – assign a module quiz, practice set or final test to the teacher's own class.
import { NewAssignmentSchema, createAssignment } from '@/lib/assignments/create-assignment';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute(
  { auth: { can: 'class.write' }, body: NewAssignmentSchema, status: 201 },
  async ({ user, input, db }) => ({
    assignmentId: await createAssignment(db, user.id, input),
  }),
);
