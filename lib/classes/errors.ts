import { HttpError } from '@/lib/http/json';

// Expected failures of class operations, each with the HTTP status a route answers with and a
// message a teacher or student can act on. They are HttpErrors, so handleRoute answers them as
// 4xx JSON like any other; anything else is a bug and reaches the error page.

export type ClassErrorCode = 'not_found' | 'forbidden' | 'conflict' | 'invalid';

const STATUS: Record<ClassErrorCode, number> = { not_found: 404, forbidden: 403, conflict: 409, invalid: 422 };

export class ClassError extends HttpError {
  constructor(
    readonly code: ClassErrorCode,
    message: string,
  ) {
    super(STATUS[code], message);
  }
}

/** Also the answer for another teacher's class: it does not exist as far as this teacher can tell. */
export const classNotFound = () => new ClassError('not_found', 'No such class. It may belong to another teacher, or the link is wrong.');

export const cannotTeach = () => new ClassError('forbidden', 'Only teachers can create classes. Sign in with a teacher account.');
