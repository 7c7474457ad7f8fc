import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { DEFAULT_BODY_LIMIT } from './body-limit';
import { parseOrigin, requestOrigin } from './request-origin';

// Request bodies are read with a hard size cap and parsed with zod; every way a body can be wrong
// answers a 4xx with a sentence saying what to fix, and changes nothing.

export { DEFAULT_BODY_LIMIT };

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error: message, ...extra }, { status, headers: { 'Cache-Control': 'private, no-store' } });
}

export function jsonOk(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });
}

/**
 * 303 See Other to a path of this site, after a plain form post. The Location stays relative (RFC
 * 9110 allows it; the browser resolves it against the address it used): under `next start`,
 * `request.url` names the server's configured host (localhost), not the one in the browser, so an
 * absolute URL built from it sent anyone on a real domain, or on 127.0.0.1, to localhost.
 */
export function seeOther(path: string): NextResponse {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`seeOther takes a path of this site (got "${path}")`);
  return new NextResponse(null, { status: 303, headers: { Location: path } });
}

/** Reads the body as text, refusing (413) as soon as it exceeds the limit. */
export async function readBodyText(request: Request, limit = DEFAULT_BODY_LIMIT): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? 'NaN');
  if (declared > limit) throw new HttpError(413, `The request body is too large (limit ${limit} bytes).`);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    // A client that drops the connection mid-upload sent no request to answer: a 400, not a 500.
    const { done, value } = await reader.read().catch(() => {
      throw new HttpError(400, 'The request body could not be read; send it again.');
    });
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new HttpError(413, `The request body is too large (limit ${limit} bytes).`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function parseJsonBody<T>(request: Request, schema: z.ZodType<T>, limit = DEFAULT_BODY_LIMIT): Promise<T> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) throw new HttpError(415, 'Send the request body as JSON (Content-Type: application/json).');
  const text = await readBodyText(request, limit);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
    throw new HttpError(400, `The request is not valid: ${where}${issue?.message ?? 'unexpected shape'}.`);
  }
  return parsed.data;
}

/** Form posts (from plain HTML forms) get the same size cap and are parsed into a flat record. */
export async function readFormBody(request: Request, limit = 4 * 1024): Promise<Record<string, string>> {
  const text = await readBodyText(request, limit);
  return Object.fromEntries(new URLSearchParams(text));
}

/**
 * Cross-site requests never change anything: an Origin that is not exactly this site's (scheme,
 * host and port; see request-origin.ts for which headers name it), or "null", is refused with 403.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site') throw new HttpError(403, 'Cross-site requests are not accepted.');
  if (origin === null) return; // not a browser, or a same-origin GET
  const expected = requestOrigin(request);
  const actual = parseOrigin(origin);
  if (expected === undefined || actual !== expected) {
    warnOfProxyScheme(actual, expected);
    throw new HttpError(403, 'Cross-site requests are not accepted.');
  }
}

let hasWarnedOfProxyScheme = false;

/** Same host, https in the browser but http here: a TLS proxy in front that is not trusted yet. */
function warnOfProxyScheme(actual: string | undefined, expected: string | undefined): void {
  if (hasWarnedOfProxyScheme || !actual?.startsWith('https://') || expected !== actual.replace(/^https:/, 'http:')) return;
  hasWarnedOfProxyScheme = true;
  console.warn(`[sourcewise] Refused a form from ${actual}: this server was reached over http. Behind a TLS proxy that sets X-Forwarded-Proto, set TRUST_PROXY=1.`);
}
