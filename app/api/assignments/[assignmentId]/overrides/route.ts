// POST /api/assignments/[assignmentId]/overrides – append a grade override {studentId, score | excused | clear, reason}; 404 unless the teacher's own.
import { systemClock } from '@/lib/clock';
import { overrideGrade, GradeOverrideSchema } from '@/lib/gradebook/override-grade';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute(
  { auth: { can: 'class.write' }, body: GradeOverrideSchema, params: ['assignmentId'], status: 201 },
  async ({ user, input, params, db }) => ({
    override: await overrideGrade(db, user.id, params.assignmentId, input, systemClock()),
  }),
);
