// What the server refuses before Next.js sees a request: things Next.js itself answers with a bare
// 500 (a TRACE, a path whose percent-encoding does not decode), or only after the whole body has
// arrived (Next.js runs proxy.ts only once the body is in, so its Content-Length check came too
// late to stop a slow upload). Pure, so the rule is unit-tested; scripts/serve.ts applies it.
import type { IncomingHttpHeaders } from 'node:http';
import { DEFAULT_BODY_LIMIT } from './body-limit';

export type Refusal = { status: number; message: string; headers?: Record<string, string> };

// What the app's pages and route handlers answer. TRACE would echo the request (cookies included),
// CONNECT is for forward proxies, and the rest (PROPFIND, …) rendered a page as if it were a GET.
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

function isDecodablePath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export function refusalFor(
  request: { method?: string; url?: string; headers: IncomingHttpHeaders },
  limit = DEFAULT_BODY_LIMIT,
): Refusal | undefined {
  const method = (request.method ?? 'GET').toUpperCase();
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return {
      status: 405,
      message: `The ${method} method is not supported here.`,
      headers: { Allow: ALLOWED_METHODS.join(', ') },
    };
  }
  if (!isDecodablePath(request.url ?? '/'))
    return { status: 400, message: 'The address is not valid: it has a broken %-escape. Check the link.' };
  const declared = request.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) {
    return { status: 413, message: `The request body is too large (limit ${limit} bytes).` };
  }
  // A body without a declared length (chunked) could not be refused up front, and Next.js would
  // hand the app only its first `proxyClientMaxBodySize` bytes, silently: so a body must say its size.
  if (request.headers['transfer-encoding'] !== undefined) {
    return { status: 411, message: 'Send the request body with a Content-Length header.' };
  }
  return undefined;
}
