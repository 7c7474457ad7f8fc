import 'server-only';
import type { NextResponse } from 'next/server';
import { AppError } from '@/lib/errors';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { errorResponse, jsonError } from './error-response';

export const DATABASE_UNAVAILABLE = 'The database is unavailable right now; please try again in a moment.';
export const DATABASE_UNAVAILABLE_FOR_SAVE = 'The database is unavailable; your answer was not saved, try again.';

/**
 * The respond-to-failure step of every route (apiRoute's): an AppError is an
 * expected refusal, answered as lib/http/error-response.ts maps its code. A database that cannot be
 * reached (restarting, refusing connections, locked) is a 503 with Retry-After and `unavailable` as
 * the message, so clients retry instead of giving up. Anything else is a bug: it is logged with its
 * stack and answered with a generic 500.
 */
export function failureResponse(error: unknown, unavailable = DATABASE_UNAVAILABLE): NextResponse {
  if (error instanceof AppError) return errorResponse(error);
  if (isDatabaseUnavailable(error)) {
    console.warn('[api] database unavailable:', (error as Error).message);
    const response = jsonError(503, unavailable);
    response.headers.set('Retry-After', '2');
    return response;
  }
  console.error('[api] unexpected error:', error);
  return jsonError(500, 'Something went wrong on our side. Your saved answers are safe; please try again.');
}
