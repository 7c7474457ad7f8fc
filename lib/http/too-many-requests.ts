import type { NextResponse } from 'next/server';
import type { RateLimitedError } from '@/lib/limits/rate-limited';
import { jsonError } from './json';

/** 429 with the wait in words (the message) and in seconds (Retry-After and retryAfter). */
export function tooManyRequests(error: RateLimitedError): NextResponse {
  const response = jsonError(429, error.message, { retryAfter: error.retryAfterSeconds });
  response.headers.set('Retry-After', String(error.retryAfterSeconds));
  return response;
}
