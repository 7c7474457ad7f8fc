import 'server-only';
import type { NextResponse } from 'next/server';
import { AlreadySubmittedError } from '@/lib/attempts/submit-attempt';
import { AttemptError } from '@/lib/attempts/errors';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { RateLimitedError } from '@/lib/limits/rate-limited';
import { HttpError, jsonError } from './json';
import { tooManyRequests } from './too-many-requests';

export const DATABASE_UNAVAILABLE = 'The database is unavailable right now; please try again in a moment.';
export const DATABASE_UNAVAILABLE_FOR_SAVE = 'The database is unavailable; your answer was not saved, try again.';

/**
 * Runs a route handler and turns expected failures into 4xx JSON answers with a message. A
 * database that cannot be reached (restarting, refusing connections, locked) is a 503 with
 * Retry-After and `unavailable` as the message, so clients retry instead of giving up. Anything
 * else is a bug: it is logged with its stack and answered with a generic 500.
 */
export async function handleRoute(run: () => Promise<NextResponse>, { unavailable = DATABASE_UNAVAILABLE } = {}): Promise<NextResponse> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AlreadySubmittedError) return jsonError(409, error.message, { attempt: error.attempt });
    if (error instanceof AttemptError) return jsonError(error.status, error.message);
    if (error instanceof HttpError) return jsonError(error.status, error.message);
    if (error instanceof RateLimitedError) return tooManyRequests(error);
    if (isDatabaseUnavailable(error)) {
      console.warn('[api] database unavailable:', (error as Error).message);
      const response = jsonError(503, unavailable);
      response.headers.set('Retry-After', '2');
      return response;
    }
    console.error('[api] unexpected error:', error);
    return jsonError(500, 'Something went wrong on our side. Your saved answers are safe; please try again.');
  }
}

export function wantsJson(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json');
}
