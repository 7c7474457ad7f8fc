// Where a `callbackUrl` or `next` parameter may send someone: a path on this site, nothing else.
// `//evil.example`, `/\evil.example`, `https://evil.example` and anything with control characters
// fall back to the fallback path.
//
// The check is made on what the URL parser hands back, not only on the input: dot segments and
// their percent-encoded forms (`/.//evil.example`, `/%2e%2e//evil.example`) normalise to
// `//evil.example`, which a browser reads as another host. So the result is checked again and
// must come out of a second parse unchanged; anything that is not a fixed point falls back.

const BASE = 'http://sourcewise.invalid';

function isSitePath(path: string): boolean {
  // Browsers treat a backslash like a slash and drop tabs and newlines, so reject them outright.
  return path.startsWith('/') && !path.startsWith('//') && !/[\\\u0000-\u001f\u007f]/.test(path);
}

function normalisePath(path: string): string | undefined {
  try {
    const url = new URL(path, BASE);
    return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : undefined;
  } catch {
    return undefined;
  }
}

export function safeRedirectPath(value: string | null | undefined, fallback = '/dashboard'): string {
  if (!value || value.length > 2000 || !isSitePath(value)) return fallback;
  const path = normalisePath(value);
  if (path === undefined || !isSitePath(path) || normalisePath(path) !== path) return fallback;
  return path;
}
