import { refusal } from './error-response';
import { parseOrigin, requestOrigin } from './request-origin';

/**
 * Cross-site requests never change anything: an Origin that is not exactly this site's (scheme,
 * host and port; see request-origin.ts for which headers name it), or "null", is refused with 403.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site') throw refusal('forbidden', 'Cross-site requests are not accepted.');
  if (origin === null) return; // not a browser, or a same-origin GET
  const expected = requestOrigin(request);
  const actual = parseOrigin(origin);
  if (expected === undefined || actual !== expected) {
    warnOfProxyScheme(actual, expected);
    throw refusal('forbidden', 'Cross-site requests are not accepted.');
  }
}

let hasWarnedOfProxyScheme = false;

/** Same host, https in the browser but http here: a TLS proxy in front that is not trusted yet. */
function warnOfProxyScheme(actual: string | undefined, expected: string | undefined): void {
  if (hasWarnedOfProxyScheme || !actual?.startsWith('https://') || expected !== actual.replace(/^https:/, 'http:')) return;
  hasWarnedOfProxyScheme = true;
  console.warn(`[sourcewise] Refused a form from ${actual}: this server was reached over http. Behind a TLS proxy that sets X-Forwarded-Proto, set TRUST_PROXY=1.`);
}
