import { HttpError } from '@/lib/http/json';

// Expected failures of gradebook operations, as HttpErrors so handleRoute answers them as 4xx
// JSON with the message. Another teacher's class, assignment, student or attempt is "not found":
// a teacher cannot tell it from one that does not exist.

export type GradebookErrorCode = 'not_found' | 'invalid';

const STATUS: Record<GradebookErrorCode, number> = { not_found: 404, invalid: 422 };

export class GradebookError extends HttpError {
  constructor(
    readonly code: GradebookErrorCode,
    message: string,
  ) {
    super(STATUS[code], message);
  }
}

export const classNotFound = () => new GradebookError('not_found', 'No such class. It may belong to another teacher, or the link is wrong.');
export const assignmentNotFound = () => new GradebookError('not_found', 'No such assignment. It may belong to another teacher, or the link is wrong.');
export const studentNotFound = () => new GradebookError('not_found', 'No such student in this class.');
