import type { NextResponse } from 'next/server';
import type { AppError } from '@/lib/errors';
import { errorResponse } from './error-response';

/** 429 with the wait in words (the message) and in seconds (Retry-After and retryAfter), for a handler that answers a limit itself. */
export function tooManyRequests(error: AppError): NextResponse {
  return errorResponse(error);
}
