// Whether the session and guest cookies are `Secure`, decided once for the deployment, in this one
// place. Browsers drop a Secure cookie set over plain http on any address but localhost, so a
// classroom server at http://192.168.1.20:3000 made every request a new guest and no sign-in
// stuck. In order:
//   1. COOKIE_SECURE=1 or COOKIE_SECURE=0, when someone said so;
//   2. else the scheme of NEXTAUTH_URL, the address the site is served at (next-auth's own rule);
//   3. else Secure in production builds, not in development.
// Decided from settings, not from each request: behind a TLS proxy the server itself sees http,
// so reading the request would quietly drop Secure exactly where it matters. scripts/start.ts
// prints the line below when (3) applies and this machine has a network address.

type Env = Record<string, string | undefined>;

export function isCookieSecure(env: Env = process.env): boolean {
  if (env.COOKIE_SECURE === '1' || env.COOKIE_SECURE === '0') return env.COOKIE_SECURE === '1';
  if (env.NEXTAUTH_URL) return env.NEXTAUTH_URL.trim().toLowerCase().startsWith('https:');
  return env.NODE_ENV === 'production';
}

/** The one line `npm start` prints when Secure cookies were chosen by default and a LAN address could reach this server. */
export function plainHttpCookieWarning(env: Env, port: string, lanAddresses: string[]): string | undefined {
  const isChosenByDefault = env.COOKIE_SECURE !== '1' && env.COOKIE_SECURE !== '0' && !env.NEXTAUTH_URL;
  if (!isChosenByDefault || !isCookieSecure(env) || lanAddresses.length === 0) return undefined;
  const example = `http://${lanAddresses[0]}:${port}`;
  return `Sign-in cookies are Secure, so browsers keep them only over https:// or on http://localhost: to use Sourcewise at ${example} over plain http, start it with COOKIE_SECURE=0 npm start (or NEXTAUTH_URL=${example}).`;
}
