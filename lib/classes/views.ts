// What class operations hand to pages and routes: plain, serialisable values. Join codes are the
// stored 8 characters; pages show them with formatJoinCode.

export type TeacherClass = {
  id: string;
  name: string;
  joinCode: string;
  isArchived: boolean;
  studentCount: number;
  createdAt: string;
};

export type RosterEntry = {
  studentId: string;
  name: string;
  /** What the student signs in with: an email address, or a username on a sign-in card. */
  email: string;
  joinedAt: string;
  /** Made by this teacher for a student without email: they can print the student a new card. */
  hasSignInCard: boolean;
};

export type StudentClass = { id: string; name: string; teacherName: string; isArchived: boolean; joinedAt: string };

export function toTeacherClass(row: {
  id: string;
  name: string;
  join_code: string;
  archived_at: string | null;
  created_at: string;
  student_count: number | string | bigint;
}): TeacherClass {
  return {
    id: row.id,
    name: row.name,
    joinCode: row.join_code,
    isArchived: row.archived_at !== null,
    // PostgreSQL counts as bigint, which the driver hands over as a string.
    studentCount: Number(row.student_count),
    createdAt: row.created_at,
  };
}
