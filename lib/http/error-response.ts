import { NextResponse } from 'next/server';
import { AppError, type AppErrorCode } from '@/lib/errors';

// The one place an AppError's code becomes an HTTP status (for route handlers) or a failed
// action result (for Server Actions). Codes are closed, so a new one fails to compile here.

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  length_required: 411,
  too_large: 413,
  unsupported_media_type: 415,
  invalid: 422,
  rate_limited: 429,
  unavailable: 503,
};

/**
 * An AppError that carries its own status: what lib/http's body and origin checks throw
 * (`refusal` below), so their tests can state the status they expect. Domain code throws AppError.
 */
export class HttpError extends AppError {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(codeForStatus(status), message);
  }
}

function codeForStatus(status: number): AppErrorCode {
  const known = (Object.keys(HTTP_STATUS) as AppErrorCode[]).find((code) => HTTP_STATUS[code] === status);
  return known ?? (status >= 500 ? 'unavailable' : 'bad_request');
}

/** What lib/http itself refuses (a body, an origin). */
export function refusal(code: AppErrorCode, message: string): HttpError {
  return new HttpError(HTTP_STATUS[code], message);
}

export function httpStatusOf(error: AppError): number {
  return error instanceof HttpError ? error.status : HTTP_STATUS[error.code];
}

export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error: message, ...extra }, { status, headers: { 'Cache-Control': 'private, no-store' } });
}

/** `{error: message}` plus what a client acts on: field errors, details, and the wait of a 429 (also as Retry-After). */
export function errorResponse(error: AppError): NextResponse {
  const { fieldErrors, details, retryAfterSeconds } = error;
  const response = jsonError(httpStatusOf(error), error.message, {
    ...(fieldErrors && { fieldErrors }),
    ...details,
    ...(retryAfterSeconds !== undefined && { retryAfter: retryAfterSeconds }),
  });
  if (retryAfterSeconds !== undefined) response.headers.set('Retry-After', String(retryAfterSeconds));
  return response;
}

export type ActionFailure = { ok: false; message: string; fieldErrors?: Record<string, string> };

/** The same refusal as a Server Action's result, for a form to show next to its fields. */
export function toActionFailure(error: AppError): ActionFailure {
  return error.fieldErrors
    ? { ok: false, message: error.message, fieldErrors: error.fieldErrors }
    : { ok: false, message: error.message };
}
