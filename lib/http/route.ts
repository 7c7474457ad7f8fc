import 'server-only';
import type { NextResponse } from 'next/server';
import { AlreadySubmittedError } from '@/lib/attempts/submit-attempt';
import { AttemptError } from '@/lib/attempts/errors';
import { HttpError, jsonError } from './json';

/**
 * Runs a route handler and turns expected failures into 4xx JSON answers with a message.
 * Anything else is a bug: it is logged with its stack and answered with a generic 500.
 */
export async function handleRoute(run: () => Promise<NextResponse>): Promise<NextResponse> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AlreadySubmittedError) return jsonError(409, error.message, { attempt: error.attempt });
    if (error instanceof AttemptError) return jsonError(error.status, error.message);
    if (error instanceof HttpError) return jsonError(error.status, error.message);
    console.error('[api] unexpected error:', error);
    return jsonError(500, 'Something went wrong on our side. Your saved answers are safe; please try again.');
  }
}

export function wantsJson(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json');
}
