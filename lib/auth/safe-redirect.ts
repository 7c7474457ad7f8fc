// Where a `callbackUrl` or `next` parameter may send someone: a path on this site, nothing else.
// `//evil.example`, `/\evil.example`, `https://evil.example` and anything with control characters
// fall back to the fallback path.

export function safeRedirectPath(value: string | null | undefined, fallback = '/dashboard'): string {
  if (!value || value.length > 2000) return fallback;
  // Browsers treat a backslash like a slash and drop tabs and newlines, so reject them outright.
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const base = 'http://sourcewise.invalid';
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
