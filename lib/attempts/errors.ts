// Expected failures of attempt operations, each with the HTTP status a route answers with and a
// message a learner can act on. Anything else is a bug and reaches the error page.

export type AttemptErrorCode = 'not_found' | 'forbidden' | 'conflict' | 'invalid';

export class AttemptError extends Error {
  constructor(
    readonly code: AttemptErrorCode,
    message: string,
  ) {
    super(message);
  }

  get status(): number {
    return { not_found: 404, forbidden: 403, conflict: 409, invalid: 422 }[this.code];
  }
}

export const attemptNotFound = () => new AttemptError('not_found', 'No such attempt. It may belong to someone else, or the link is wrong.');

export const isAttemptNotFound = (error: unknown): boolean => error instanceof AttemptError && error.code === 'not_found';

/** Assigned work of a class the student has been removed from: their work stays for the teacher, but changes no more. */
export const removedFromClass = () =>
  new AttemptError('forbidden', 'You are no longer on this class’s roster, so this assignment no longer accepts your answers. Your teacher still has the work you handed in.');

/** A retake of assigned work whose policy no longer shows the correct answers (the student's due date moved). */
export const retakeHeldBack = () =>
  new AttemptError('forbidden', 'This retake is paused: your teacher’s settings no longer show this assignment’s correct answers to you, so its questions are held back until they do.');
