import { AppError } from '@/lib/errors';

// Refusals of gradebook operations. Another teacher's class (lib/classes/errors.ts classNotFound),
// assignment, student or attempt is "not found": a teacher cannot tell it from one that does not exist.

export const assignmentNotFound = () =>
  new AppError('not_found', 'No such assignment. It may belong to another teacher, or the link is wrong.');
export const studentNotFound = () => new AppError('not_found', 'No such student in this class.');
// A deleted assignment is archived and kept read-only for the record: its rules, accommodations
// and grades (regrades, per-question credit) stay as they were until the teacher restores it.
export const assignmentArchivedForTeacher = () =>
  new AppError('conflict', 'This assignment is archived, so it cannot be changed. Restore it first.');
