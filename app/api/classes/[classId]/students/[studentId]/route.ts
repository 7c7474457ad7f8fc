// DELETE /api/classes/[classId]/students/[studentId] – take a student off the teacher's own class; 204, also when already gone.
import { removeStudent } from '@/lib/classes/remove-student';
import { apiRoute } from '@/lib/http/api-route';

export const DELETE = apiRoute(
  { auth: { can: 'class.write' }, params: ['classId', 'studentId'] },
  async ({ user, params, db }) => {
    await removeStudent(db, user.id, params.classId, params.studentId);
  },
);
