// The one type for expected failures: anything lib/ refuses on purpose (not found, not allowed, not
// valid, too many tries) is an AppError with a code and a sentence the person can act on. lib/ knows
// nothing of HTTP: lib/http/error-response.ts turns a code into a status, or into an action result.
// Any other error is a bug; it is logged and answered generically.

export type AppErrorCode =
  | 'bad_request' // the request itself is malformed (not JSON, missing fields)
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found' // also for what exists but is someone else's
  | 'conflict' // the thing is in a state that does not allow this now
  | 'invalid' // well-formed, but the values break a rule
  | 'length_required'
  | 'too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable';

export type AppErrorOptions = {
  /** Messages by form field, shown next to each field. */
  fieldErrors?: Record<string, string>;
  /** Extra JSON a client acts on (the attempt an already-submitted one became). */
  details?: Record<string, unknown>;
  /** For rate_limited: how long to wait. */
  retryAfterSeconds?: number;
};

export class AppError extends Error {
  readonly fieldErrors?: Record<string, string>;
  readonly details?: Record<string, unknown>;
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
