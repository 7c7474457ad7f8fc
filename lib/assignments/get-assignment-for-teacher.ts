import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { describeAssignment } from '@/lib/gradebook/describe-assignment';
import { listCurrentStudents, loadOwnedAssignment } from '@/lib/gradebook/load-owned';
import type { GradebookAssignment, GradebookStudent } from '@/lib/gradebook/views';
import { listAccommodations } from './list-accommodations';
import { parseReviewPolicy, type ReviewPolicy } from './review-policy';
import type { AccommodationView } from './set-accommodation';

export type TeacherAssignment = GradebookAssignment & {
  classId: string;
  className: string;
  timeLimitMinutes: number | null;
  reviewPolicy: ReviewPolicy;
  /** When the teacher deleted it (archived); null while it is live. */
  archivedAt: string | null;
};

export type AssignmentPageData = {
  assignment: TeacherAssignment;
  students: GradebookStudent[];
  accommodations: AccommodationView[];
};

/** One assignment of this teacher's with its class's students and their accommodations; undefined for anyone else's. */
export async function getAssignmentForTeacher(
  db: Kysely<Database>,
  teacherId: string,
  assignmentId: string,
): Promise<AssignmentPageData | undefined> {
  const row = await loadOwnedAssignment(db, teacherId, assignmentId);
  if (!row) return undefined;
  const [students, accommodations] = await Promise.all([
    listCurrentStudents(db, row.class_id),
    listAccommodations(db, teacherId, row.id),
  ]);
  return {
    assignment: {
      ...describeAssignment(row),
      classId: row.class_id,
      className: row.class_name,
      timeLimitMinutes: row.time_limit_seconds === null ? null : Math.round(row.time_limit_seconds / 60),
      reviewPolicy: parseReviewPolicy(row.review_policy),
      archivedAt: row.archived_at,
    },
    students,
    accommodations,
  };
}
