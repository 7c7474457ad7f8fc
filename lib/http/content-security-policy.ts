// The Content-Security-Policy every page and API answer carries, built per request around a fresh
// nonce (proxy.ts). Next.js reads the nonce from the request's CSP header and puts it on its own
// scripts; 'strict-dynamic' lets those load the chunks they need, and nothing else runs: no inline
// script without the nonce, no script from another site, no plugin, no <base> rewrite, no framing.
//
// Styles: Tailwind compiles to a stylesheet ('self'); Next puts the nonce on any <style> it writes.
// Style *attributes* cannot carry a nonce, and the progress bars set their width with one, so
// style-src-attr allows inline attributes only (they can set a property, not load or run anything).

/** Where each OAuth provider's sign-in page lives, for form-action: the sign-in form redirects there. */
const OAUTH_ORIGINS: Record<string, { env: string; origin: string }> = {
  google: { env: 'GOOGLE_CLIENT_ID', origin: 'https://accounts.google.com' },
  microsoft: { env: 'MICROSOFT_CLIENT_ID', origin: 'https://login.microsoftonline.com' },
  github: { env: 'GITHUB_CLIENT_ID', origin: 'https://github.com' },
};

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

export function contentSecurityPolicy(
  nonce: string,
  { isDev = process.env.NODE_ENV === 'development', env = process.env as Record<string, string | undefined> } = {},
): string {
  const oauth = Object.values(OAUTH_ORIGINS)
    .filter((p) => env[p.env])
    .map((p) => ` ${p.origin}`)
    .join('');
  return [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server error stacks; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    // The development error overlay injects styles without a nonce.
    `style-src 'self' ${isDev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${oauth}`,
    "frame-ancestors 'none'",
  ].join('; ');
}
