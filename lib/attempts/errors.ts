// Expected failures of attempt operations, each with the HTTP status a route answers with and a
// message a learner can act on. Anything else is a bug and reaches the error page.

export type AttemptErrorCode = 'not_found' | 'conflict' | 'invalid';

export class AttemptError extends Error {
  constructor(
    readonly code: AttemptErrorCode,
    message: string,
  ) {
    super(message);
  }

  get status(): number {
    return { not_found: 404, conflict: 409, invalid: 422 }[this.code];
  }
}

export const attemptNotFound = () => new AttemptError('not_found', 'No such attempt. It may belong to someone else, or the link is wrong.');

export const isAttemptNotFound = (error: unknown): boolean => error instanceof AttemptError && error.code === 'not_found';
