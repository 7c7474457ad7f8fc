import { AppError } from '@/lib/errors';

// Refusals of class operations that more than one place raises, with a message a teacher or
// student can act on.

/** Also the answer for another teacher's class: it does not exist as far as this teacher can tell. */
export const classNotFound = () =>
  new AppError('not_found', 'No such class. It may belong to another teacher, or the link is wrong.');

export const cannotTeach = () =>
  new AppError('forbidden', 'Only teachers can create classes. Sign in with a teacher account.');
