// The server's signing secret (guest cookies now, sessions later). Production must set
// AUTH_SECRET or NEXTAUTH_SECRET to at least 32 characters; `npm start` generates one into data/
// when neither is set. A development server without one uses a random per-process secret and says
// so, which only means guests get a new identity after a restart.

const MIN_LENGTH = 32;
let devSecret: string | undefined;

export function getAuthSecret(): string {
  const configured = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (configured && configured.length >= MIN_LENGTH) return configured;
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      configured
        ? `AUTH_SECRET/NEXTAUTH_SECRET is too short (${configured.length} characters; at least ${MIN_LENGTH} are needed)`
        : 'AUTH_SECRET or NEXTAUTH_SECRET must be set in production (32+ random characters, e.g. `openssl rand -base64 32`)',
    );
  }
  if (!devSecret) {
    const bytes = new Uint8Array(32);
    crypto.getRandomValues(bytes);
    devSecret = Buffer.from(bytes).toString('base64url');
    console.warn('[auth] No AUTH_SECRET/NEXTAUTH_SECRET set: using a random secret for this development process.');
  }
  return devSecret;
}
