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

type PolicyOptions = { isDev?: boolean; env?: Record<string, string | undefined> };

/**
 * For a page rendered per request. `styleHashes`: the build's stylesheets, which Next.js inlines
 * without the nonce (lib/http/static-csp.ts buildStylesheetHashes).
 */
export function contentSecurityPolicy(
  nonce: string,
  options: PolicyOptions & { styleHashes?: readonly string[] } = {},
): string {
  const isDev = options.isDev ?? process.env.NODE_ENV === 'development';
  const styleHashes = (options.styleHashes ?? []).map((h) => ` ${h}`).join('');
  return policy(
    // React's development build evaluates code to rebuild server error stacks; production never does.
    `'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    // The development error overlay injects styles without a nonce.
    `'self' ${isDev ? "'unsafe-inline'" : `'nonce-${nonce}'${styleHashes}`}`,
    options,
  );
}

/**
 * For a page prerendered at build time (lib/http/static-csp.ts): the same bytes for everyone, so no
 * nonce. Its inline scripts run by their hashes, and only those: never 'unsafe-inline'. Without a
 * nonce there is no 'strict-dynamic' to vouch for the <script src> tags and the chunks they load, so
 * scripts from this site run ('self'; the site serves no user-supplied script, and nosniff stops a
 * non-JavaScript answer being run as one); nothing from anywhere else. Inline styles (the
 * stylesheet, if next.config.js inlined it; it does not today) would apply by their hashes too.
 */
export function staticContentSecurityPolicy(
  { scripts, styles }: { scripts: readonly string[]; styles: readonly string[] },
  options: PolicyOptions = {},
): string {
  return policy(["'self'", ...scripts].join(' '), ["'self'", ...styles].join(' '), options);
}

function policy(
  scriptSrc: string,
  styleSrc: string,
  { env = process.env as Record<string, string | undefined> }: PolicyOptions,
): string {
  const oauth = Object.values(OAUTH_ORIGINS)
    .filter((p) => env[p.env])
    .map((p) => ` ${p.origin}`)
    .join('');
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    `style-src ${styleSrc}`,
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
