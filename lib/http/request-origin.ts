// The origin (scheme, host and port) a request was sent to, as a browser would name it in `Origin`.
// The scheme and host come from the connection (the request URL's scheme and the Host header)
// unless TRUST_PROXY=1 says a proxy in front sets X-Forwarded-Proto and X-Forwarded-Host; without
// it those headers are anyone's to send, and scripts/serve.ts drops them before Next.js reads them.
import { refusal } from './error-response';

type HeaderSource = { headers: Headers; url: string };

function firstValue(header: string | null): string | undefined {
  const value = header?.split(',')[0]?.trim();
  return value ? value : undefined;
}

/** `https://sourcewise.example` (default ports left out, as browsers send them), or undefined if it cannot be told. */
export function requestOrigin(
  request: HeaderSource,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const isProxyTrusted = env.TRUST_PROXY === '1';
  let scheme: string;
  try {
    scheme = new URL(request.url).protocol.replace(/:$/, '');
  } catch {
    return undefined;
  }
  let host = request.headers.get('host') ?? undefined;
  if (isProxyTrusted) {
    scheme = firstValue(request.headers.get('x-forwarded-proto')) ?? scheme;
    host = firstValue(request.headers.get('x-forwarded-host')) ?? host;
  }
  if (!host || !/^https?$/.test(scheme)) return undefined;
  return parseOrigin(`${scheme}://${host}`);
}

/** The origin of a URL, normalised; undefined for "null", opaque or malformed values. */
export function parseOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    // An Origin is scheme://host[:port] and nothing else; anything more is not a browser's.
    if (
      !/^https?:$/.test(url.protocol) ||
      url.username ||
      url.password ||
      url.pathname !== '/' ||
      url.search ||
      url.hash
    )
      return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

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
  if (hasWarnedOfProxyScheme || !actual?.startsWith('https://') || expected !== actual.replace(/^https:/, 'http:'))
    return;
  hasWarnedOfProxyScheme = true;
  console.warn(
    `[sourcewise] Refused a form from ${actual}: this server was reached over http. Behind a TLS proxy that sets X-Forwarded-Proto, set TRUST_PROXY=1.`,
  );
}
