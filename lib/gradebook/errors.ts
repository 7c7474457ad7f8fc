import { AppError } from '@/lib/errors';

// Refusals of gradebook operations. Another teacher's class (lib/classes/errors.ts classNotFound),
// assignment, student or attempt is "not found": a teacher cannot tell it from one that does not exist.

export const assignmentNotFound = () =>
  new AppError('not_found', 'No such assignment. It may belong to another teacher, or the link is wrong.');
export const studentNotFound = () => new AppError('not_found', 'No such student in this class.');
