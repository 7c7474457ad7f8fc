import { NextResponse } from 'next/server';

// Successful answers. Everything a route answers is for this browser only: never cached.

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function jsonOk(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: PRIVATE });
}

export function noContent(): NextResponse {
  return new NextResponse(null, { status: 204, headers: PRIVATE });
}

/**
 * 303 See Other to a path of this site, after a plain form post. The Location stays relative (RFC
 * 9110 allows it; the browser resolves it against the address it used): under `next start`,
 * `request.url` names the server's configured host (localhost), not the one in the browser, so an
 * absolute URL built from it sent anyone on a real domain, or on 127.0.0.1, to localhost.
 */
export function seeOther(path: string): NextResponse {
  if (!path.startsWith('/') || path.startsWith('//'))
    throw new Error(`seeOther takes a path of this site (got "${path}")`);
  return new NextResponse(null, { status: 303, headers: { Location: path } });
}
